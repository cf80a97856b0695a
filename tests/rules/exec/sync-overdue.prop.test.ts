import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/schedule/day.js';
import { evaluateChanged, findingsOf, NOW } from '../helpers.js';

const INTERVAL = { weekly: 7, biweekly: 14 } as const;

describe('exec.sync-overdue (property)', () => {
  it('fires exactly when now is past the last sync + the cadence interval + the grace days', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('weekly', 'biweekly'),
        async (ago, graceDays, kind: 'weekly' | 'biweekly') => {
          const held = addDays(NOW, -ago);
          const report = await evaluateChanged(
            (c) => {
              c.communication.cadences = [{ kind }];
              c.meetings = [{ ...c.meetings[2], heldOn: held }];
            },
            { config: { rules: { 'exec.sync-overdue': { params: { graceDays } } } } },
          );
          const due = addDays(held, INTERVAL[kind]);
          expect(findingsOf(report, 'exec.sync-overdue').length === 1).toBe(
            daysBetween(due, NOW) > graceDays,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a monthly cadence is due one calendar month after the last sync', async () => {
    const report = await evaluateChanged((c) => {
      c.communication.cadences = [{ kind: 'monthly' }];
      c.meetings = [{ ...c.meetings[2], heldOn: '2026-10-23' }];
    });
    // Due 2026-11-23, plus 2 days of grace: 2026-11-26 is 3 days past due.
    expect(findingsOf(report, 'exec.sync-overdue')[0]?.message).toContain('2026-11-23');
  });
});
