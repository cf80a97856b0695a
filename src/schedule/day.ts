import { isoDateParts } from '../model/primitives.js';

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
  const parts = isoDateParts(date);
  return parts ? daysFromCivil(parts[0], parts[1], parts[2]) : Number.NaN;
}

// Howard Hinnant's civil-calendar algorithms: integer arithmetic only, no Date objects on hot paths.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

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
  if (!Number.isFinite(day)) return 'Invalid Date';
  // Schedules format the same few thousand days over and over: share the strings instead of allocating anew.
  const cached = formatted.get(day);
  if (cached !== undefined) return cached;
  if (formatted.size >= 50_000) formatted.clear();
  const text = formatDay(day);
  formatted.set(day, text);
  return text;
}

const formatted = new Map<number, string>();

function formatDay(day: number): string {
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${pad2(m)}-${pad2(d)}`;
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
 * @returns The resulting ISO date; `'Invalid Date'` when `date` is not a real ISO date or `days` not a number.
 * @example
 * ```ts
 * addDays('2026-09-30', 1); // '2026-10-01'
 * ```
 */
export function addDays(date: string, days: number): string {
  return fromDayNumber(typeof days === 'number' ? toDayNumber(date) + days : Number.NaN);
}

/**
 * The day of the week of a day number: 0 = Sunday … 6 = Saturday.
 *
 * @param day - A day number.
 * @returns The weekday; `NaN` for anything but a finite number.
 * @example
 * ```ts
 * weekdayOf(toDayNumber('2026-09-01')); // 2 (a Tuesday)
 * ```
 */
export function weekdayOf(day: number): number {
  if (typeof day !== 'number') return Number.NaN;
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}
