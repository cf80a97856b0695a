import type { Calendar } from '../model/types.js';
import { fromDayNumber, toDayNumber, weekdayOf } from './day.js';

/**
 * A working-day calendar prepared for fast queries: Monday–Friday, minus holidays, plus make-up workdays
 * (a date listed as both is a working day: the make-up wins).
 *
 * @example
 * ```ts
 * const calendar: WorkCalendar = workCalendar({ holidays: ['2026-10-01'], workdays: ['2026-10-10'] });
 * isWorkday('2026-10-10', calendar); // true: a Saturday made a workday
 * ```
 */
export interface WorkCalendar {
  /** Marks the prepared form. */
  readonly prepared: true;
  /** Holiday day numbers that fall on a weekday (so they remove a working day), sorted. */
  readonly holidays: readonly number[];
  /** Make-up workday day numbers that fall on a weekend (so they add one), sorted. */
  readonly workdays: readonly number[];
}

/**
 * Prepares a calendar for {@link workdaysBetween} and {@link isWorkday}; passing the prepared form avoids
 * re-sorting the lists on every call.
 *
 * @param calendar - The collaboration's `calendar` (or nothing: Monday–Friday only).
 * @returns The prepared calendar.
 * @example
 * ```ts
 * const cal = workCalendar({ holidays: ['2026-10-01'], workdays: ['2026-10-10'] });
 * ```
 */
export function workCalendar(calendar?: Calendar | WorkCalendar): WorkCalendar {
  if (calendar && isPrepared(calendar)) return calendar;
  const made = new Set((calendar?.workdays ?? []).map(toDayNumber).filter((d) => Number.isFinite(d)));
  const holidays = [
    ...new Set((calendar?.holidays ?? []).map(toDayNumber).filter((d) => Number.isFinite(d))),
  ].filter((d) => !made.has(d) && !isWeekend(d));
  const workdays = [...made].filter(isWeekend);
  return {
    prepared: true,
    holidays: holidays.sort((a, b) => a - b),
    workdays: workdays.sort((a, b) => a - b),
  };
}

function isPrepared(c: Calendar | WorkCalendar): c is WorkCalendar {
  return 'prepared' in c && c.prepared === true;
}

function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/** Mon–Fri days in (a, b] for a ≤ b, in O(1). */
function weekdaysAfterUpTo(a: number, b: number): number {
  // Count weekdays in [0, x] relative to a fixed origin, then subtract.
  const upTo = (x: number): number => {
    const shifted = x + 3; // day 0 (Thursday) → shift so that index 0 is a Monday: 1970-01-05 is day 4.
    const weeks = Math.floor(shifted / 7);
    const rest = shifted - weeks * 7; // 0..6, 0 = Monday
    return weeks * 5 + Math.min(rest + 1, 5);
  };
  return upTo(b) - upTo(a);
}

/** Count of sorted values in (a, b]. */
function countIn(sorted: readonly number[], a: number, b: number): number {
  const lower = (x: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lower(b) - lower(a);
}

/**
 * Counts the working days after `a` up to and including `b` (Monday–Friday, minus holidays, plus make-up
 * workdays). When `b` precedes `a` the count is negative, so `workdaysBetween(a, b) + workdaysBetween(b, c)` is
 * `workdaysBetween(a, c)` for any three dates. Runs in O(log n) of the calendar's size.
 *
 * @param a - The start date (not counted).
 * @param b - The end date (counted when it is a working day).
 * @param calendar - The collaboration's calendar, raw or prepared with {@link workCalendar}.
 * @returns The number of working days, or `NaN` when a date is not a real ISO date.
 * @example
 * ```ts
 * // 2026-09-28 is a Monday; 10-01, 10-02 are holidays; 10-10 (a Saturday) is a make-up workday.
 * workdaysBetween('2026-09-28', '2026-10-02', { holidays: ['2026-10-01', '2026-10-02'] }); // 2
 * workdaysBetween('2026-10-09', '2026-10-12', { workdays: ['2026-10-10'] }); // 2
 * ```
 */
export function workdaysBetween(a: string, b: string, calendar?: Calendar | WorkCalendar): number {
  return workdaysBetweenDays(toDayNumber(a), toDayNumber(b), workCalendar(calendar));
}

/**
 * {@link workdaysBetween} on day numbers and a prepared calendar.
 *
 * @param a - Start day number (not counted).
 * @param b - End day number (counted).
 * @param calendar - A prepared calendar.
 * @returns The signed number of working days in (a, b].
 * @example
 * ```ts
 * workdaysBetweenDays(toDayNumber('2026-09-25'), toDayNumber('2026-09-28'), workCalendar()); // 1
 * ```
 */
export function workdaysBetweenDays(a: number, b: number, calendar: WorkCalendar): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.NaN;
  if (b < a) return -workdaysBetweenDays(b, a, calendar);
  return weekdaysAfterUpTo(a, b) - countIn(calendar.holidays, a, b) + countIn(calendar.workdays, a, b);
}

/**
 * Whether a date is a working day under the calendar.
 *
 * @param date - An ISO date.
 * @param calendar - The collaboration's calendar, raw or prepared.
 * @returns `true` for Monday–Friday that are not holidays, and for make-up workdays.
 * @example
 * ```ts
 * isWorkday('2026-10-10', { workdays: ['2026-10-10'] }); // true (a make-up Saturday)
 * isWorkday('2026-10-01', { holidays: ['2026-10-01'] }); // false
 * ```
 */
export function isWorkday(date: string, calendar?: Calendar | WorkCalendar): boolean {
  const d = toDayNumber(date);
  return Number.isFinite(d) && workdaysBetweenDays(d - 1, d, workCalendar(calendar)) === 1;
}

/**
 * The date `n` working days after `date` (the n-th working day after it; `n = 0` returns `date`).
 *
 * @param date - An ISO date.
 * @param n - Working days to add, zero or more.
 * @param calendar - The collaboration's calendar, raw or prepared.
 * @returns The ISO date of the n-th working day after `date`.
 * @example
 * ```ts
 * addWorkdays('2026-09-25', 1); // '2026-09-28' (Friday → Monday)
 * ```
 */
export function addWorkdays(date: string, n: number, calendar?: Calendar | WorkCalendar): string {
  const cal = workCalendar(calendar);
  const start = toDayNumber(date);
  if (!Number.isFinite(start) || !Number.isFinite(n) || n <= 0) return date;
  // Working days are at least (5/7 − holidays) dense; step by weeks, then by days.
  let day = start + Math.max(0, Math.floor((n / 5) * 7) - 7);
  let count = workdaysBetweenDays(start, day, cal);
  while (count > n) {
    day -= 7;
    count = workdaysBetweenDays(start, day, cal);
  }
  while (count < n) {
    day++;
    if (workdaysBetweenDays(day - 1, day, cal) === 1) count++;
  }
  while (day > start && workdaysBetweenDays(day - 1, day, cal) === 0) day--;
  return fromDayNumber(day);
}
