import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationState } from '../../src/engine/evaluator.js';
import { MISSING_FACT } from '../../src/engine/fact-slots.js';
import { evaluateLiteralLeaf, literalLeaf } from '../../src/engine/literal-leaf.js';
import { BUILT_IN_OPERATOR_NAMES } from '../../src/engine/operators.js';
import { resolveOperator } from '../../src/engine/resolve-operator.js';
import { dataArb } from './arbitraries.js';

const state = (): EvaluationState => ({ t: -1, r: false, err: undefined, fv: undefined, vv: undefined });
const failure = { code: 'evaluation_failed' } as EvaluationState['err'];

describe('lean literal leaves', () => {
  it('give the operator function’s result (or failure) for every fact and literal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILT_IN_OPERATOR_NAMES, 'not:equal', 'everyFact:greaterThan', 'swap:contains'),
        dataArb(false),
        dataArb(false),
        fc.boolean(),
        (operator, fact, value, withPath) => {
          const evaluate = resolveOperator(operator)!;
          const leaf = literalLeaf({
            operator,
            evaluate,
            slot: 0,
            pathTick: withPath ? 1 : 0,
            value,
            missing: () => undefined,
            fail: (s) => {
              s.err = failure;
            },
          });
          const s = state();
          evaluateLiteralLeaf(leaf, [fact], s);
          let expected: boolean | 'failed';
          try {
            expected = evaluate(fact, value);
          } catch {
            expected = 'failed';
          }
          expect(s.err === undefined ? s.r : 'failed').toBe(expected);
          expect(s.t).toBe(withPath ? 4 : 3);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('hand a missing fact to the missing handler, whatever the operator', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILT_IN_OPERATOR_NAMES), dataArb(true), (operator, value) => {
        let handled = 0;
        const leaf = literalLeaf({
          operator,
          evaluate: resolveOperator(operator)!,
          slot: 0,
          pathTick: 1,
          value,
          missing: () => {
            handled++;
          },
          fail: () => undefined,
        });
        evaluateLiteralLeaf(leaf, [MISSING_FACT], state());
        expect(handled).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
