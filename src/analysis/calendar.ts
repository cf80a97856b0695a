// Deadline arithmetic with date-fns. Dates are local-time Date objects at noon, as src/schedule does, so a DST
// shift never moves a day; they are built from the reference the caller gives and never from the clock.
import {
  addBusinessDays,
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  isValid,
  setDate,
  startOfDay,
} from 'date-fns';
import { match } from 'ts-pattern';
import { isIsoDate } from '../model/primitives.js';
import type { TimeUnit } from './types.js';

/** The latest year a resolved deadline may fall in; beyond it the deadline is kept but carries no date. */
const MAX_YEAR = 9999;

/**
 * A calendar date at local noon, or `undefined` when year, month and day do not make a real date.
 *
 * @param year - Four-digit year.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns The date.
 * @example
 * ```ts
 * calendarDate(2026, 2, 30); // undefined
 * ```
 */
export function calendarDate(year: number, month: number, day: number): Date | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > MAX_YEAR) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(iso)) return undefined;
  const date = new Date(year, month - 1, day, 12);
  // Years below 100 would be read as 19xx by the Date constructor.
  date.setFullYear(year);
  return date;
}

/**
 * Reads an ISO date into a local-noon date.
 *
 * @param iso - `YYYY-MM-DD`.
 * @returns The date, or `undefined` when the text is not a real ISO date.
 * @example
 * ```ts
 * fromIso('2026-09-01')?.getDate(); // 1
 * ```
 */
