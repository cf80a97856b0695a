import { argumentError, guarded } from '../i18n/argument.js';
import { isIsoDate } from '../model/primitives.js';
import type { Collaboration, Milestone } from '../model/types.js';
import { dayText, dayTexts, fromDayNumber, toDayNumber } from './day.js';
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

/**
 * A collaboration's milestones read once. Every array is indexed by a milestone's position in the collaboration's
 * list (its node); `order` lists the nodes in topological order. The passes walk `order` and read and write
 * these arrays, so they touch no milestone object and need no id lookups, and nothing is copied into a second
 * layout.
 */
interface Prepared {
  /** The collaboration's milestone list and period start this was prepared from. */
  readonly source: readonly Milestone[];
  readonly start: string;
  /** The milestones' ids, by node. */
  readonly ids: readonly string[];
  /** The nodes in topological order (those on or behind a cycle are left out). */
  readonly order: Int32Array;
  readonly due: Float64Array;
  /** `durationDays` when given, else NaN. */
  readonly givenDuration: Float64Array;
  /** The day a done milestone was completed (its due day when `completedOn` is missing); NaN when not done. */
  readonly doneOn: Float64Array;
  /** Node i's prerequisites are the nodes `prereqs[prereqOffset[i] .. prereqOffset[i + 1])`, in `dependsOn` order. */
  readonly prereqOffset: Int32Array;
  readonly prereqs: Int32Array;
  /** The delays of open incidents; absent when no incident delays a milestone. */
  readonly delays?: IncidentDelays;
  readonly cycle?: readonly string[];
}

/** What open incidents do to the milestones, by node. */
interface IncidentDelays {
  /** Calendar days open incidents delay each milestone by (their `impact.scheduleDays` summed), 0 when none. */
  readonly delay: Float64Array;
  /** The ids of the open incidents that delay each milestone, in document order (absent when none). */
  readonly delayedBy: readonly (readonly string[] | undefined)[];
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
 * The delay open incidents put on each milestone (by node): an incident that is not `closed`, with
 * `impact.scheduleDays` n > 0, delays each milestone it `affects` (each listed once) by n calendar days; several
 * incidents on one milestone add up. Anything that is not an incident list is read as none.
 *
 * @returns The delays, or `undefined` when no incident delays any milestone.
 */
function incidentDelays(
  incidents: unknown,
  index: ReadonlyMap<string, number>,
  size: number,
): IncidentDelays | undefined {
  if (!Array.isArray(incidents) || incidents.length === 0) return undefined;
  let delay: Float64Array | undefined;
  let delayedBy: (string[] | undefined)[] | undefined;
  for (const incident of incidents as readonly unknown[]) {
    if (typeof incident !== 'object' || incident === null) continue;
    const { id, status, impact, affects } = incident as Record<string, unknown>;
    if (status === 'closed' || !Array.isArray(affects)) continue;
    const days =
      typeof impact === 'object' && impact !== null ? (impact as { scheduleDays?: unknown }).scheduleDays : 0;
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) continue;
    const seen = new Set<number>();
    for (const target of affects as readonly unknown[]) {
      const at = typeof target === 'string' ? index.get(target) : undefined;
      if (at === undefined || seen.has(at)) continue;
      seen.add(at);
      delay ??= new Float64Array(size);
      delayedBy ??= new Array<string[] | undefined>(size).fill(undefined);
      delay[at] = delay[at]! + days;
      const by = delayedBy[at] ?? [];
      by.push(String(id));
      delayedBy[at] = by;
    }
  }
  return delay === undefined || delayedBy === undefined ? undefined : { delay, delayedBy };
}

