import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationState } from '../../src/engine/evaluator.js';
import { type Failure, firstFailure } from '../../src/engine/first-failure.js';
import { createEngineIssue } from '../../src/engine/issue.js';

function failed(fact: string, t: number): EvaluationState {
  return {
    t,
    r: false,
    err: createEngineIssue('undefined_fact', [], { fact }),
    fv: undefined,
    vv: undefined,
  };
}

describe('firstFailure', () => {
  it('keeps the failure that settles first, the earlier condition on a tie (Promise.all)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 12 }), (times) => {
        let first: Failure | undefined;
        for (const [i, t] of times.entries()) {
          const s = failed(`f${i}`, t);
          first = firstFailure(first, s);
          expect(s.err).toBeUndefined();
        }
        const earliest = Math.min(...times);
        expect(first).toEqual({
          issue: expect.objectContaining({ fact: `f${times.indexOf(earliest)}` }),
          t: earliest,
        });
      }),
      { numRuns: 200 },
    );
  });
});
