import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../../src/model/parse.js';
import { forecastMilestones, scheduleMilestones } from '../../../src/schedule/critical-path.js';
import { changed, evaluateChanged, findingsOf, type Input, NOW } from '../helpers.js';

describe('exec.critical-slip (property)', () => {
  it('fires exactly when the forecast slip exceeds the total float plus the tolerance', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        async (duration, toleranceDays) => {
          const mutate = (c: Input) => {
            c.milestones[4].durationDays = duration;
          };
          const parsed = parseCollaboration(changed(mutate));
          if (!parsed.success) throw new Error('invalid');
          const schedule = scheduleMilestones(parsed.data);
          const slip = forecastMilestones(parsed.data, NOW, schedule).find(
            (f) => f.id === 'launch',
          )!.slipDays;
          const float = schedule.milestones.find((m) => m.id === 'launch')!.totalFloat;
          const report = await evaluateChanged(mutate, {
            config: { rules: { 'exec.critical-slip': { params: { toleranceDays } } } },
          });
          const fired =
            findingsOf(report, 'exec.critical-slip').filter((f) => f.subjectId === 'launch').length === 1;
          expect(fired).toBe(slip - float > toleranceDays);
          expect(report.actions.length).toBe(fired ? 1 : 0);
        },
      ),
      { numRuns: 50 },
    );
  });
});
