import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/schedule/day.js';
import { workdaysBetween } from '../../../src/schedule/working-days.js';
import { changed, evaluateChanged, findingsOf, type Input, NOW } from '../helpers.js';

function open(c: Input): void {
  const k = c.conflicts[0];
  k.status = 'open';
  delete k.resolvedOn;
  delete k.resolution;
  k.negotiations = [];
}

describe('conflict.escalate (property)', () => {
  it('escalates to level 1 exactly when the working days since raisedOn exceed the negotiation timebox', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 12 }),
        fc.boolean(),
        async (ago, timebox, inCollaboration) => {
          const raisedOn = addDays(NOW, -ago);
          const mutate = (c: Input) => {
            open(c);
            c.conflicts[0].raisedOn = raisedOn;
            if (inCollaboration) c.negotiationTimeboxDays = timebox;
            else delete c.negotiationTimeboxDays;
          };
          const config = inCollaboration
            ? undefined
            : { rules: { 'conflict.escalate': { params: { negotiationTimeboxDays: timebox } } } };
          const report = await evaluateChanged(mutate, { config });
          const expected = workdaysBetween(raisedOn, NOW, changed(mutate).calendar) > timebox;
          expect(findingsOf(report, 'conflict.escalate').length === 1).toBe(expected);
          expect(report.actions.filter((a) => a.toLevel === 1).length).toBe(expected ? 1 : 0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('escalates to L+1 exactly when the working days at level L exceed its timebox', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 0, max: 8 }),
        async (ago, level, timebox) => {
          const on = addDays(NOW, -ago);
          const mutate = (c: Input) => {
            open(c);
            c.conflicts[0].status = 'escalated';
            c.conflicts[0].negotiations = [{ on: '2026-10-12', outcome: 'failed' }];
            c.conflicts[0].escalations = Array.from({ length: level }, (_, i) => ({ level: i + 1, on }));
            c.escalationPath[level - 1].timeboxDays = timebox;
          };
          const report = await evaluateChanged(mutate);
          const expected = workdaysBetween(on, NOW, changed(mutate).calendar) > timebox;
          // The negotiation failed: the conflict stays in breach, so its finding stays; the action to L+1
          // appears exactly when level L's timebox ran out.
          expect(findingsOf(report, 'conflict.escalate')).toHaveLength(1);
          const actions = report.actions.filter((a) => a.ruleId === 'conflict.escalate');
          expect(actions.map((a) => a.toLevel)).toEqual(expected ? [level + 1] : []);
        },
      ),
      { numRuns: 60 },
    );
  });
});
