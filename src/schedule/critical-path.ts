import { argumentError, guarded } from '../i18n/argument.js';
import { isIsoDate } from '../model/primitives.js';
import type { Collaboration, Milestone } from '../model/types.js';
import { fromDayNumber, toDayNumber } from './day.js';
import { resolveDue } from './due.js';
import { indices } from './graph.js';

/**
 * The critical-path (CPM) schedule of one milestone. Dates are ISO dates; durations and float are calendar days.
 *
 * @example
 * ```ts
 * const s: MilestoneSchedule = {
 *   id: 'beta', due: '2026-09-30', durationDays: 29, earliestStart: '2026-09-01', earliestFinish: '2026-09-30',
 *   latestFinish: '2026-09-30', totalFloat: 0, critical: true,
 * };
 * ```
 */
export interface MilestoneSchedule {
  readonly id: string;
  /** The resolved due date. */
  readonly due: string;
  /** `durationDays` when given, else days from the latest prerequisite due date (or `period.start`), ≥ 0. */
  readonly durationDays: number;
  readonly earliestStart: string;
  readonly earliestFinish: string;
  readonly latestFinish: string;
  /** Latest finish − earliest finish, in days. */
  readonly totalFloat: number;
  /** `totalFloat ≤ 0`. */
  readonly critical: boolean;
}

/**
 * The CPM schedule of a collaboration's milestones.
 *
 * @example
 * ```ts
 * declare const collaboration: Collaboration; // from loadCollaboration or parseCollaboration
 * const s: CriticalPathSchedule = scheduleMilestones(collaboration);
 * console.log(s.criticalPath.join(' → '), s.finish);
 * ```
 */
export interface CriticalPathSchedule {
  /** Milestones in topological order (those on or behind a cycle are left out). */
  readonly milestones: readonly MilestoneSchedule[];
  /** One chain of critical milestones from a start to the project finish, prerequisites first. */
  readonly criticalPath: readonly string[];
  /** The latest earliest finish: when the whole plan can finish. Absent when there are no milestones. */
  readonly finish?: string;
  /** A dependency cycle, when there is one. */
  readonly cycle?: readonly string[];
}

/** The milestones in topological order with due day numbers and prerequisite positions (CSR form). */
interface Prepared {
  /** The collaboration's milestone list and period start this was prepared from. */
  readonly source: readonly Milestone[];
  readonly start: string;
  /** The milestones' ids, so later passes need not reach into the milestone objects. */
  readonly ids: readonly string[];
  readonly due: Float64Array;
  /** `durationDays` when given, else NaN. */
  readonly givenDuration: Float64Array;
  /** The day a done milestone was completed (its due day when `completedOn` is missing); NaN when not done. */
  readonly doneOn: Float64Array;
  readonly prereqOffset: Int32Array;
  readonly prereqs: Int32Array;
  /** Calendar days open incidents delay each milestone by (their `impact.scheduleDays` summed), 0 when none. */
  readonly delay: Float64Array;
  /** The ids of the open incidents that delay each milestone, in document order (absent when none). */
  readonly delayedBy: readonly (readonly string[] | undefined)[];
  readonly cycle?: readonly string[];
}

function dueDay(due: unknown, period: Collaboration['period']): number {
  return toDayNumber(typeof due === 'string' ? due : resolveDue(due as Milestone['due'], period));
}

/** What a schedule this module made leaves for its forecast: the prepared graph and the durations it used. */
interface Planned {
  readonly prepared: Prepared;
  readonly duration: Float64Array;
}

// Per schedule this module made, so a forecast from it needs no id lookups and reads arrays, not objects.
const plannedOf = new WeakMap<CriticalPathSchedule, Planned>();

/**
 * The parts of a collaboration the schedule reads, each read once and checked: `invalid_argument` for anything
 * that is not a collaboration (no `milestones` list, no `period` with an ISO `start`).
 */
function collaborationParts(c: unknown): {
  readonly milestones: readonly Milestone[];
  readonly period: Collaboration['period'];
  readonly start: string;
  readonly incidents: unknown;
} {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) {
    throw argumentError('invalid_argument', ['collaboration'], { kind: 'collaboration' });
  }
  const { milestones, period, incidents } = c as {
    readonly milestones?: unknown;
    readonly period?: unknown;
    readonly incidents?: unknown;
  };
  if (!Array.isArray(milestones)) {
    throw argumentError('invalid_argument', ['collaboration', 'milestones'], { kind: 'collaboration' });
  }
  const start =
    typeof period === 'object' && period !== null ? (period as { start?: unknown }).start : undefined;
  if (typeof start !== 'string' || !isIsoDate(start)) {
    throw argumentError('invalid_argument', ['collaboration', 'period'], { kind: 'period' });
  }
  return {
    milestones: milestones as readonly Milestone[],
    period: period as Collaboration['period'],
    start,
    incidents,
  };
}

