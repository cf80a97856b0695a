import type { Phase, Scenario } from '../model/collaboration.js';
import type { DepartmentRole } from '../model/department.js';
import type { Collaboration } from '../model/types.js';
import { effectivePhase } from '../rules/index.js';
import { forecastMilestones, scheduleMilestones } from '../schedule/critical-path.js';
import { toDayNumber } from '../schedule/day.js';

/**
 * One milestone of a {@link CollaborationSummary}'s forecast: its schedule and where it stands at `now`.
 * Dates are ISO dates; `slipDays` and `totalFloat` are calendar days.
 *
 * @example
 * ```ts
 * const launch: SummaryMilestone = {
 *   id: 'launch', name: '产品上市', due: '2026-11-30', forecastFinish: '2026-11-30', slipDays: 0, totalFloat: 0,
 *   critical: true, done: false,
 * };
 * ```
 */
export interface SummaryMilestone {
  readonly id: string;
  readonly name: string;
  /** The resolved due date. */
  readonly due: string;
  /** `completedOn` when done, else max(due, prerequisites' forecast + duration, `now`). */
  readonly forecastFinish: string;
  /** Forecast finish − due date (negative when early). */
  readonly slipDays: number;
  /** Latest − earliest finish in the critical-path schedule. */
  readonly totalFloat: number;
  /** `totalFloat ≤ 0`. */
  readonly critical: boolean;
  readonly done: boolean;
}

/**
 * What `crossdept summary --format json` prints: a collaboration at a glance, seen at `now`. Every key is always
 * present (`null` or `[]` when there is nothing to show), enum values are the file's own (not translated), so
 * the object is the same whatever the locale.
 *
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 *
 * declare const collaboration: Collaboration; // the worked example
 * const s: CollaborationSummary = summarize(collaboration, '2026-11-26');
 * s.criticalPath.map((m) => m.id); // ['beta', 'cs-training', 'launch']
 * ```
 */
export interface CollaborationSummary {
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
  /** The effective phase at `now`: the file's `phase`, else derived from the period. */
  readonly phase: Phase;
  /** `true` when the file has no `phase` and it was derived from the period and `now`. */
  readonly phaseDerived: boolean;
  /** The date the summary is seen from. */
  readonly now: string;
  readonly period: { readonly start: string; readonly end: string };
  /** The goal statement, if the file states one. */
  readonly goal: string | null;
  readonly departments: readonly {
    readonly id: string;
    readonly name: string;
    readonly role: DepartmentRole;
  }[];
  readonly team: {
    readonly leader: { readonly id: string; readonly name: string; readonly title: string | null } | null;
    readonly coreSize: number;
  };
  /** One chain of critical milestones, prerequisites first; empty without milestones or with a cycle. */
  readonly criticalPath: readonly { readonly id: string; readonly name: string }[];
  /** When the whole plan can finish (the last critical milestone's earliest finish); `null` when unknown. */
  readonly plannedFinish: string | null;
  /** The ids along a dependency cycle, when the milestones have one. */
  readonly cycle: readonly string[] | null;
  /** Every schedulable milestone, in dependency order. */
  readonly milestones: readonly SummaryMilestone[];
  /** Milestones on or after a dependency cycle, which cannot be scheduled, in file order. */
  readonly unscheduled: readonly string[];
}

/**
 * Summarizes a collaboration at `now`: who takes part, the critical path of its milestones and their forecast.
 * A dependency cycle is data here as everywhere: the milestones it blocks are listed as unscheduled, and no
 * critical path or finish date is given, since one computed without them would be wrong.
 *
 * @param c - A parsed collaboration.
 * @param now - The ISO date to see it from.
 * @returns The summary.
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 *
 * declare const collaboration: Collaboration; // the worked example
 * summarize(collaboration, '2026-11-26').plannedFinish; // '2026-11-30'
 * ```
 */
export function summarize(c: Collaboration, now: string): CollaborationSummary {
  const schedule = scheduleMilestones(c);
  const forecast = forecastMilestones(c, now, schedule);
  const byId = new Map(c.milestones.map((m) => [m.id, m]));
  const scheduleOf = new Map(schedule.milestones.map((s) => [s.id, s]));
  const nameOf = (id: string): string => byId.get(id)?.name ?? id;
  const leaderId = c.team?.leader;
  const leader = leaderId === undefined ? undefined : c.people.find((p) => p.id === leaderId);
  const cycle = schedule.cycle ?? null;
  return {
    id: c.id,
    name: c.name,
    scenario: c.scenario,
    phase: effectivePhase(c, toDayNumber(now)),
    phaseDerived: c.phase === undefined,
    now,
    period: { start: c.period.start, end: c.period.end },
    goal: c.goal?.statement ?? null,
    departments: c.departments.map((d) => ({ id: d.id, name: d.name, role: d.role })),
    team: {
      leader:
        leaderId === undefined
          ? null
          : { id: leaderId, name: leader?.name ?? leaderId, title: leader?.title ?? null },
      coreSize: c.team?.core?.length ?? 0,
    },
    criticalPath: cycle ? [] : schedule.criticalPath.map((id) => ({ id, name: nameOf(id) })),
    plannedFinish: cycle ? null : (schedule.finish ?? null),
    cycle,
    milestones: forecast.map((f) => {
      const s = scheduleOf.get(f.id);
      return {
        id: f.id,
        name: nameOf(f.id),
        due: f.due,
        forecastFinish: f.forecastFinish,
        slipDays: f.slipDays,
        totalFloat: s?.totalFloat ?? 0,
        critical: s?.critical ?? false,
        done: f.done,
      };
    }),
    unscheduled: c.milestones.filter((m) => !scheduleOf.has(m.id)).map((m) => m.id),
  };
}
