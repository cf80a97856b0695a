import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/schedule/day.js';
import { closedOut, evaluateChanged, findingsOf } from '../helpers.js';

describe('retro.held (property)', () => {
  it('fires exactly when now is more than `days` days after the period without a retrospective', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -5, max: 60 }),
        fc.integer({ min: 0, max: 45 }),
        async (after, days) => {
          const report = await evaluateChanged(
            (c) => {
              closedOut(c);
              delete c.retrospective;
            },
            { now: addDays('2026-11-30', after), config: { rules: { 'retro.held': { params: { days } } } } },
          );
          expect(findingsOf(report, 'retro.held').length === 1).toBe(after > days);
        },
      ),
      { numRuns: 60 },
    );
  });
});
