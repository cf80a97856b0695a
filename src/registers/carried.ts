import type { ActionItem, Collaboration } from '../model/types.js';
import { toDayNumber } from '../schedule/day.js';

/**
 * Whether an action item is done at `nowDay`: `done: true`, or a `doneOn` on or before that day when `done` is
 * not set. An explicit `done: false` keeps it open whatever `doneOn` says.
 *
 * @param item - An action item.
 * @param nowDay - The day it is seen from (day number).
 * @returns Whether it is done.
 */
export function isActionDone(item: ActionItem, nowDay: number): boolean {
  if (item.done === true) return true;
  if (item.done === false || item.doneOn === undefined) return false;
  return toDayNumber(item.doneOn) <= nowDay;
}

/**
 * The days meetings were held on, sorted, to count in O(log n) how many were held in a window of days.
 *
 * @param c - A parsed collaboration.
 * @returns The sorted day numbers, one per meeting.
 */
export function meetingDays(c: Collaboration): Float64Array {
  const days = Float64Array.from(c.meetings, (m) => toDayNumber(m.heldOn));
  return days.sort();
}

/** The number of entries of a sorted list that are at most `day`. */
function countAtMost(sorted: Float64Array, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many meetings were held after `raisedDay` and on or before `nowDay`: the meetings an action raised on
 * `raisedDay` has been carried over to by `nowDay` (0 when `nowDay` is not after it).
 *
 * @param sorted - The sorted meeting days of {@link meetingDays}.
 * @param raisedDay - The day of the meeting that raised the action.
 * @param nowDay - Today.
 * @returns The count.
 */
export function meetingsBetween(sorted: Float64Array, raisedDay: number, nowDay: number): number {
  if (!(nowDay > raisedDay)) return 0;
  return countAtMost(sorted, nowDay) - countAtMost(sorted, raisedDay);
}