/**
 * The delay open incidents put on each milestone (by position in `ids`): an incident that is not `closed`, with
 * `impact.scheduleDays` n > 0, delays each milestone it `affects` (each listed once) by n calendar days; several
 * incidents on one milestone add up. Anything that is not an incident list is read as none.
 */
function incidentDelays(
  incidents: unknown,
  ids: readonly string[],
): { delay: Float64Array; delayedBy: (string[] | undefined)[] } {
  const n = ids.length;
  const delay = new Float64Array(n);
  const delayedBy = new Array<string[] | undefined>(n).fill(undefined);
  if (!Array.isArray(incidents) || incidents.length === 0) return { delay, delayedBy };
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!position.has(ids[i]!)) position.set(ids[i]!, i);
  for (const incident of incidents as readonly unknown[]) {
    if (typeof incident !== 'object' || incident === null) continue;
    const { id, status, impact, affects } = incident as Record<string, unknown>;
    if (status === 'closed' || !Array.isArray(affects)) continue;
    const days =
      typeof impact === 'object' && impact !== null ? (impact as { scheduleDays?: unknown }).scheduleDays : 0;
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) continue;
    const seen = new Set<number>();
    for (const target of affects as readonly unknown[]) {
      const at = typeof target === 'string' ? position.get(target) : undefined;
      if (at === undefined || seen.has(at)) continue;
      seen.add(at);
      delay[at] = delay[at]! + days;
      const by = delayedBy[at] ?? [];
      by.push(String(id));
      delayedBy[at] = by;
    }
  }
  return { delay, delayedBy };
}

function prepare(c: Collaboration): Prepared {
  const { milestones, period, start, incidents } = collaborationParts(c);
  const graph = indices(milestones, ['collaboration', 'milestones']);
  const { order } = graph;
  const n = order.length;
  const position = new Int32Array(milestones.length).fill(-1);
  for (let i = 0; i < n; i++) position[order[i]!] = i;
  const ids = new Array<string>(n);
  const due = new Float64Array(n);
  const givenDuration = new Float64Array(n);
  const doneOn = new Float64Array(n);
  const prereqOffset = new Int32Array(n + 1);
  // At most as many edges as the graph has; those into a cycle are dropped.
  const list = new Int32Array(graph.prereqs.length);
  let edges = 0;
  for (let i = 0; i < n; i++) {
    const node = order[i]!;
    const m = milestones[node]!;
    ids[i] = graph.ids[node]!;
    // Everything the passes need from the milestone is read here, once, into arrays in topological order: the
    // passes then walk compact arrays instead of objects spread over the heap.
    const {
      due: dueAt,
      durationDays,
      status,
      completedOn,
    } = m as {
      readonly due?: unknown;
      readonly durationDays?: unknown;
      readonly status?: unknown;
      readonly completedOn?: unknown;
    };
    due[i] = dueDay(dueAt, period);
    givenDuration[i] = typeof durationDays === 'number' ? durationDays : Number.NaN;
    doneOn[i] =
      status !== 'done'
        ? Number.NaN
        : typeof completedOn === 'string' && completedOn
          ? toDayNumber(completedOn)
          : due[i]!;
    prereqOffset[i] = edges;
    for (let e = graph.prereqOffset[node]!; e < graph.prereqOffset[node + 1]!; e++) {
      const p = position[graph.prereqs[e]!]!;
      if (p >= 0) list[edges++] = p;
    }
  }
  prereqOffset[n] = edges;
  const { delay, delayedBy } = incidentDelays(incidents, ids);
  const prepared = {
    source: milestones,
    start,
    ids,
    due,
    givenDuration,
    doneOn,
    prereqOffset,
    prereqs: list.subarray(0, edges),
    delay,
    delayedBy,
  };
  return graph.cycle ? { ...prepared, cycle: graph.cycle } : prepared;
}

