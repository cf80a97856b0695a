// Laws of the escalation ladder, over conflicts, slipping milestones and incidents with random records and dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollaborationInput } from '../../../src/model/types.js';
import { evaluateSync } from '../../../src/rules/evaluate.js';
import type { Report } from '../../../src/rules/report.js';
import { addDays } from '../../../src/schedule/day.js';
import { changed, evaluateAll, type Input } from '../helpers.js';

const TOP = 3;

/** A subject in (or close to) breach with `levels` consecutive records, each `gaps[i]` days after the last. */
const scenario = fc.record({
  kind: fc.constantFrom('conflict', 'milestone', 'incident'),
  start: fc.integer({ min: 0, max: 40 }),
  gaps: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: TOP }),
  acknowledged: fc.boolean(),
  failed: fc.boolean(),
  nowAfter: fc.integer({ min: 0, max: 40 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const SUBJECT = { conflict: 'budget-priority', milestone: 'launch', incident: 'outage' } as const;

function build(s: Scenario): { input: Input; now: string } {
  const from = addDays('2026-10-12', s.start);
  let day = from;
  const records = s.gaps.map((gap, i) => {
    day = addDays(day, gap);
    return s.acknowledged ? { level: i + 1, on: day, acknowledgedOn: day } : { level: i + 1, on: day };
  });
  const input = changed((c) => {
    if (s.kind === 'conflict') {
      const k = c.conflicts[0];
      k.status = records.length > 0 ? 'escalated' : 'open';
      delete k.resolvedOn;
      delete k.resolution;
      k.raisedOn = from;
      k.negotiations = [{ on: from, facilitator: 'wang', outcome: s.failed ? 'failed' : 'pending' }];
      k.escalations = records;
    } else if (s.kind === 'milestone') {
      // Launch takes 40 days after its last prerequisite: it slips whatever the date.
      c.milestones[4].durationDays = 40;
      c.milestones[4].escalations = records;
    } else {
      c.incidents = [
        {
          id: 'outage',
          description: '渠道系统故障',
          occurredOn: from,
          temporaryOwner: 'sun',
          measures: ['切换备用系统'],
          impact: { summary: '影响评估中' },
          status: s.failed ? 'open' : 'contained',
          escalations: records,
        },
      ];
    }
  });
  return { input, now: addDays(day, s.nowAfter) };
}

const ladderActions = (r: Report, s: Scenario) =>
  r.actions.filter((a) => a.subjectId === SUBJECT[s.kind] && a.scope === s.kind);

const run = (input: Input, now: string) => evaluateSync(input as CollaborationInput, { now, locale: 'en' });

describe('the escalation ladder (property)', () => {
  it('never asks for a recorded level or one above the top, and never skips a level', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { input, now } = build(s);
        const actions = ladderActions(run(input, now), s);
        expect(actions.length).toBeLessThanOrEqual(1);
        for (const a of actions) {
          expect(a.toLevel).toBe(s.gaps.length + 1);
          expect(a.toLevel).toBeLessThanOrEqual(TOP);
          expect(a.dueOn! <= now).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('recording the due level (on the day it is asked for) makes its action disappear', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { input, now } = build(s);
        const [action] = ladderActions(run(input, now), s);
        fc.pre(action !== undefined);
        const list =
          s.kind === 'conflict'
            ? input.conflicts[0]
            : s.kind === 'milestone'
              ? input.milestones[4]
              : input.incidents[0];
        list.escalations = [...list.escalations, { level: action!.toLevel, on: now, acknowledgedOn: now }];
        const after = ladderActions(run(input, now), s);
        expect(after.filter((a) => a.toLevel <= action!.toLevel)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('an upcoming escalation becomes an action exactly when now reaches its dueOn', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 5 }), (s, warn) => {
        const { input, now } = build(s);
        const config = { escalation: { warnWorkdays: warn } };
        const report = evaluateSync(input as CollaborationInput, { now, locale: 'en', config });
        for (const u of report.upcoming) {
          const at = evaluateSync(input as CollaborationInput, { now: u.dueOn, locale: 'en', config });
          expect(at.actions).toContainEqual(
            expect.objectContaining({
              ruleId: u.ruleId,
              scope: u.scope,
              subjectId: u.subjectId,
              toLevel: u.toLevel,
              dueOn: u.dueOn,
              ...(u.person === undefined ? {} : { person: u.person }),
            }),
          );
          const before = evaluateSync(input as CollaborationInput, {
            now: addDays(u.dueOn, -1),
            locale: 'en',
            config,
          });
          expect(
            before.actions.filter((a) => a.subjectId === u.subjectId && a.toLevel === u.toLevel),
          ).toEqual([]);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('both engines give the same report, upcoming included', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { input, now } = build(s);
        await evaluateAll(input as CollaborationInput, { now, locale: 'zh-CN' });
      }),
      { numRuns: 15 },
    );
  });
});
