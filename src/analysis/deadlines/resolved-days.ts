// Days the recognisers resolve, each computed once per statement: a long input repeats its dates.
import type { AnalysisContext } from '../context.js';
import { calendarDay, inYear, monthEnd, quarterEnd } from './day-arithmetic.js';

/**
 * A day computed once per statement for each pattern and parameters (long inputs repeat them).
 *
 * @param ctx - The analysis context, which holds the cache.
 * @param key - The pattern and its parameters.
 * @param compute - Computes the day the first time.
 * @returns The day number, or `undefined` when it does not resolve.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { cached } from './resolved-days.js';
 *
 * const ctx = createContext('月底', tokenize('月底'), 'zh-CN', 20_697);
 * cached(ctx, 'x', () => 7); // 7
 * cached(ctx, 'x', () => 8); // 7
 * ```
 */
export function cached(
  ctx: AnalysisContext,
  key: string,
  compute: () => number | undefined,
): number | undefined {
  if (ctx.dates.has(key)) return ctx.dates.get(key);
  const date = compute();
  ctx.dates.set(key, date);
  return date;
}

/**
 * As {@link cached}, keyed by a shared lexicon value instead of a built string.
 *
 * @param ctx - The analysis context.
 * @param key - The lexicon value.
 * @param compute - Computes the day the first time.
 * @returns The day number, or `undefined`.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { cachedBy } from './resolved-days.js';
 *
 * const ctx = createContext('月底', tokenize('月底'), 'zh-CN', 20_697);
 * const entry = {};
 * cachedBy(ctx, entry, () => 7); // 7
 * ```
 */
export function cachedBy(
  ctx: AnalysisContext,
  key: object,
  compute: () => number | undefined,
): number | undefined {
  if (ctx.datesBy.has(key)) return ctx.datesBy.get(key);
  const date = compute();
  ctx.datesBy.set(key, date);
  return date;
}

/**
 * A month and day (the month's last day without one) in the reference's year, rolled forward when past.
 *
 * @param ctx - The analysis context (its reference).
 * @param month - 1–12.
 * @param day - The day of the month, if given.
 * @returns The day number; `undefined` without a reference.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { dayOfIso, isoOfDay } from './day-arithmetic.js';
 * import { monthDayInYear } from './resolved-days.js';
 *
 * const ctx = createContext('6月30日', tokenize('6月30日'), 'zh-CN', dayOfIso('2026-09-01'));
 * isoOfDay(monthDayInYear(ctx, 6, 30)); // '2027-06-30'
 * ```
 */
export function monthDayInYear(
  ctx: AnalysisContext,
  month: number,
  day: number | undefined,
): number | undefined {
  return cached(ctx, `md:${month}:${day}`, () =>
    inYear(ctx.reference, (y) => (day === undefined ? monthEnd(y, month) : calendarDay(y, month, day))),
  );
}

/**
 * An absolute date, memoised.
 *
 * @param ctx - The analysis context.
 * @param year - The year.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns The day number, or `undefined` when it is not a real date.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { isoOfDay } from './day-arithmetic.js';
 * import { dateIn } from './resolved-days.js';
 *
 * const ctx = createContext('', tokenize(''), 'zh-CN', undefined);
 * isoOfDay(dateIn(ctx, 2026, 3, 31)); // '2026-03-31'
 * ```
 */
export function dateIn(ctx: AnalysisContext, year: number, month: number, day: number): number | undefined {
  return cached(ctx, `a:${year}:${month}:${day}`, () => calendarDay(year, month, day));
}

/**
 * The last day of a month, memoised.
 *
 * @param ctx - The analysis context.
 * @param year - The year.
 * @param month - 1–12.
 * @returns The day number.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { isoOfDay } from './day-arithmetic.js';
 * import { monthEndIn } from './resolved-days.js';
 *
 * const ctx = createContext('', tokenize(''), 'zh-CN', undefined);
 * isoOfDay(monthEndIn(ctx, 2026, 2)); // '2026-02-28'
 * ```
 */
export function monthEndIn(ctx: AnalysisContext, year: number, month: number): number | undefined {
  return cached(ctx, `me:${year}:${month}`, () => monthEnd(year, month));
}

/**
 * The last day of a quarter, memoised.
 *
 * @param ctx - The analysis context.
 * @param year - The year.
 * @param q - The quarter, 1–4.
 * @returns The day number.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { isoOfDay } from './day-arithmetic.js';
 * import { quarterEndIn } from './resolved-days.js';
 *
 * const ctx = createContext('', tokenize(''), 'zh-CN', undefined);
 * isoOfDay(quarterEndIn(ctx, 2026, 3)); // '2026-09-30'
 * ```
 */
export function quarterEndIn(ctx: AnalysisContext, year: number, q: number): number | undefined {
  return cached(ctx, `qe:${year}:${q}`, () => quarterEnd(year, q));
}