export function fromIso(iso: string): Date | undefined {
  if (typeof iso !== 'string' || !isIsoDate(iso)) return undefined;
  return calendarDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * Writes a date as `YYYY-MM-DD`, or `undefined` when it is invalid or outside years 1–9999.
 *
 * @param date - The date.
 * @returns The ISO date.
 * @example
 * ```ts
 * toIso(new Date(2026, 8, 30, 12)); // '2026-09-30'
 * ```
 */
export function toIso(date: Date | undefined): string | undefined {
  if (date === undefined || !isValid(date)) return undefined;
  const y = date.getFullYear();
  if (y < 1 || y > MAX_YEAR) return undefined;
  return `${String(y).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function noon(date: Date): Date {
  const d = startOfDay(date);
  d.setHours(12);
  return d;
}

/**
 * The last day of a window of `amount` units that starts on the reference day, inclusive: 3 months from
 * 2026-09-01 end on 2026-11-30, 30 days on 2026-09-30, as the playbook's period does. Fractions of a month count
 * 30 days each (一个半月 = 1 month + 15 days); hours round up to whole days.
 *
 * @param reference - The first day of the window.
 * @param amount - How many units (may be fractional: 半年 = 0.5 year).
 * @param unit - The unit.
 * @returns The last day, or `undefined` when the window is out of range.
 * @example
 * ```ts
 * toIso(windowEnd(fromIso('2026-09-01')!, 3, 'month')); // '2026-11-30'
 * ```
 */
export function windowEnd(reference: Date, amount: number, unit: TimeUnit): Date | undefined {
  if (!Number.isFinite(amount) || amount <= 0 || amount > 10_000) return undefined;
  const days = (n: number): Date => addDays(reference, Math.max(0, Math.ceil(n) - 1));
  const months = (m: number): Date => {
    const whole = Math.floor(m);
    return addDays(addMonths(reference, whole), Math.round((m - whole) * 30) - 1);
  };
  const end = match<TimeUnit, Date>(unit)
    .with('second', () => days(amount / 86_400))
    .with('minute', () => days(amount / 1_440))
    .with('hour', () => days(amount / 24))
    .with('day', () => days(amount))
    .with('workday', () => addBusinessDays(reference, Math.max(0, Math.ceil(amount) - 1)))
    .with('week', () => days(amount * 7))
    .with('month', () => months(amount))
    .with('quarter', () => months(amount * 3))
    .with('year', () => months(amount * 12))
    .exhaustive();
  return toIso(end) === undefined ? undefined : noon(end);
}

/**
 * The end of the reference's week (Monday-first), month, quarter or year, `offset` periods later.
 *
 * @param reference - The reference day.
 * @param unit - Which period.
 * @param offset - 0 for the current period, 1 for the next.
 * @returns The period's last day.
 * @example
 * ```ts
 * toIso(periodEnd(fromIso('2026-09-10')!, 'quarter', 0)); // '2026-09-30'
 * ```
 */
export function periodEnd(
  reference: Date,
  unit: 'week' | 'month' | 'quarter' | 'year',
  offset: number,
): Date {
  return match(unit)
    .with('week', () => noon(endOfWeek(addWeeks(reference, offset), { weekStartsOn: 1 })))
    .with('month', () => noon(endOfMonth(addMonths(reference, offset))))
    .with('quarter', () => noon(endOfQuarter(addMonths(reference, 3 * offset))))
    .with('year', () => noon(endOfYear(addYears(reference, offset))))
    .exhaustive();
}

/**
 * A date in the reference's year, or the next year when it has already passed: "by June 30" said on 2026-09-01
 * means 2027-06-30. With an explicit `year` that year is used as written.
 *
 * @param reference - The reference day, or `undefined`.
 * @param build - Builds the candidate date in a given year.
 * @param year - The year the statement names, if any.
 * @returns The date, or `undefined` without a year to use.
 * @example
 * ```ts
 * toIso(inYear(fromIso('2026-09-01'), (y) => calendarDate(y, 6, 30))); // '2027-06-30'
 * ```
 */
export function inYear(
  reference: Date | undefined,
  build: (year: number) => Date | undefined,
  year?: number,
): Date | undefined {
  if (year !== undefined) return build(year);
  if (reference === undefined) return undefined;
  const candidate = build(reference.getFullYear());
  if (candidate !== undefined && candidate.getTime() >= noon(reference).getTime()) return candidate;
  return build(reference.getFullYear() + 1);
}

/**
 * The last day of a month.
 *
 * @param year - The year.
 * @param month - 1–12.
 * @returns The date.
 * @example
 * ```ts
 * toIso(monthEnd(2026, 2)); // '2026-02-28'
 * ```
 */
export function monthEnd(year: number, month: number): Date | undefined {
  const first = calendarDate(year, month, 1);
  return first && noon(endOfMonth(first));
}

/**
 * The last day of quarter `q` (1–4) of a year.
 *
 * @param year - The year.
 * @param q - The quarter.
 * @returns The date.
 * @example
 * ```ts
 * toIso(quarterEnd(2026, 3)); // '2026-09-30'
 * ```
 */
export function quarterEnd(year: number, q: number): Date | undefined {
  return Number.isInteger(q) && q >= 1 && q <= 4 ? monthEnd(year, q * 3) : undefined;
}

/**
 * Month N of a period that starts on the reference day, as crossdept's `{ month, part }` due dates read: `start`
 * is its first day, `mid` that day + 14, `end` the day before reference + N months.
 *
 * @param reference - The period start.
 * @param month - N, from 1.
 * @param part - Which part of the month.
 * @returns The date.
 * @example
 * ```ts
 * toIso(relativeMonth(fromIso('2026-09-01')!, 2, 'mid')); // '2026-10-15'
 * ```
 */
export function relativeMonth(
  reference: Date,
  month: number,
  part: 'start' | 'mid' | 'end',
): Date | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 1200) return undefined;
  const start = addMonths(reference, month - 1);
  const date =
    part === 'start' ? start : part === 'mid' ? addDays(start, 14) : addDays(addMonths(reference, month), -1);
  return toIso(date) === undefined ? undefined : noon(date);
}

/**
 * The next given weekday on or after the reference day, `weeks` weeks later (本周五 0, 下周五 1).
 *
 * @param reference - The reference day.
 * @param weekday - ISO weekday, Monday = 1.
 * @param weeks - Extra weeks.
 * @returns The date.
 * @example
 * ```ts
 * toIso(nextWeekday(fromIso('2026-09-01')!, 5, 0)); // '2026-09-04'
 * ```
 */
export function nextWeekday(reference: Date, weekday: number, weeks: number): Date {
  const today = reference.getDay() === 0 ? 7 : reference.getDay();
  return noon(addDays(reference, ((weekday - today + 7) % 7) + 7 * weeks));
}

/**
 * The given day of the reference's month (or the next month when it has passed).
 *
 * @param reference - The reference day.
 * @param day - Day of month.
 * @returns The date.
 * @example
 * ```ts
 * toIso(dayOfMonth(fromIso('2026-09-10')!, 5)); // '2026-10-05'
 * ```
 */
export function dayOfMonth(reference: Date, day: number): Date | undefined {
  if (!Number.isInteger(day) || day < 1 || day > 31) return undefined;
  for (let k = 0; k < 3; k++) {
    const month = addMonths(setDate(reference, 1), k);
    const candidate = calendarDate(month.getFullYear(), month.getMonth() + 1, day);
    if (candidate && candidate.getTime() >= noon(reference).getTime()) return candidate;
  }
  return undefined;
}
