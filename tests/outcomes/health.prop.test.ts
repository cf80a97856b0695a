// The law of the health status: red exactly when one of its documented red conditions holds, amber exactly when
// none does and one of the amber conditions holds, green otherwise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../src/model/parse.js';
import type { CollaborationInput } from '../../src/model/types.js';
import { goalAttainment } from '../../src/outcomes/goal-attainment.js';
import { health } from '../../src/outcomes/health.js';
import { evaluateSync } from '../../src/rules/evaluate.js';
import { forecastMilestones, scheduleMilestones } from '../../src/schedule/critical-path.js';
import { toDayNumber } from '../../src/schedule/day.js';
import { collaborationArb } from '../../src/testing/collaboration.js';
import { exampleInput } from '../fixtures/example.js';

const nows = fc.constantFrom(
  '2026-08-15',
  '2026-10-16',
  '2026-11-26',
  '2026-11-29',
  '2026-12-10',
  '2027-03-01',
);

/** The example with its milestones' due dates, statuses and sales actuals varied. */
const variedExample = fc
  .record({
    shifts: fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 5, maxLength: 5 }),
    open: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    sales: fc.option(fc.integer({ min: 0, max: 6_000_000 }), { nil: undefined }),
  })
  .map(({ shifts, open, sales }) => {
    const c = exampleInput();
    c.milestones.forEach((m: Record<string, unknown>, i: number) => {
      const due = typeof m.due === 'string' ? m.due : '2026-10-15';
      const day = toDayNumber(due) + shifts[i]!;
      m.due = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (open[i]) {
        m.status = 'in-progress';
        delete m.completedOn;
      }
    });
    if (sales !== undefined) c.goal.measures[0].actuals = [{ on: '2026-11-20', value: sales }];
    return c as CollaborationInput;
  });

function conditions(input: unknown, now: string) {
  const parsed = parseCollaboration(input);
  if (!parsed.success) return undefined;
  const c = parsed.data;
  const report = evaluateSync(c, { now });
  const schedule = scheduleMilestones(c);
  const critical = new Set(schedule.milestones.filter((m) => m.critical).map((m) => m.id));
  const forecast = forecastMilestones(c, now, schedule);
  const red =
    report.summary.error > 0 ||
    report.actions.length > 0 ||
    report.findings.some((f) => f.ruleId === 'escalation.exhausted') ||
    forecast.some((f) => !f.done && critical.has(f.id) && f.slipDays > 0);
  const byId = new Map(c.milestones.map((m) => [m.id, m]));
  const finish = new Map(forecast.map((f) => [f.id, toDayNumber(f.forecastFinish)]));
  const lowFloat = forecast.some((f) => {
    if (f.done || !critical.has(f.id) || f.slipDays > 0) return false;
    const from = Math.max(
      toDayNumber(now),
      ...(byId.get(f.id)?.dependsOn ?? []).map((p) => finish.get(p) ?? 0),
    );
    return toDayNumber(f.due) - from < 3;
  });
  const amber =
    report.summary.warning > 0 || goalAttainment(c, { now }).some((m) => m.onTrack === false) || lowFloat;
  return { c, red, amber };
}

describe('health (property)', () => {
  it('is red exactly when a red condition holds, amber exactly when only amber ones do', () => {
    fc.assert(
      fc.property(fc.oneof(variedExample, collaborationArb()), nows, (input, now) => {
        const expected = conditions(input, now);
        if (expected === undefined) return;
        const { status, reasons } = health(expected.c, { now, locale: 'en' });
        expect(status).toBe(expected.red ? 'red' : expected.amber ? 'amber' : 'green');
        expect(reasons.length > 0).toBe(status !== 'green');
        expect(reasons.some((r) => r.status === 'red')).toBe(status === 'red');
      }),
      { numRuns: 60 },
    );
  });

  it('a report passed in gives the status of the report evaluated inside', () => {
    fc.assert(
      fc.property(variedExample, nows, (input, now) => {
        const report = evaluateSync(input, { now, locale: 'en' });
        expect(health(input, { now, locale: 'en', report })).toEqual(health(input, { now, locale: 'en' }));
      }),
      { numRuns: 25 },
    );
  });
});
