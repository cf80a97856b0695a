// Laws of the critical path and the forecast on random collaborations, and their agreement with a by-definition
// reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../../src/model/types.js';
import { forecastMilestones, scheduleMilestones } from '../../src/schedule/critical-path.js';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from '../../src/schedule/day.js';
import { resolveDue } from '../../src/schedule/due.js';
import { collaborationArb } from '../../src/testing/index.js';
import { parsed } from '../fixtures/example.js';

describe('critical path laws on random collaborations', () => {
  it('critical milestones form a dependency chain from period.start to the finish; no float is negative', () => {
    fc.assert(
      fc.property(collaborationArb({ size: { milestones: 30 } }), (input) => {
        const c = parsed(input);
        const s = scheduleMilestones(c);
        const byId = new Map(s.milestones.map((m) => [m.id, m]));
        for (const m of s.milestones) expect(m.totalFloat).toBeGreaterThanOrEqual(0);
        if (s.milestones.length === 0) {
          expect(s.criticalPath).toEqual([]);
          return;
        }
        const latest = s.milestones
          .map((m) => m.earliestFinish)
          .sort()
          .at(-1);
        expect(s.finish).toBe(latest);
        const path = s.criticalPath.map((id) => byId.get(id)!);
        expect(path.length).toBeGreaterThan(0);
        expect(path.every((m) => m.critical)).toBe(true);
        expect(path[0]!.earliestStart).toBe(c.period.start);
        expect(path[path.length - 1]!.earliestFinish).toBe(s.finish);
        const deps = new Map(c.milestones.map((m) => [m.id, m.dependsOn ?? []]));
        for (let i = 1; i < path.length; i++) {
          expect(deps.get(path[i]!.id)).toContain(path[i - 1]!.id);
          expect(path[i]!.earliestStart).toBe(path[i - 1]!.earliestFinish);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('forecasts respect due dates, prerequisites and now (property)', () => {
    fc.assert(
      fc.property(
        collaborationArb({ size: { milestones: 20 } }),
        fc.integer({ min: 0, max: 120 }),
        (input, offset) => {
          const c = parsed(input);
          const now = addDays(c.period.start, offset);
          const schedule = scheduleMilestones(c);
          const forecast = forecastMilestones(c, now, schedule);
          const byId = new Map(forecast.map((f) => [f.id, f]));
          const duration = new Map(schedule.milestones.map((m) => [m.id, m.durationDays]));
          for (const m of c.milestones) {
            const f = byId.get(m.id)!;
            expect(daysBetween(f.due, f.forecastFinish)).toBe(f.slipDays);
            if (m.status === 'done') continue;
            expect(f.slipDays).toBeGreaterThanOrEqual(0);
            expect(f.forecastFinish >= now).toBe(true);
            for (const d of m.dependsOn ?? []) {
              expect(daysBetween(byId.get(d)!.forecastFinish, f.forecastFinish)).toBeGreaterThanOrEqual(
                duration.get(m.id)!,
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * The schedule and forecast by their definitions, one milestone at a time with maps and memoized recursion: the
 * reference the array-based passes must match.
 */
function referenceSchedule(c: Collaboration, now: string) {
  const start = toDayNumber(c.period.start);
  const byId = new Map(c.milestones.map((m) => [m.id, m]));
  const due = (id: string) => {
    const m = byId.get(id)!;
    return toDayNumber(typeof m.due === 'string' ? m.due : resolveDue(m.due, c.period));
  };
  const prereqs = (id: string) => [...new Set(byId.get(id)!.dependsOn ?? [])];
  const successors = (id: string) =>
    c.milestones.filter((m) => (m.dependsOn ?? []).includes(id)).map((m) => m.id);
  const memo = <T>(f: (id: string) => T) => {
    const seen = new Map<string, T>();
    return (id: string): T => {
      if (!seen.has(id)) seen.set(id, f(id));
      return seen.get(id)!;
    };
  };
  const duration = memo((id) => {
    const given = byId.get(id)!.durationDays;
    if (given !== undefined) return given;
    const ps = prereqs(id);
    return Math.max(0, due(id) - (ps.length > 0 ? Math.max(...ps.map(due)) : start));
  });
  const earliestFinish: (id: string) => number = memo(
    (id) => Math.max(start, ...prereqs(id).map((p) => earliestFinish(p))) + duration(id),
  );
  const finish = Math.max(...c.milestones.map((m) => earliestFinish(m.id)));
  const latestFinish: (id: string) => number = memo((id) =>
    Math.min(finish, ...successors(id).map((s) => latestFinish(s) - duration(s))),
  );
  const today = toDayNumber(now);
  // Open incidents with a schedule impact delay each milestone they affect (listed once) by their days, summed.
  const delaying = (id: string) =>
    c.incidents.filter(
      (i) => i.status !== 'closed' && (i.impact?.scheduleDays ?? 0) > 0 && (i.affects ?? []).includes(id),
    );
  const delay = (id: string) => delaying(id).reduce((sum, i) => sum + (i.impact?.scheduleDays ?? 0), 0);
  const forecast: (id: string) => number = memo((id) => {
    const m = byId.get(id)!;
    if (m.status === 'done') return m.completedOn ? toDayNumber(m.completedOn) : due(id);
    return Math.max(due(id), today, ...prereqs(id).map((p) => forecast(p) + duration(id))) + delay(id);
  });
  return { due, duration, earliestFinish, latestFinish, forecast, finish, delay, delaying };
}

describe('critical path against its definition', () => {
  // Law: the O(V + E) passes over arrays compute exactly what the definitions say, milestone by milestone.
  it('schedules and forecasts every milestone as the definitions do (property)', () => {
    fc.assert(
      fc.property(
        collaborationArb({ size: { milestones: 25 } }),
        fc.integer({ min: -30, max: 200 }),
        (input, offset) => {
          const c = parsed(input);
          const schedule = scheduleMilestones(c);
          fc.pre(schedule.cycle === undefined && c.milestones.length > 0);
          const now = addDays(c.period.start, offset);
          const ref = referenceSchedule(c, now);
          expect(schedule.milestones.map((m) => m.id).sort()).toEqual(c.milestones.map((m) => m.id).sort());
          expect(schedule.finish).toBe(fromDayNumber(ref.finish));
          for (const m of schedule.milestones) {
            const ef = ref.earliestFinish(m.id);
            const lf = ref.latestFinish(m.id);
            expect(m).toEqual({
              id: m.id,
              due: fromDayNumber(ref.due(m.id)),
              durationDays: ref.duration(m.id),
              earliestStart: fromDayNumber(ef - ref.duration(m.id)),
              earliestFinish: fromDayNumber(ef),
              latestFinish: fromDayNumber(lf),
              totalFloat: lf - ef,
              critical: lf - ef <= 0,
            });
          }
          for (const f of forecastMilestones(c, now, schedule)) {
            const at = ref.forecast(f.id);
            const done = c.milestones.find((m) => m.id === f.id)!.status === 'done';
            const by = ref.delaying(f.id).map((i) => i.id);
            expect(f).toEqual({
              id: f.id,
              due: fromDayNumber(ref.due(f.id)),
              forecastFinish: fromDayNumber(at),
              slipDays: at - ref.due(f.id),
              done,
              ...(done || by.length === 0 ? {} : { incidentDelayDays: ref.delay(f.id), incidents: by }),
            });
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('forecast from a schedule made elsewhere', () => {
  // Law: the forecast depends on the schedule's contents, not on which call made it: a schedule of an equal copy
  // (read object by object) gives the same forecast as the collaboration's own (read from its arrays).
  it('forecasts the same from a schedule of an equal copy (property)', () => {
    fc.assert(
      fc.property(
        collaborationArb({ size: { milestones: 20 } }),
        fc.integer({ min: -30, max: 200 }),
        (input, offset) => {
          const c = parsed(input);
          const copy = parsed(structuredClone(input));
          const now = addDays(c.period.start, offset);
          expect(forecastMilestones(c, now, scheduleMilestones(copy))).toEqual(
            forecastMilestones(c, now, scheduleMilestones(c)),
          );
          expect(forecastMilestones(c, now)).toEqual(forecastMilestones(c, now, scheduleMilestones(c)));
        },
      ),
      { numRuns: 100 },
    );
  });
});
