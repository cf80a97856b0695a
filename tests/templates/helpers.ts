import type { Collaboration } from '../../src/model/types.js';
import { example } from '../fixtures/example.js';

/** The example with some fields replaced, without re-parsing (so ids the parser would reject get through). */
export function exampleWith(patch: (c: Collaboration) => Partial<Collaboration>): Collaboration {
  const c = example();
  return { ...c, ...patch(c) };
}
