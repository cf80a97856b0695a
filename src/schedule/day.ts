import { isIsoDate } from '../model/primitives.js';

const MS_PER_DAY = 86_400_000;

/**
 * Converts an ISO date to its day number: whole days since 1970-01-01 (UTC), so date arithmetic is integer
 * arithmetic and never depends on the host time zone.
 *
 * @param date - An ISO date `YYYY-MM-DD`.
 * @returns The day number, or `NaN` when the text is not a real date.
 * @example
 * ```ts
 * toDayNumber('1970-01-02'); // 1
 * ```
 */
export function toDayNumber(date: string): number {
  if (!isIsoDate(date)) return Number.NaN;
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  );
}

/**
 * Converts a day number back to an ISO date.
 *
 * @param day - Whole days since 1970-01-01.
 * @returns The ISO date `YYYY-MM-DD`.
 * @example
 * ```ts
 * fromDayNumber(20_697); // '2026-09-01'
 * ```
 */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Calendar days from `a` to `b` (negative when `b` is earlier).
 *
 * @param a - An ISO date.
 * @param b - An ISO date.
 * @returns `b − a` in days.
 * @example
 * ```ts
 * daysBetween('2026-09-01', '2026-09-30'); // 29
 * ```
 */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Adds calendar days to an ISO date.
 *
 * @param date - An ISO date.
 * @param days - Days to add (may be negative).
 * @returns The resulting ISO date.
 * @example
 * ```ts
 * addDays('2026-09-30', 1); // '2026-10-01'
 * ```
 */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The day of the week of a day number: 0 = Sunday … 6 = Saturday.
 *
 * @param day - A day number.
 * @returns The weekday.
 * @example
 * ```ts
 * weekdayOf(toDayNumber('2026-09-01')); // 2 (a Tuesday)
 * ```
 */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}
