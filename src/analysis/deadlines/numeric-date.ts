// Dates written in digits: 2026-03-31, 2026/3/31, 2026.3.31, 8/1/2014 (month first), 8/1 after a deadline word.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import { integer, isWord, yearNumber } from './read-tokens.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { dateIn, monthDayInYear, monthEndIn } from './resolved-days.js';

function numericDateAt(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
  const a = numberAt(ctx, i);
  if (a?.source !== 'digits' || a.scaled) return undefined;
  const sep = keyAt(ctx, a.end);
  if (sep !== '-' && sep !== '/' && sep !== '.') return undefined;
  const b = numberAt(ctx, a.end + 1);
  if (b?.source !== 'digits' || b.scaled || ctx.tokens[a.end]!.space || ctx.tokens[b.first]!.space) {
    return undefined;
  }
  const c = keyAt(ctx, b.end) === sep && !ctx.tokens[b.end]!.space ? numberAt(ctx, b.end + 1) : undefined;
  const year = yearNumber(a);
  if (year !== undefined) {
    const month = integer(b, 1, 12);
    if (month === undefined) return undefined;
    if (c) {
      const day = integer(c, 1, 31);
      const date = day === undefined ? undefined : dateIn(ctx, year, month, day);
      if (!date) return undefined;
      return { first: i, end: c.end, form: 'date', date, absolute: true };
    }
    if (sep === '.') return undefined;
    return { first: i, end: b.end, form: 'date', date: monthEndIn(ctx, year, month), absolute: true };
  }
  if (sep !== '/' && sep !== '-') return undefined;
  const p = integer(a, 1, 31);
  const q = integer(b, 1, 31);
  if (p === undefined || q === undefined || a.digits > 2 || b.digits > 2) return undefined;
  // Month first, as US dates are written, unless the first number cannot be a month.
  const [month, day] = p > 12 ? [q, p] : [p, q];
  if (month > 12) return undefined;
  if (c) {
    let y = integer(c, 0, 9999);
    if (y === undefined || (c.digits !== 2 && c.digits !== 4)) return undefined;
    if (c.digits === 2) y += 2000;
    const date = dateIn(ctx, y, month, day);
    return date ? { first: i, end: c.end, form: 'date', date, absolute: true } : undefined;
  }
  // 8/1 without a year: only as a deadline (by 8/1, 8/1前), never a fraction or 24/7.
  const marked =
    isWord(ctx, i - 1, 'by', 'before', 'until', 'till', 'on', 'due') || keyAt(ctx, b.end) === '前';
  if (!marked || sep !== '/') return undefined;
  return {
    first: i,
    end: b.end,
    form: 'date',
    date: monthDayInYear(ctx, month, day),
    absolute: true,
  };
}

/**
 * Dates written in digits (form `date`): 2026-03-31, 2026/3/31, 2026.3.31, 2026-03 (the month's end), 8/1/2014 and
 * 8/1/14 (month first, as US dates are written, unless the first number cannot be a month), and 8/1 without a year
 * only after a deadline word (by 8/1, 8/1前), never a fraction or 24/7.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { isoOfDay } from './day-arithmetic.js';
 * import { numericDateRecogniser } from './numeric-date.js';
 *
 * const ctx = createContext('by 8/1/2014', tokenize('by 8/1/2014'), 'en', undefined);
 * const hit = numericDateRecogniser.recognise(ctx, 1, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2014-08-01'
 * ```
 */
export const numericDateRecogniser: DeadlineRecogniser = {
  name: 'numeric-date',
  startsAt: NUMBER_START,
  recognise: numericDateAt,
};
