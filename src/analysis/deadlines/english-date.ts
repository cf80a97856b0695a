// English dates: July 2016, December 31, 2025, June 30, 31 March 2026, by July, by 2026, in 2026, FY2026.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import { ORDINAL_SUFFIXES } from '../lexicon/numerals.js';
import { MONTH_NAMES } from '../lexicon/time.js';
import { lookup } from '../lookup.js';
import { FIRST } from '../tries.js';
import { integer, isWord, yearNumber } from './read-tokens.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { dateIn, monthDayInYear, monthEndIn } from './resolved-days.js';

/** Words right before a bare English year that make it a deadline ("by 2026", "in 2026", "end of 2026"). */
const YEAR_MARKERS = ['by', 'in', 'before', 'until', 'till', 'through', 'thru', 'during', 'of', 'for', 'end'];
/** Words right before a bare month name that make it a deadline ("by July", "end of March"). */
const MONTH_MARKERS = [...YEAR_MARKERS, 'early', 'late', 'mid', 'to'];

function englishDateAt(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
  const t = ctx.tokens[i]!;
  if (t.kind === 'word') {
    if (t.key === 'fy' || (t.key === 'fiscal' && !isWord(ctx, i + 1, 'year'))) {
      const n = numberAt(ctx, i + 1);
      let y = n && integer(n, 0, 9999);
      if (n && y !== undefined && (n.digits === 2 || n.digits === 4)) {
        if (n.digits === 2) y += 2000;
        return { first: i, end: n.end, form: 'date', date: dateIn(ctx, y, 12, 31), absolute: true };
      }
      return undefined;
    }
    const month = lookup(MONTH_NAMES, t.key);
    if (month === undefined) return undefined;
    const full = t.key.length > 3 || t.key === 'may';
    if ((!full || t.key === 'may' || t.key === 'march') && !t.capital) return undefined;
    let k = i + 1;
    if (keyAt(ctx, k) === '.' && !full) k++;
    const d = numberAt(ctx, k);
    const day = d && d.source === 'digits' && d.digits <= 2 ? integer(d, 1, 31) : undefined;
    if (d && day !== undefined) {
      k = d.end;
      if (ctx.tokens[k] && !ctx.tokens[k]!.space && lookup(ORDINAL_SUFFIXES, keyAt(ctx, k))) k++;
    }
    let year: number | undefined;
    const y0 = keyAt(ctx, k) === ',' ? k + 1 : k;
    const yn = numberAt(ctx, y0);
    if (yearNumber(yn) !== undefined) {
      year = yearNumber(yn);
      k = yn!.end;
    }
    if (day !== undefined) {
      const date = year !== undefined ? dateIn(ctx, year, month, day) : monthDayInYear(ctx, month, day);
      return { first: i, end: k, form: 'date', date, absolute: true };
    }
    if (year !== undefined)
      return { first: i, end: k, form: 'date', date: monthEndIn(ctx, year, month), absolute: true };
    if (!MONTH_MARKERS.includes(keyAt(ctx, i - 1))) return undefined;
    return { first: i, end: k, form: 'date', date: monthDayInYear(ctx, month, undefined), absolute: true };
  }
  const n = numberAt(ctx, i);
  if (n?.source !== 'digits') return undefined;
  // 31 March 2026, the 31st of March
  const day = n.digits <= 2 ? integer(n, 1, 31) : undefined;
  if (day !== undefined) {
    let k = n.end;
    if (ctx.tokens[k] && !ctx.tokens[k]!.space && lookup(ORDINAL_SUFFIXES, keyAt(ctx, k))) k++;
    if (isWord(ctx, k, 'of')) k++;
    const mt = ctx.tokens[k];
    const month =
      mt && mt.kind === 'word' && (mt.capital || mt.key.length > 3) ? lookup(MONTH_NAMES, mt.key) : undefined;
    if (month === undefined || (mt!.key === 'may' && !mt!.capital)) return undefined;
    k++;
    const yn = numberAt(ctx, k);
    const year = yearNumber(yn);
    if (year !== undefined) k = yn!.end;
    const date = year !== undefined ? dateIn(ctx, year, month, day) : monthDayInYear(ctx, month, day);
    return { first: i, end: k, form: 'date', date, absolute: true };
  }
  const year = yearNumber(n);
  if (year === undefined || year < 1900 || year > 2200 || !YEAR_MARKERS.includes(keyAt(ctx, i - 1)))
    return undefined;
  return { first: i, end: n.end, form: 'date', date: dateIn(ctx, year, 12, 31), absolute: true };
}

/**
 * English dates (form `date`): July 2016, December 31, 2025, June 30 (in the reference's year, the next when
 * past), 31 March 2026, the 31st of March, FY2026 / FY26, and a bare month or year after a deadline word (by July,
 * end of March, by 2026, in 2026). Short or ambiguous month names (Mar, May, March) must be capitalised.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { isoOfDay } from './day-arithmetic.js';
 * import { englishDateRecogniser } from './english-date.js';
 *
 * const ctx = createContext('by December 31, 2025', tokenize('by December 31, 2025'), 'en', undefined);
 * const hit = englishDateRecogniser.recognise(ctx, 1, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2025-12-31'
 * ```
 */
export const englishDateRecogniser: DeadlineRecogniser = {
  name: 'english-date',
  startsAt: NUMBER_START | FIRST.deadline,
  recognise: englishDateAt,
};
