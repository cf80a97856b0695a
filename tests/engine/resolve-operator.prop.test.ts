import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_DECORATOR_NAMES } from '../../src/engine/decorators.js';
import { EngineError } from '../../src/engine/errors.js';
import { BUILT_IN_OPERATOR_NAMES } from '../../src/engine/operators.js';
import { resolveOperator } from '../../src/engine/resolve-operator.js';
import { dataArb } from './arbitraries.js';
import { jreOperatorMap } from './jre-internals.js';

const nameArb = fc
  .tuple(
    fc.array(fc.constantFrom(...BUILT_IN_DECORATOR_NAMES), { maxLength: 3 }),
    fc.constantFrom(...BUILT_IN_OPERATOR_NAMES),
  )
  .map(([decorators, operator]) => [...decorators, operator].join(':'));

type Outcome = { readonly value: boolean } | { readonly threw: true };

function outcome(run: () => boolean): Outcome {
  try {
    return { value: run() };
  } catch {
    return { threw: true };
  }
}

describe('operators against json-rules-engine', () => {
  const jre = jreOperatorMap();

  it("every (decorated) operator gives json-rules-engine's result, and fails where it throws", () => {
    fc.assert(
      fc.property(nameArb, dataArb(false), dataArb(false), (name, fact, value) => {
        const ours = resolveOperator(name)!;
        const theirs = jre.get(name)!;
        const expected = outcome(() => theirs.evaluate(fact, value));
        const actual = outcome(() => ours(fact, value));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('fails with an EngineError (never a TypeError) where json-rules-engine throws for a wrong kind of value', () => {
    let throws = 0;
    fc.assert(
      fc.property(nameArb, dataArb(true), dataArb(true), (name, fact, value) => {
        try {
          jre.get(name)!.evaluate(fact, value);
        } catch {
          throws++;
          expect(() => resolveOperator(name)!(fact, value)).toThrow(EngineError);
        }
      }),
      { numRuns: 1000 },
    );
    expect(throws).toBeGreaterThan(50);
  });
});
