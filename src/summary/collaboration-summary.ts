import type { Phase, Scenario } from '../model/collaboration.js';
import type { DepartmentRole } from '../model/department.js';

/**
 * One milestone of a {@link CollaborationSummary}'s forecast: its schedule and where it stands at `now`.
 * Dates are ISO dates; `slipDays` and `totalFloat` are calendar days.
 *
 * @example
 * ```ts
 * import type { SummaryMilestone } from 'crossdept';
 *
 * const launch: SummaryMilestone = {
 *   id: 'launch', name: '产品上市', due: '2026-11-30', forecastFinish: '2026-11-30', slipDays: 0, totalFloat: 0,
 *   critical: true, done: false, incidentDelayDays: 0, incidents: [],
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
  /** Calendar days open incidents add to the forecast of this open milestone (`impact.scheduleDays`), else 0. */
  readonly incidentDelayDays: number;
  /** The ids of those incidents (empty when none). */
  readonly incidents: readonly string[];
}

/**
 * A collaboration at a glance, seen at `now`: what `summarizeCollaboration` returns and
 * `crossdept summary --format json` prints. Every key is always present (`null` or `[]` when there is nothing to
 * show), and enum values are the file's own (not translated), so the object is the same whatever the locale and
 * can be stored or sent as JSON as it is.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { type CollaborationSummary, loadCollaboration, summarizeCollaboration } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   const s: CollaborationSummary = summarizeCollaboration(loaded.data, { now: '2026-11-26' });
 *   console.log(s.criticalPath.map((m) => m.id)); // ['beta', 'cs-training', 'launch']
 * }
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
