import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync } from '../../src/rules/evaluate.js';
import { collaborationArb } from '../../src/testing/index.js';
import { isoDateArb } from '../../src/testing/primitives.js';

describe('evaluation engines', () => {
  it('json-rules-engine, the compiled evaluator and evaluateSync give the same report', async () => {
    await fc.assert(
      fc.asyncProperty(
        collaborationArb({ size: 'medium' }),
        // Generated periods lie within 2020–2030; `now` falls before, within and after them.
        isoDateArb('2019-06-01', '2031-06-30'),
        fc.constantFrom('zh-CN', 'en' as const),
        async (c, now, locale) => {
          const reference = await evaluate(c, { now, locale, engine: 'json-rules-engine' });
          const compiled = await evaluate(c, { now, locale });
          expect(compiled).toEqual(reference);
          expect(evaluateSync(c, { now, locale })).toEqual(reference);
        },
      ),
      { numRuns: 150 },
    );
  });
});
