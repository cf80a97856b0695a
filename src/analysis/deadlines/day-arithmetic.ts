// Deadline arithmetic on the schedule's day numbers (whole days since 1970-01-01, src/schedule/day.ts), and
// working days on the schedule's working-day calendar, so a statement's "10个工作日内" ends on the day the
// schedule and the escalation timeboxes would count to. Days are built from the reference the caller gives and
// never from the clock; only years 1–9999 make a date.

import { match } from 'ts-pattern';
import { fromDayNumber, toDayNumber, weekdayOf } from '../../schedule/day.js';
import { addWorkdays, type WorkCalendar } from '../../schedule/working-days.js';
import type { TimeUnit } from '../types.js';

/** The latest year a resolved deadline may fall in; beyond it the deadline is kept but carries no date. */
const MAX_YEAR = 9999;
const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The day number of a calendar date, or `undefined` when year, month and day do not make a real date in years
 * 1–9999.
 *
 * @param year - Four-digit year.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns The day number.
 * @example
 * ```ts
 * import { calendarDay } from './day-arithmetic.js';
 *
 * calendarDay(2026, 2, 30); // undefined
 * calendarDay(2026, 9, 1); // 20697
 * ```
 */
export function calendarDay(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return toDayNumber(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/**
 * Reads an ISO date into its day number.
 *
 * @param iso - `YYYY-MM-DD`.
 * @returns The day number, or `undefined` when the text is not a real ISO date in years 1–9999.
 * @example
 * ```ts
 * import { dayOfIso } from './day-arithmetic.js';
 *
 * dayOfIso('2026-09-01'); // 20697
 * ```
 */
export function dayOfIso(iso: string): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const day = toDayNumber(iso);
  return inRange(day) ? day : undefined;
}

/**
 * Writes a day number as `YYYY-MM-DD`, or `undefined` when there is no day or it falls outside years 1–9999.
 *
 * @param day - The day number.
 * @returns The ISO date.
 * @example
 * ```ts
 * import { isoOfDay } from './day-arithmetic.js';
 *
 * isoOfDay(20_726); // '2026-09-30'
 * ```
 */
export function isoOfDay(day: number | undefined): string | undefined {
  return day !== undefined && inRange(day) ? fromDayNumber(day) : undefined;
}

function inRange(day: number): boolean {
  return Number.isInteger(day) && day >= FIRST_DAY && day <= LAST_DAY;
}

/** A day in range, or `undefined`. */
function checked(day: number | undefined): number | undefined {
  return day !== undefined && inRange(day) ? day : undefined;
}

/** Year, month and day of an in-range day number. */
function partsOf(day: number): readonly [number, number, number] {
  const iso = fromDayNumber(day);
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/**
 * The year of a day number.
 *
 * @param day - An in-range day number.
 * @returns Its year.
 * @example
 * ```ts
 * import { yearOf } from './day-arithmetic.js';
 *
 * yearOf(20_697); // 2026
 * ```
 */
export function yearOf(day: number): number {
  return partsOf(day)[0];
}

/**
 * Whole months added to a day, the day of the month clamped to the target month's last day (2026-01-31 + 1 month
 * is 2026-02-28), as date-fns and the schedule's period-relative due dates do.
 */
function addMonths(day: number, months: number): number | undefined {
  const [y, m] = monthsLater(day, months);
  if (y < 1 || y > MAX_YEAR) return undefined;
  return calendarDay(y, m, Math.min(partsOf(day)[2], daysInMonth(y, m)));
}

/** The year and month `months` months after the month of an in-range day. */
function monthsLater(day: number, months: number): readonly [number, number] {
  const [year, month] = partsOf(day);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  return [y, total - y * 12 + 1];
}

/**
 * The last day of a window of `amount` units that starts on the reference day. Calendar units count the
 * reference day as the first: 3 months from 2026-09-01 end on 2026-11-30, 30 days on 2026-09-30, as the playbook's
 * period does. Fractions of a month count 30 days each (一个半月 = 1 month + 15 days); hours round up to whole
 * days. Working days count as the schedule and the escalation timeboxes do: the N-th working day after the
 * reference, on the collaboration's calendar (holidays out, make-up workdays in).
 *
 * @param reference - The first day of the window, a day number.
 * @param amount - How many units (may be fractional: 半年 = 0.5 year).
 * @param unit - The unit.
 * @param calendar - The working-day calendar, for `workday` windows.
 * @returns The last day, or `undefined` when the window is out of range.
 * @example
 * ```ts
 * import { dayOfIso, isoOfDay, windowEnd } from './day-arithmetic.js';
 * import { workCalendar } from '../../schedule/working-days.js';
 *
 * isoOfDay(windowEnd(dayOfIso('2026-09-01')!, 3, 'month', workCalendar())); // '2026-11-30'
 * isoOfDay(windowEnd(dayOfIso('2026-09-24')!, 10, 'workday', workCalendar())); // '2026-10-08'
 * ```
 */
export function windowEnd(
  reference: number,
  amount: number,
  unit: TimeUnit,
  calendar: WorkCalendar,
): number | undefined {
  if (!Number.isFinite(amount) || amount <= 0 || amount > 10_000) return undefined;
  const days = (n: number): number => reference + Math.max(0, Math.ceil(n) - 1);
  const months = (m: number): number | undefined => {
    const whole = Math.floor(m);
    const start = addMonths(reference, whole);
    return start === undefined ? undefined : start + Math.round((m - whole) * 30) - 1;
  };
  return match<TimeUnit, number | undefined>(unit)
    .with('second', () => checked(days(amount / 86_400)))
    .with('minute', () => checked(days(amount / 1_440)))
    .with('hour', () => checked(days(amount / 24)))
    .with('day', () => checked(days(amount)))
    .with('week', () => checked(days(amount * 7)))
    .with('workday', () => dayOfIso(addWorkdays(fromDayNumber(reference), Math.ceil(amount), calendar)))
    .with('month', () => checked(months(amount)))
    .with('quarter', () => checked(months(amount * 3)))
    .with('year', () => checked(months(amount * 12)))
    .exhaustive();
}

/**
 * The last day of the reference's week (Monday-first), month, quarter or year, `offset` periods later.
 *
 * @param reference - The reference day number.
 * @param unit - Which period.
 * @param offset - 0 for the current period, 1 for the next.
 * @returns The period's last day, or `undefined` out of range.
 * @example
 * ```ts
 * import { dayOfIso, isoOfDay, periodEnd } from './day-arithmetic.js';
 *
 * isoOfDay(periodEnd(dayOfIso('2026-09-10')!, 'quarter', 0)); // '2026-09-30'
 * ```
 */
export function periodEnd(
  reference: number,
  unit: 'week' | 'month' | 'quarter' | 'year',
  offset: number,
): number | undefined {
  return match<typeof unit, number | undefined>(unit)
    .with('week', () => {
      const day = reference + 7 * offset;
      return checked(day + ((7 - weekdayOf(day)) % 7));
    })
    .with('month', () => monthEnd(...monthsLater(reference, offset)))
    .with('quarter', () => {
      const [y, m] = monthsLater(reference, 3 * offset);
      return monthEnd(y, Math.ceil(m / 3) * 3);
    })
    .with('year', () => calendarDay(monthsLater(reference, 12 * offset)[0], 12, 31))
    .exhaustive();
}

/**
 * A date in the reference's year, or the next year when it has already passed: "by June 30" said on 2026-09-01
 * means 2027-06-30. With an explicit `year` that year is used as written.
 *
 * @param reference - The reference day number, or `undefined`.
 * @param build - Builds the candidate day in a given year.
 * @param year - The year the statement names, if any.
 * @returns The day, or `undefined` without a year to use.
 * @example
 * ```ts
 * import { calendarDay, dayOfIso, inYear, isoOfDay } from './day-arithmetic.js';
 *
 * isoOfDay(inYear(dayOfIso('2026-09-01'), (y) => calendarDay(y, 6, 30))); // '2027-06-30'
 * ```
 */
export function inYear(
  reference: number | undefined,
  build: (year: number) => number | undefined,
  year?: number,
): number | undefined {
  if (year !== undefined) return build(year);
  if (reference === undefined) return undefined;
  const current = yearOf(reference);
  const candidate = build(current);
  if (candidate !== undefined && candidate >= reference) return candidate;
  return build(current + 1);
}

/**
 * The last day of a month.
 *
 * @param year - The year.
 * @param month - 1–12.
 * @returns The day number, or `undefined` outside years 1–9999.
 * @example
 * ```ts
 * import { isoOfDay, monthEnd } from './day-arithmetic.js';
 *
 * isoOfDay(monthEnd(2026, 2)); // '2026-02-28'
 * ```
 */
export function monthEnd(year: number, month: number): number | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  return calendarDay(year, month, daysInMonth(year, month));
}

/**
 * The last day of quarter `q` (1–4) of a year.
 *
 * @param year - The year.
 * @param q - The quarter.
 * @returns The day number.
 * @example
 * ```ts
 * import { isoOfDay, quarterEnd } from './day-arithmetic.js';
 *
 * isoOfDay(quarterEnd(2026, 3)); // '2026-09-30'
 * ```
 */
export function quarterEnd(year: number, q: number): number | undefined {
  return Number.isInteger(q) && q >= 1 && q <= 4 ? monthEnd(year, q * 3) : undefined;
}

/**
 * Month N of a period that starts on the reference day, as crossdept's `{ month, part }` due dates read: `start`
 * is its first day, `mid` that day + 14, `end` the day before reference + N months.
 *
 * @param reference - The period start, a day number.
 * @param month - N, from 1.
 * @param part - Which part of the month.
 * @returns The day number.
 * @example
 * ```ts
 * import { dayOfIso, isoOfDay, relativeMonth } from './day-arithmetic.js';
 *
 * isoOfDay(relativeMonth(dayOfIso('2026-09-01')!, 2, 'mid')); // '2026-10-15'
 * ```
 */
export function relativeMonth(
  reference: number,
  month: number,
  part: 'start' | 'mid' | 'end',
): number | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 1200) return undefined;
  if (part === 'end') {
    const next = addMonths(reference, month);
    return next === undefined ? undefined : checked(next - 1);
  }
  const start = addMonths(reference, month - 1);
  if (start === undefined) return undefined;
  return checked(part === 'start' ? start : start + 14);
}

