import { isoDateNumber } from '../model/primitives.js';

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
  const n = isoDateNumber(date);
  return n < 0 ? Number.NaN : daysFromCivil(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
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

/**
 * A cache of the ISO dates of the days from `lo` on, for {@link dayText}: a schedule shows a few thousand
 * distinct days on up to hundreds of thousands of milestones, and an array slot is cheaper to read than a hash
 * map entry. (A plain array and a plain function, not a class: V8 throws away optimized code that inlined a
 * short-lived instance's methods at every garbage collection.)
 *
 * @internal
 * @param lo - The first day of the range.
 * @param hi - The last day of the range (an empty cache when it is before `lo`, or either is not finite).
 * @param limit - At most this many days from `lo` are kept (at most 100,000).
 * @returns An empty slot per day.
 * @example
 * ```ts
 * import { dayText, dayTexts } from './day.js';
 *
 * const texts = dayTexts(20_697, 20_788, 4_096);
 * dayText(texts, 20_697, 20_697); // '2026-09-01'
 * ```
 */
export function dayTexts(lo: number, hi: number, limit: number): (string | undefined)[] {
  const span = Number.isFinite(lo) && Number.isFinite(hi) && hi >= lo ? Math.floor(hi - lo) + 1 : 0;
  const size = Math.min(span, DAY_TEXTS_MAX, limit > 0 ? Math.floor(limit) : 0);
  return new Array<string | undefined>(size).fill(undefined);
}

/**
 * The ISO date of a day number, as {@link fromDayNumber} gives it, kept in `texts` (made by {@link dayTexts}
 * for days from `lo` on) when the day is in its range.
 *
 * @internal
 * @param texts - The cache.
 * @param lo - The first day the cache is for.
 * @param day - A day number.
 * @returns The ISO date (`'Invalid Date'` for a day that is not finite).
 * @example
 * ```ts
 * import { dayText, dayTexts } from './day.js';
 *
 * dayText(dayTexts(0, 10, 64), 0, 1); // '1970-01-02'
 * ```
 */
export function dayText(texts: (string | undefined)[], lo: number, day: number): string {
  const k = day - lo;
  if (!(k >= 0 && k < texts.length && Math.floor(k) === k)) return fromDayNumber(day);
  let text = texts[k];
  if (text === undefined) {
    text = fromDayNumber(day);
    texts[k] = text;
  }
  return text;
}

/** The widest range {@link dayTexts} keeps an array for (about 270 years). */
const DAY_TEXTS_MAX = 100_000;

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
