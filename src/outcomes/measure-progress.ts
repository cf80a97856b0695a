import type { Collaboration, Measure, MeasureActual } from '../model/types.js';
import { toDayNumber } from '../schedule/day.js';

/**
 * How one goal measure stands at `now`: its `target`, the `latest` actual (and its date `latestOn`), the
 * `attainment` (progress from the baseline toward the target: 0 at the baseline, 1 when the target is reached,
 * above 1 beyond it; for a `decrease` measure, falling values are progress), the value `expectedByNow` (the
 * baseline at `period.start`, the target at the goal deadline, linear in between) and whether it is `onTrack`
 * (behind `expectedByNow` by no more than the tolerance, a share of the distance from baseline to target).
 * Fields that cannot be known are absent: no target, no attainment, no expectation; no actual, no latest.
 *
 * @example
 * ```ts
 * const m: MeasureAttainment = {
 *   metric: '首月销售额', target: 5000000, unit: 'CNY', baseline: 0, direction: 'increase',
 *   latest: 3200000, latestOn: '2026-11-30', attainment: 0.64, expectedByNow: 5000000, onTrack: false,
 * };
 * ```
 */
export interface MeasureAttainment {
  readonly metric: string;
  readonly target?: number;
  readonly unit?: string;
  /** The starting value: the measure's `baseline`, else 0. */
  readonly baseline: number;
  readonly direction: 'increase' | 'decrease';
  /** The value of the actual with the latest date (the last listed of those on that date). */
  readonly latest?: number;
  readonly latestOn?: string;
  readonly attainment?: number;
  readonly expectedByNow?: number;
  readonly onTrack?: boolean;
}

/** The window a goal's measures are expected to move in, as day numbers. */
export interface GoalWindow {
  readonly startDay: number;
  /** The goal deadline, else `period.end`. */
  readonly deadlineDay: number;
}

/** The goal's window: from `period.start` to the goal deadline (or `period.end`). */
export function goalWindow(c: Collaboration): GoalWindow {
  return {
    startDay: toDayNumber(c.period.start),
    deadlineDay: toDayNumber(c.goal?.deadline ?? c.period.end),
  };
}

/** The actual with the latest date; among those on the same date, the last listed. */
export function latestActual(m: Measure): MeasureActual | undefined {
  let latest: MeasureActual | undefined;
  for (const a of m.actuals ?? []) if (latest === undefined || a.on >= latest.on) latest = a;
  return latest;
}

/** The share of the window gone at `nowDay`: 0 before it starts, 1 from the deadline on, linear in between. */
export function elapsedShare(window: GoalWindow, nowDay: number): number {
  const { startDay, deadlineDay } = window;
  if (nowDay >= deadlineDay) return 1;
  if (nowDay <= startDay) return 0;
  return (nowDay - startDay) / (deadlineDay - startDay);
}

/**
 * The progress of `value` from `baseline` toward `target`: (value − baseline) / (target − baseline), which reads
 * the right way round for both directions. When target and baseline coincide, 1 if the value is at or past the
 * target in the measure's direction, else 0.
 */
export function progressOf(value: number, baseline: number, target: number, decrease: boolean): number {
  if (target === baseline) return (decrease ? value <= target : value >= target) ? 1 : 0;
  return (value - baseline) / (target - baseline);
}

/**
 * How far the latest actual is behind the expectation, as a share of the distance from baseline to target
 * (expected share − attainment; negative when ahead). Absent without a target or an actual.
 */
export function behindShare(m: Measure, window: GoalWindow, nowDay: number): number | undefined {
  const latest = latestActual(m);
  if (m.target === undefined || latest === undefined) return undefined;
  const decrease = m.direction === 'decrease';
  const attainment = progressOf(latest.value, m.baseline ?? 0, m.target, decrease);
  return elapsedShare(window, nowDay) - attainment;
}

/**
 * The attainment of one measure at `nowDay` (see {@link MeasureAttainment}); `tolerance` is the share of the
 * distance from baseline to target a measure may lag behind its expectation and still be on track.
 */
export function measureAttainment(
  m: Measure,
  window: GoalWindow,
  nowDay: number,
  tolerance: number,
): MeasureAttainment {
  const baseline = m.baseline ?? 0;
  const direction = m.direction ?? 'increase';
  const latest = latestActual(m);
  const out: { -readonly [K in keyof MeasureAttainment]: MeasureAttainment[K] } = {
    metric: m.metric,
    ...(m.target === undefined ? {} : { target: m.target }),
    ...(m.unit === undefined ? {} : { unit: m.unit }),
    baseline,
    direction,
    ...(latest === undefined ? {} : { latest: latest.value, latestOn: latest.on }),
  };
  if (m.target !== undefined) {
    const share = elapsedShare(window, nowDay);
    out.expectedByNow = baseline + share * (m.target - baseline);
    if (latest !== undefined) {
      out.attainment = progressOf(latest.value, baseline, m.target, direction === 'decrease');
      out.onTrack = m.target === baseline ? out.attainment >= 1 : share - out.attainment <= tolerance;
    }
  }
  return out;
}