/**
 * The next given weekday on or after the reference day, `weeks` weeks later (本周五 0, 下周五 1).
 *
 * @param reference - The reference day number.
 * @param weekday - ISO weekday, Monday = 1.
 * @param weeks - Extra weeks.
 * @returns The day number, or `undefined` out of range.
 * @example
 * ```ts
 * import { dayOfIso, isoOfDay, nextWeekday } from './day-arithmetic.js';
 *
 * isoOfDay(nextWeekday(dayOfIso('2026-09-01')!, 5, 0)); // '2026-09-04'
 * ```
 */
export function nextWeekday(reference: number, weekday: number, weeks: number): number | undefined {
  const today = weekdayOf(reference) || 7;
  return checked(reference + ((weekday - today + 7) % 7) + 7 * weeks);
}

/**
 * The given day of the reference's month (or of the next month that has it, when it has passed).
 *
 * @param reference - The reference day number.
 * @param day - Day of month.
 * @returns The day number.
 * @example
 * ```ts
 * import { dayOfIso, dayOfMonth, isoOfDay } from './day-arithmetic.js';
 *
 * isoOfDay(dayOfMonth(dayOfIso('2026-09-10')!, 5)); // '2026-10-05'
 * ```
 */
export function dayOfMonth(reference: number, day: number): number | undefined {
  if (!Number.isInteger(day) || day < 1 || day > 31) return undefined;
  for (let k = 0; k < 3; k++) {
    const [y, m] = monthsLater(reference, k);
    const candidate = calendarDay(y, m, day);
    if (candidate !== undefined && candidate >= reference) return candidate;
  }
  return undefined;
}