/**
 * Computes the critical-path schedule in O(V + E). A milestone's duration is `durationDays` if given, else the
 * calendar days between its due date and the latest due date of its prerequisites (or `period.start` when it
 * has none), never negative. Forward pass: earliest finish = max(prerequisites' earliest finish, else
 * `period.start`) + duration. Backward pass from the latest earliest finish: latest finish = min over successors
 * of (their latest finish − their duration). Total float = latest − earliest finish; critical when ≤ 0.
 *
 * @param c - A parsed collaboration.
 * @returns The schedule per milestone, one critical chain, the finish date and any cycle.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { loadCollaboration, scheduleMilestones } from 'crossdept';
 *
 * const parsed = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (parsed.success) scheduleMilestones(parsed.data).criticalPath; // ['beta', 'cs-training', 'launch']
 * ```
 */
export function scheduleMilestones(c: Collaboration): CriticalPathSchedule {
  return guarded(['collaboration'], () => schedule(c));
}

function schedule(c: Collaboration): CriticalPathSchedule {
  const prepared = prepare(c);
  const { ids, due, givenDuration, prereqOffset, prereqs, cycle } = prepared;
  const start = toDayNumber(prepared.start);
  const n = ids.length;
  const duration = new Float64Array(n);
  const earliestFinish = new Float64Array(n);
  let finish = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const from = prereqOffset[i]!;
    const to = prereqOffset[i + 1]!;
    let latestPrereqDue = from < to ? Number.NEGATIVE_INFINITY : start;
    let earliestStart = start;
    for (let e = from; e < to; e++) {
      const p = prereqs[e]!;
      if (due[p]! > latestPrereqDue) latestPrereqDue = due[p]!;
      if (earliestFinish[p]! > earliestStart) earliestStart = earliestFinish[p]!;
    }
    const given = givenDuration[i]!;
    const d = Number.isNaN(given) ? Math.max(0, due[i]! - latestPrereqDue) : given;
    duration[i] = d;
    earliestFinish[i] = earliestStart + d;
    if (earliestFinish[i]! > finish) finish = earliestFinish[i]!;
  }
  // Backward pass in reverse topological order: when a milestone is reached, all its successors are final,
  // so it pushes its latest start down to each prerequisite.
  const latestFinish = new Float64Array(n).fill(finish);
  for (let i = n - 1; i >= 0; i--) {
    const latestStart = latestFinish[i]! - duration[i]!;
    for (let e = prereqOffset[i]!; e < prereqOffset[i + 1]!; e++) {
      const p = prereqs[e]!;
      if (latestStart < latestFinish[p]!) latestFinish[p] = latestStart;
    }
  }
  const milestones = new Array<MilestoneSchedule>(n);
  for (let i = 0; i < n; i++) {
    const totalFloat = latestFinish[i]! - earliestFinish[i]!;
    milestones[i] = {
      id: ids[i]!,
      due: fromDayNumber(due[i]!),
      durationDays: duration[i]!,
      earliestStart: fromDayNumber(earliestFinish[i]! - duration[i]!),
      earliestFinish: fromDayNumber(earliestFinish[i]!),
      latestFinish: fromDayNumber(latestFinish[i]!),
      totalFloat,
      critical: totalFloat <= 0,
    };
  }
  // Walk back from the first critical milestone that finishes last, along critical prerequisites that finish
  // exactly when it starts.
  const criticalPath: string[] = [];
  let current = -1;
  for (let i = 0; i < n && current < 0; i++) {
    if (earliestFinish[i] === finish && latestFinish[i]! - earliestFinish[i]! <= 0) current = i;
  }
  while (current >= 0) {
    criticalPath.push(ids[current]!);
    const startsAt = earliestFinish[current]! - duration[current]!;
    let next = -1;
    for (let e = prereqOffset[current]!; e < prereqOffset[current + 1]! && next < 0; e++) {
      const p = prereqs[e]!;
      if (earliestFinish[p] === startsAt && latestFinish[p]! - earliestFinish[p]! <= 0) next = p;
    }
    current = next;
  }
  criticalPath.reverse();
  const schedule: CriticalPathSchedule = {
    milestones,
    criticalPath,
    ...(n > 0 ? { finish: fromDayNumber(finish) } : {}),
    ...(cycle ? { cycle } : {}),
  };
  plannedOf.set(schedule, { prepared, duration });
  return schedule;
}

/**
 * The forecast of one milestone at a date `now`.
 *
 * @example
 * ```ts
 * const f: MilestoneForecast = { id: 'launch', due: '2026-11-30', forecastFinish: '2026-11-30', slipDays: 0, done: false };
 * ```
 */
