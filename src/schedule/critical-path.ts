import type { Collaboration, Milestone } from '../model/types.js';
import { fromDayNumber, toDayNumber } from './day.js';
import { resolveDue } from './due.js';
import { topologicalOrder } from './graph.js';

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

interface Node {
  readonly milestone: Milestone;
  readonly due: number;
  readonly prereqs: readonly number[];
}

/** Resolves due dates and prerequisite indices for the ordered milestones. */
function prepare(c: Collaboration): { nodes: Node[]; cycle?: readonly string[] } {
  const { order, cycle } = topologicalOrder(c.milestones);
  const byId = new Map<string, Milestone>();
  for (const m of c.milestones) if (!byId.has(m.id)) byId.set(m.id, m);
  const position = new Map<string, number>();
  order.forEach((id, i) => position.set(id, i));
  const nodes = order.map((id): Node => {
    const milestone = byId.get(id)!;
    const prereqs = [...new Set(milestone.dependsOn ?? [])]
      .map((d) => position.get(d))
      .filter((p): p is number => p !== undefined);
    return { milestone, due: toDayNumber(resolveDue(milestone.due, c.period)), prereqs };
  });
  return cycle ? { nodes, cycle } : { nodes };
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
 * import { loadCollaboration, scheduleMilestones } from 'crossdept';
 *
 * const parsed = loadCollaboration(text);
 * if (parsed.success) scheduleMilestones(parsed.data).criticalPath; // ['beta', 'cs-training', 'launch']
 * ```
 */
export function scheduleMilestones(c: Collaboration): CriticalPathSchedule {
  const { nodes, cycle } = prepare(c);
  const start = toDayNumber(c.period.start);
  const n = nodes.length;
  const duration = new Array<number>(n);
  const earliestFinish = new Array<number>(n);
  const successors: number[][] = nodes.map(() => []);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    let latestPrereqDue = node.prereqs.length > 0 ? Number.NEGATIVE_INFINITY : start;
    let earliestStart = start;
    for (const p of node.prereqs) {
      successors[p]!.push(i);
      latestPrereqDue = Math.max(latestPrereqDue, nodes[p]!.due);
      earliestStart = Math.max(earliestStart, earliestFinish[p]!);
    }
    duration[i] = node.milestone.durationDays ?? Math.max(0, node.due - latestPrereqDue);
    earliestFinish[i] = earliestStart + duration[i]!;
  }
  let finish = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) finish = Math.max(finish, earliestFinish[i]!);
  const latestFinish = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let lf = finish;
    for (const s of successors[i]!) lf = Math.min(lf, latestFinish[s]! - duration[s]!);
    latestFinish[i] = lf;
  }
  const milestones = nodes.map((node, i): MilestoneSchedule => {
    const totalFloat = latestFinish[i]! - earliestFinish[i]!;
    return {
      id: node.milestone.id,
      due: fromDayNumber(node.due),
      durationDays: duration[i]!,
      earliestStart: fromDayNumber(earliestFinish[i]! - duration[i]!),
      earliestFinish: fromDayNumber(earliestFinish[i]!),
      latestFinish: fromDayNumber(latestFinish[i]!),
      totalFloat,
      critical: totalFloat <= 0,
    };
  });
  // Walk back from the last critical finisher along critical prerequisites that finish when it starts.
  const criticalPath: string[] = [];
  let current = -1;
  for (let i = 0; i < n; i++) {
    if (earliestFinish[i] === finish && latestFinish[i]! - earliestFinish[i]! <= 0) {
      current = i;
      break;
    }
  }
  while (current >= 0) {
    criticalPath.push(nodes[current]!.milestone.id);
    const startsAt = earliestFinish[current]! - duration[current]!;
    let next = -1;
    for (const p of nodes[current]!.prereqs) {
      if (earliestFinish[p] === startsAt && latestFinish[p]! - earliestFinish[p]! <= 0) {
        next = p;
        break;
      }
    }
    current = next;
  }
  criticalPath.reverse();
  return {
    milestones,
    criticalPath,
    ...(n > 0 ? { finish: fromDayNumber(finish) } : {}),
    ...(cycle ? { cycle } : {}),
  };
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
  /** `completedOn` (else the due date) when done; else max(due, prerequisites' forecast + duration, now). */
  readonly forecastFinish: string;
  /** Forecast finish − due date, in calendar days (negative when early). */
  readonly slipDays: number;
  readonly done: boolean;
}

/**
 * Forecasts when each milestone finishes, seen at `now`: a done milestone finishes on `completedOn` (its due
 * date if that is missing); any other on max(its due date, max over prerequisites of their forecast finish + its
 * duration, `now`). Slip = forecast finish − due date. O(V + E); milestones on a cycle are left out.
 *
 * @param c - A parsed collaboration.
 * @param now - The date seen from, ISO.
 * @param schedule - The CPM schedule when already computed (else it is computed).
 * @returns One forecast per scheduled milestone, in topological order.
 * @example
 * ```ts
 * forecastMilestones(collaboration, '2026-11-26').find((f) => f.id === 'launch')?.slipDays; // 0
 * ```
 */
export function forecastMilestones(
  c: Collaboration,
  now: string,
  schedule: CriticalPathSchedule = scheduleMilestones(c),
): MilestoneForecast[] {
  const today = toDayNumber(now);
  const byId = new Map<string, Milestone>();
  for (const m of c.milestones) if (!byId.has(m.id)) byId.set(m.id, m);
  const finishById = new Map<string, number>();
  return schedule.milestones.map((s): MilestoneForecast => {
    const m = byId.get(s.id)!;
    const due = toDayNumber(s.due);
    let finish: number;
    if (m.status === 'done') {
      finish = m.completedOn ? toDayNumber(m.completedOn) : due;
    } else {
      let ready = Number.NEGATIVE_INFINITY;
      for (const d of new Set(m.dependsOn ?? [])) {
        const f = finishById.get(d);
        if (f !== undefined) ready = Math.max(ready, f + s.durationDays);
      }
      finish = Math.max(due, ready, Number.isFinite(today) ? today : due);
    }
    finishById.set(s.id, finish);
    return {
      id: s.id,
      due: s.due,
      forecastFinish: fromDayNumber(finish),
      slipDays: finish - due,
      done: m.status === 'done',
    };
  });
}
