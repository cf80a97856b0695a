import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/schedule/day.js';
import { addWorkdays, isWorkday, workCalendar, workdaysBetween } from '../../src/schedule/working-days.js';
import { isoDateArb } from '../../src/testing/index.js';

const golden = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};

describe('workdaysBetween', () => {
  it('counts Mon–Fri after a up to and including b', () => {
    expect(workdaysBetween('2026-09-25', '2026-09-28')).toBe(1); // Fri → Mon
    expect(workdaysBetween('2026-09-28', '2026-10-02')).toBe(4);
    expect(workdaysBetween('2026-09-28', '2026-09-28')).toBe(0);
    expect(workdaysBetween('2026-09-26', '2026-09-27')).toBe(0); // Sat → Sun
  });

  it('removes holidays and adds make-up workdays', () => {
    expect(workdaysBetween('2026-09-30', '2026-10-09', golden)).toBe(2); // 10-08, 10-09
    expect(workdaysBetween('2026-09-30', '2026-10-10', golden)).toBe(3); // + the make-up Saturday
    expect(workdaysBetween('2026-09-28', '2026-10-12', golden)).toBe(6);
  });

  it('a date that is both holiday and make-up workday counts as a workday', () => {
    expect(
      workdaysBetween('2026-09-30', '2026-10-01', { holidays: ['2026-10-01'], workdays: ['2026-10-01'] }),
    ).toBe(1);
  });

  it('is negative when b precedes a', () => {
    expect(workdaysBetween('2026-10-02', '2026-09-28')).toBe(-4);
  });

  it('returns NaN for an invalid date instead of throwing', () => {
    expect(workdaysBetween('2026-02-30', '2026-03-01')).toBeNaN();
  });

  it('agrees with day-by-day counting (property)', () => {
    fc.assert(
      fc.property(
        isoDateArb('2024-01-01', '2027-12-31'),
        fc.integer({ min: 0, max: 120 }),
        fc.uniqueArray(isoDateArb('2024-01-01', '2028-06-30'), { maxLength: 20 }),
        fc.uniqueArray(isoDateArb('2024-01-01', '2028-06-30'), { maxLength: 5 }),
        (a, span, holidays, workdays) => {
          const cal = { holidays, workdays };
          let expected = 0;
          for (let i = 1; i <= span; i++) {
            const d = addDays(a, i);
            const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
            const working = workdays.includes(d) || (weekday !== 0 && weekday !== 6 && !holidays.includes(d));
            if (working) expected++;
          }
          expect(workdaysBetween(a, addDays(a, span), cal)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is additive: wd(a,b) + wd(b,c) = wd(a,c) for a ≤ b ≤ c (property)', () => {
    fc.assert(
      fc.property(
        fc.array(isoDateArb(), { minLength: 3, maxLength: 3 }),
        fc.uniqueArray(isoDateArb(), { maxLength: 30 }),
        fc.uniqueArray(isoDateArb(), { maxLength: 10 }),
        (dates, holidays, workdays) => {
          const [a, b, c] = [...dates].sort() as [string, string, string];
          const cal = workCalendar({ holidays, workdays });
          expect(workdaysBetween(a, b, cal) + workdaysBetween(b, c, cal)).toBe(workdaysBetween(a, c, cal));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('isWorkday and addWorkdays', () => {
  it('knows weekends, holidays and make-up days', () => {
    expect(isWorkday('2026-10-10', golden)).toBe(true);
    expect(isWorkday('2026-10-11', golden)).toBe(false);
    expect(isWorkday('2026-10-01', golden)).toBe(false);
    expect(isWorkday('2026-10-08', golden)).toBe(true);
  });

  it('finds the n-th working day after a date', () => {
    expect(addWorkdays('2026-09-25', 1)).toBe('2026-09-28');
    expect(addWorkdays('2026-09-30', 5, golden)).toBe('2026-10-13');
    expect(addWorkdays('2026-09-30', 0, golden)).toBe('2026-09-30');
  });

  it('is the inverse of workdaysBetween (property)', () => {
    fc.assert(
      fc.property(
        isoDateArb(),
        fc.integer({ min: 1, max: 200 }),
        fc.uniqueArray(isoDateArb(), { maxLength: 30 }),
        (a, n, holidays) => {
          const cal = workCalendar({ holidays });
          const b = addWorkdays(a, n, cal);
          expect(workdaysBetween(a, b, cal)).toBe(n);
          expect(isWorkday(b, cal)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