export interface MilestoneForecast {
  readonly id: string;
  readonly due: string;
  /**
   * `completedOn` (else the due date) when done; else max(due, prerequisites' forecast + duration, now) plus the
   * delay of open incidents that affect it.
   */
  readonly forecastFinish: string;
  /** Forecast finish − due date, in calendar days (negative when early). */
  readonly slipDays: number;
  readonly done: boolean;
  /** Calendar days open incidents add to this open milestone (their `impact.scheduleDays`); absent when none. */
  readonly incidentDelayDays?: number;
  /** The ids of those incidents, in document order; absent when none. */
  readonly incidents?: readonly string[];
}

/**
 * Forecasts when each milestone finishes, seen at `now`: a done milestone finishes on `completedOn` (its due
 * date if that is missing); any other on max(its due date, max over prerequisites of their forecast finish + its
 * duration, `now`), plus `impact.scheduleDays` of every incident that is not closed and `affects` it (several add
 * up); the delay flows on to its successors through their prerequisites. Slip = forecast finish − due date.
 * O(V + E + incidents); milestones on a cycle are left out.
 *
 * @param c - A parsed collaboration.
 * @param now - The date seen from, ISO.
 * @param schedule - The CPM schedule when already computed (else it is computed).
 * @returns One forecast per scheduled milestone, in topological order.
 * @example
 * ```ts
 * declare const collaboration: Collaboration; // from loadCollaboration or parseCollaboration
 * forecastMilestones(collaboration, '2026-11-26').find((f) => f.id === 'launch')?.slipDays; // 0
 * ```
 */
export function forecastMilestones(
  c: Collaboration,
  now: string,
  schedule?: CriticalPathSchedule,
): MilestoneForecast[] {
  return guarded(['collaboration'], () => forecast(c, now, schedule ?? scheduleMilestones(c)));
}

/** A schedule's durations, when it is a schedule made elsewhere: each milestone's `durationDays` (NaN if none). */
function durationsOf(schedule: unknown): Float64Array {
  const list =
    typeof schedule === 'object' && schedule !== null
      ? (schedule as { milestones?: unknown }).milestones
      : undefined;
  if (!Array.isArray(list)) throw argumentError('invalid_argument', ['schedule'], { kind: 'schedule' });
  return Float64Array.from(list as readonly unknown[], (s) => {
    const d =
      typeof s === 'object' && s !== null ? (s as { durationDays?: unknown }).durationDays : undefined;
    return typeof d === 'number' ? d : Number.NaN;
  });
}

function forecast(c: Collaboration, now: string, schedule: CriticalPathSchedule): MilestoneForecast[] {
  const today = typeof now === 'string' ? toDayNumber(now) : Number.NaN;
  const planned = typeof schedule === 'object' && schedule !== null ? plannedOf.get(schedule) : undefined;
  const parts = collaborationParts(c);
  // A schedule this module made from these milestones comes with its arrays; any other is read object by object.
  const fromHere =
    planned !== undefined &&
    planned.prepared.source === parts.milestones &&
    planned.prepared.start === parts.start;
  const prepared = fromHere ? planned.prepared : prepare(c);
  const { ids, due, doneOn, prereqOffset, prereqs, delay, delayedBy } = prepared;
  const duration = fromHere ? planned.duration : durationsOf(schedule);
  const n = Math.min(ids.length, duration.length);
  const finishAt = new Float64Array(n);
  const out = new Array<MilestoneForecast>(n);
  for (let i = 0; i < n; i++) {
    let finish = doneOn[i]!;
    const done = !Number.isNaN(finish);
    if (!done) {
      finish = Number.isFinite(today) ? Math.max(due[i]!, today) : due[i]!;
      for (let e = prereqOffset[i]!; e < prereqOffset[i + 1]!; e++) {
        const f = finishAt[prereqs[e]!]! + duration[i]!;
        if (f > finish) finish = f;
      }
      finish += delay[i]!;
    }
    finishAt[i] = finish;
    const by = done ? undefined : delayedBy[i];
    out[i] = {
      id: ids[i]!,
      due: fromDayNumber(due[i]!),
      forecastFinish: fromDayNumber(finish),
      slipDays: finish - due[i]!,
      done,
      ...(by === undefined ? {} : { incidentDelayDays: delay[i]!, incidents: [...by] }),
    };
  }
  return out;
}
