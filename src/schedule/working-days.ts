import { argumentError, isCrossdeptError } from '../i18n/argument.js';
import { showError } from '../i18n/show.js';
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
 * re-sorting the lists on every call. List entries that are not real ISO dates are skipped, as they name no day.
 *
 * @param calendar - The collaboration's `calendar` (or nothing, `undefined` or `null`: Monday–Friday only), or a
 *   prepared form (one this function made is returned as it is).
 * @returns The prepared calendar.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `calendar` is not a calendar (text, a list,
 *   `holidays` that is not a list) or cannot be read (a getter or Proxy trap that throws); nothing else.
 * @example
 * ```ts
 * const cal = workCalendar({ holidays: ['2026-10-01'], workdays: ['2026-10-10'] });
 * ```
 */
export function workCalendar(calendar?: Calendar | WorkCalendar): WorkCalendar {
  if (typeof calendar === 'object' && calendar !== null && prepared.has(calendar))
    return calendar as WorkCalendar;
  let lists: { readonly holidays: readonly number[]; readonly workdays: readonly number[] };
  try {
    lists = readCalendar(calendar);
  } catch (error) {
    if (isCrossdeptError(error)) throw error;
    throw argumentError('invalid_argument', ['calendar'], { detail: showError(error) });
  }
  const made = new Set(lists.workdays);
  const holidays = [...new Set(lists.holidays)].filter((d) => !made.has(d) && !isWeekend(d));
  const workdays = [...made].filter(isWeekend);
  const result: WorkCalendar = {
    prepared: true,
    holidays: holidays.sort((a, b) => a - b),
    workdays: workdays.sort((a, b) => a - b),
  };
  prepared.add(result);
  return result;
}

// Calendars this module prepared: trusted as they are. Any other object, prepared-looking or not, is read anew.
const prepared = new WeakSet<object>();

/**
 * Reads a raw or prepared calendar into day-number lists (each list read once); `undefined` and `null` are the
 * empty calendar. Throws `invalid_argument` for anything else that is not a calendar.
 */
function readCalendar(calendar: unknown): {
  readonly holidays: readonly number[];
  readonly workdays: readonly number[];
} {
  if (calendar === undefined || calendar === null) return { holidays: [], workdays: [] };
  if (typeof calendar !== 'object' || Array.isArray(calendar)) {
    throw argumentError('invalid_argument', ['calendar'], { kind: 'calendar' });
  }
  const c = calendar as Record<string, unknown>;
  const ready = c.prepared === true;
  const list = (key: 'holidays' | 'workdays'): readonly number[] => {
    const value = c[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value))
      throw argumentError('invalid_argument', ['calendar', key], { kind: 'calendar' });
    const days: number[] = [];
    for (const item of value as readonly unknown[]) {
      // A prepared form lists day numbers; a raw calendar ISO dates (anything else is no day and is skipped).
      const day = ready ? (typeof item === 'number' ? item : Number.NaN) : toDayNumber(item as string);
      if (Number.isFinite(day)) days.push(Math.floor(day));
    }
    return days;
  };
  return { holidays: list('holidays'), workdays: list('workdays') };
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
 * @throws {@link CrossdeptError} with code `invalid_argument` when `calendar` is not a calendar (see
 *   {@link workCalendar}); nothing else.
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
 * @param calendar - A prepared calendar (a raw one is prepared first).
 * @returns The signed number of working days in (a, b]; `NaN` when `a` or `b` is not a finite number.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `calendar` is not a calendar (see
 *   {@link workCalendar}); nothing else.
 * @example
 * ```ts
 * import { toDayNumber } from './day.js';
 *
 * workdaysBetweenDays(toDayNumber('2026-09-25'), toDayNumber('2026-09-28'), workCalendar()); // 1
 * ```
 */
export function workdaysBetweenDays(a: number, b: number, calendar: WorkCalendar): number {
  const cal = workCalendar(calendar);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.NaN;
  if (b < a) return -between(b, a, cal);
  return between(a, b, cal);
}

/** Working days in (a, b] for finite a ≤ b on a prepared calendar. */
function between(a: number, b: number, calendar: WorkCalendar): number {
  return weekdaysAfterUpTo(a, b) - countIn(calendar.holidays, a, b) + countIn(calendar.workdays, a, b);
}

/**
 * Whether a date is a working day under the calendar.
 *
 * @param date - An ISO date.
 * @param calendar - The collaboration's calendar, raw or prepared.
 * @returns `true` for Monday–Friday that are not holidays, and for make-up workdays.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `calendar` is not a calendar (see
 *   {@link workCalendar}); nothing else.
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

/** The most working days {@link addWorkdays} adds: about 3.8 billion years, far past any calendar. */
const MAX_WORKDAYS = 1e12;

/**
 * The date `n` working days after `date` (the n-th working day after it; `n = 0` returns `date`).
 *
 * @param date - An ISO date.
 * @param n - Working days to add, zero or more (more than 10^12 gives `'Invalid Date'`).
 * @param calendar - The collaboration's calendar, raw or prepared.
 * @returns The ISO date of the n-th working day after `date` (`date` itself when it is not a real ISO date or
 *   `n` is not a number above 0).
 * @throws {@link CrossdeptError} with code `invalid_argument` when `calendar` is not a calendar (see
 *   {@link workCalendar}); nothing else.
 * @example
 * ```ts
 * addWorkdays('2026-09-25', 1); // '2026-09-28' (Friday → Monday)
 * ```
 */
export function addWorkdays(date: string, n: number, calendar?: Calendar | WorkCalendar): string {
  const cal = workCalendar(calendar);
  const start = toDayNumber(date);
  if (!Number.isFinite(start) || typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return date;
  // Past this many working days, day numbers lose whole-day precision and the search below could not step.
  if (n > MAX_WORKDAYS) return fromDayNumber(Number.NaN);
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