function prepare(c: Collaboration): Prepared {
  const { milestones, period, start, incidents } = collaborationParts(c);
  const size = milestones.length;
  const due = new Float64Array(size);
  const givenDuration = new Float64Array(size);
  const doneOn = new Float64Array(size);
  // Everything the passes need from a milestone is read while the graph reads its id and prerequisites: one
  // visit per milestone object (at 100,000 milestones, each visit of an object is a cache miss).
  const graph = indices(milestones, ['collaboration', 'milestones'], (m, i) => {
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
    const day = dueDay(dueAt, period);
    due[i] = day;
    givenDuration[i] = typeof durationDays === 'number' ? durationDays : Number.NaN;
    doneOn[i] =
      status !== 'done'
        ? Number.NaN
        : typeof completedOn === 'string' && completedOn
          ? toDayNumber(completedOn)
          : day;
  });
  const { ids, order, prereqOffset, prereqs, cycle } = graph;
  const delays = incidentDelays(incidents, graph.index, size);
  const prepared = {
    source: milestones,
    start,
    ids,
    order,
    due,
    givenDuration,
    doneOn,
    prereqOffset,
    prereqs,
  };
  const withDelays = delays === undefined ? prepared : { ...prepared, delays };
  return cycle ? { ...withDelays, cycle } : withDelays;
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
  const { ids, order, due, givenDuration, prereqOffset, prereqs, cycle } = prepared;
  const start = toDayNumber(prepared.start);
  const n = order.length;
  const duration = new Float64Array(ids.length);
  const earliestFinish = new Float64Array(ids.length);
  let finish = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
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
  const latestFinish = new Float64Array(ids.length).fill(finish);
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k]!;
    const latestStart = latestFinish[i]! - duration[i]!;
    for (let e = prereqOffset[i]!; e < prereqOffset[i + 1]!; e++) {
      const p = prereqs[e]!;
      if (latestStart < latestFinish[p]!) latestFinish[p] = latestStart;
    }
  }
  let lo = start;
  let hi = finish;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (due[i]! < lo) lo = due[i]!;
    if (due[i]! > hi) hi = due[i]!;
  }
  const texts = textsFor(lo, hi, n);
  const milestones = new Array<MilestoneSchedule>(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const totalFloat = latestFinish[i]! - earliestFinish[i]!;
    milestones[k] = {
      id: ids[i]!,
      due: dayText(texts, lo, due[i]!),
      durationDays: duration[i]!,
      earliestStart: dayText(texts, lo, earliestFinish[i]! - duration[i]!),
      earliestFinish: dayText(texts, lo, earliestFinish[i]!),
      latestFinish: dayText(texts, lo, latestFinish[i]!),
      totalFloat,
      critical: totalFloat <= 0,
    };
  }
  // Walk back from the first critical milestone that finishes last, along critical prerequisites that finish
  // exactly when it starts.
  const criticalPath: string[] = [];
  let current = -1;
  for (let k = 0; k < n && current < 0; k++) {
    const i = order[k]!;
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

/**
 * A schedule's durations, when it is a schedule made elsewhere: the `durationDays` of its k-th milestone (NaN if
 * none) for the k-th node of `order`, as many as both have.
 */
/** The cache of the days a pass over `n` milestones shows, from `lo` to `hi`: an array only where it pays. */
function textsFor(lo: number, hi: number, n: number): (string | undefined)[] {
  return dayTexts(lo, hi, n < 64 ? 0 : Math.max(4_096, 4 * n));
}

function durationsOf(
  schedule: unknown,
  order: Int32Array,
  size: number,
): { duration: Float64Array; n: number } {
  const list =
    typeof schedule === 'object' && schedule !== null
      ? (schedule as { milestones?: unknown }).milestones
      : undefined;
  if (!Array.isArray(list)) throw argumentError('invalid_argument', ['schedule'], { kind: 'schedule' });
  const n = Math.min(order.length, list.length);
  const duration = new Float64Array(size);
  for (let k = 0; k < n; k++) {
    const s: unknown = list[k];
    const d =
      typeof s === 'object' && s !== null ? (s as { durationDays?: unknown }).durationDays : undefined;
    duration[order[k]!] = typeof d === 'number' ? d : Number.NaN;
  }
  return { duration, n };
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
  const { ids, order, due, doneOn, prereqOffset, prereqs, delays } = prepared;
  const { duration, n } = fromHere
    ? { duration: planned.duration, n: order.length }
    : durationsOf(schedule, order, ids.length);
  const finishAt = new Float64Array(ids.length);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    let finish = doneOn[i]!;
    if (Number.isNaN(finish)) {
      finish = Number.isFinite(today) ? Math.max(due[i]!, today) : due[i]!;
      for (let e = prereqOffset[i]!; e < prereqOffset[i + 1]!; e++) {
        const f = finishAt[prereqs[e]!]! + duration[i]!;
        if (f > finish) finish = f;
      }
      finish += delays === undefined ? 0 : delays.delay[i]!;
    }
    finishAt[i] = finish;
    lo = Math.min(lo, finish, due[i]!);
    hi = Math.max(hi, finish, due[i]!);
  }
  const texts = textsFor(lo, hi, n);
  const out = new Array<MilestoneForecast>(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const finish = finishAt[i]!;
    const done = !Number.isNaN(doneOn[i]!);
    const by = done || delays === undefined ? undefined : delays.delayedBy[i];
    // Two literals rather than one with a spread: one shape each, and no empty object per milestone.
    out[k] =
      by === undefined
        ? {
            id: ids[i]!,
            due: dayText(texts, lo, due[i]!),
            forecastFinish: dayText(texts, lo, finish),
            slipDays: finish - due[i]!,
            done,
          }
        : {
            id: ids[i]!,
            due: dayText(texts, lo, due[i]!),
            forecastFinish: dayText(texts, lo, finish),
            slipDays: finish - due[i]!,
            done,
            incidentDelayDays: delays!.delay[i]!,
            incidents: [...by],
          };
  }
  return out;
}
