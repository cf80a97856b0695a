// The deadline day arithmetic on day numbers agrees with date-fns on local-noon dates (what the analysis used
// before it moved to the schedule's day numbers), and working-day windows agree with the schedule.
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  format,
  setDate,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  dayOfIso,
  dayOfMonth,
  inYear,
  isoOfDay,
  monthEnd,
  nextWeekday,
  periodEnd,
  relativeMonth,
  windowEnd,
} from '../../../src/analysis/deadlines/day-arithmetic.js';
import type { TimeUnit } from '../../../src/analysis/types.js';
import { addWorkdays, workCalendar } from '../../../src/schedule/working-days.js';

const noon = (iso: string): Date => new Date(`${iso}T12:00:00`);
const iso = (date: Date): string => format(date, 'yyyy-MM-dd');

const isoDate = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true })
  .map((d) => format(d, 'yyyy-MM-dd'));

/** date-fns' reading of a window, as the analysis computed it before. */
function dateFnsWindowEnd(reference: string, amount: number, unit: Exclude<TimeUnit, 'workday'>): string {
  const ref = noon(reference);
  const days = (n: number): Date => addDays(ref, Math.max(0, Math.ceil(n) - 1));
  const months = (m: number): Date => {
    const whole = Math.floor(m);
    return addDays(addMonths(ref, whole), Math.round((m - whole) * 30) - 1);
  };
  const ends: Record<typeof unit, () => Date> = {
    second: () => days(amount / 86_400),
    minute: () => days(amount / 1_440),
    hour: () => days(amount / 24),
    day: () => days(amount),
    week: () => days(amount * 7),
    month: () => months(amount),
    quarter: () => months(amount * 3),
    year: () => months(amount * 12),
  };
  return iso(ends[unit]());
}

describe('deadline day arithmetic', () => {
  it('windows end where date-fns says', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constantFrom(0.5, 1.5, 2.5, 0.25)),
        fc.constantFrom(
          ...(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'] as const),
        ),
        (reference, amount, unit) => {
          const end = windowEnd(dayOfIso(reference)!, amount, unit, workCalendar());
          expect(isoOfDay(end)).toBe(dateFnsWindowEnd(reference, amount, unit));
        },
      ),
    );
  });

  it('working-day windows end on the schedule’s N-th working day after the reference', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 400 }), (reference, n) => {
        const calendar = workCalendar({ holidays: [reference], workdays: [] });
        expect(isoOfDay(windowEnd(dayOfIso(reference)!, n, 'workday', calendar))).toBe(
          addWorkdays(reference, n, calendar),
        );
      }),
    );
  });

  it('period ends, months of the period, weekdays and days of the month agree with date-fns', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: -2, max: 3 }),
        fc.integer({ min: 1, max: 24 }),
        (reference, k, n) => {
          const day = dayOfIso(reference)!;
          const ref = noon(reference);
          expect(isoOfDay(periodEnd(day, 'week', k))).toBe(
            iso(endOfWeek(addWeeks(ref, k), { weekStartsOn: 1 })),
          );
          expect(isoOfDay(periodEnd(day, 'month', k))).toBe(iso(endOfMonth(addMonths(ref, k))));
          expect(isoOfDay(periodEnd(day, 'quarter', k))).toBe(iso(endOfQuarter(addMonths(ref, 3 * k))));
          expect(isoOfDay(periodEnd(day, 'year', k))).toBe(iso(endOfYear(addYears(ref, k))));
          expect(isoOfDay(relativeMonth(day, n, 'start'))).toBe(iso(addMonths(ref, n - 1)));
          expect(isoOfDay(relativeMonth(day, n, 'mid'))).toBe(iso(addDays(addMonths(ref, n - 1), 14)));
          expect(isoOfDay(relativeMonth(day, n, 'end'))).toBe(iso(addDays(addMonths(ref, n), -1)));
          const weekday = (n % 7) + 1;
          const today = ref.getDay() === 0 ? 7 : ref.getDay();
          expect(isoOfDay(nextWeekday(day, weekday, k + 2))).toBe(
            iso(addDays(ref, ((weekday - today + 7) % 7) + 7 * (k + 2))),
          );
          const dom = ((n * 5) % 31) + 1;
          let expected: string | undefined;
          for (let m = 0; m < 3 && expected === undefined; m++) {
            const month = addMonths(setDate(ref, 1), m);
            const candidate = calendarDay(month.getFullYear(), month.getMonth() + 1, dom);
            if (candidate !== undefined && candidate >= day) expected = isoOfDay(candidate);
          }
          expect(isoOfDay(dayOfMonth(day, dom))).toBe(expected);
        },
      ),
    );
  });

  it('a date in the year is on or after the reference, and the first such one', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 12 }), (reference, month) => {
        const day = dayOfIso(reference)!;
        const end = inYear(day, (y) => monthEnd(y, month))!;
        expect(end).toBeGreaterThanOrEqual(day);
        expect(end - day).toBeLessThan(366);
      }),
    );
  });

  it('keeps to years 1–9999', () => {
    expect(calendarDay(0, 1, 1)).toBeUndefined();
    expect(calendarDay(10_000, 1, 1)).toBeUndefined();
    expect(isoOfDay(windowEnd(dayOfIso('9999-12-01')!, 2, 'month', workCalendar()))).toBeUndefined();
    expect(isoOfDay(windowEnd(dayOfIso('9999-12-20')!, 20, 'workday', workCalendar()))).toBeUndefined();
    expect(isoOfDay(periodEnd(dayOfIso('9999-12-01')!, 'year', 1))).toBeUndefined();
    expect(dayOfIso('0000-01-01')).toBeUndefined();
    expect(isoOfDay(dayOfIso('0001-01-01'))).toBe('0001-01-01');
  });
});
