// Chinese dates: 2026年3月31日, 2026年底, 2026年第三季度, 2026年上半年, 2026财年, 2026年, 3月31日, 8月底, 6月中旬.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import { readQuarter } from './read-quarter.js';
import { integer, yearNumber } from './read-tokens.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { dateIn, monthDayInYear, monthEndIn, quarterEndIn } from './resolved-days.js';

/** Month + optional day or part: 3月31日, 8月底, 6月中旬, 12月份. */
function chineseMonthDay(
  ctx: AnalysisContext,
  j: number,
): { month: number; day?: number; part: 'start' | 'mid' | 'end'; end: number } | undefined {
  const m = numberAt(ctx, j);
  const month = integer(m, 1, 12);
  if (!m || month === undefined || keyAt(ctx, m.end) !== '月') return undefined;
  if (m.source === 'chinese' && keyAt(ctx, m.first) === '两') return undefined;
  let k = m.end + 1;
  const d = numberAt(ctx, k);
  const day = integer(d, 1, 31);
  if (d && day !== undefined && (keyAt(ctx, d.end) === '日' || keyAt(ctx, d.end) === '号')) {
    return { month, day, part: 'end', end: d.end + 1 };
  }
  const a = keyAt(ctx, k);
  const b = keyAt(ctx, k + 1);
  if ((a === '中' || a === '上' || a === '下') && b === '旬') {
    k += 2;
    return { month, ...(a === '中' ? { day: 15 } : a === '上' ? { day: 10 } : {}), part: 'end', end: k };
  }
  if (a === '底' || a === '末') return { month, part: 'end', end: k + 1 };
  if (a === '中') return { month, day: 15, part: 'mid', end: k + 1 };
  if (a === '初') return { month, day: 10, part: 'start', end: k + 1 };
  if (a === '份') return { month, part: 'end', end: k + 1 };
  return { month, part: 'end', end: k };
}

function monthDayDate(
  ctx: AnalysisContext,
  year: number,
  md: { month: number; day?: number },
): number | undefined {
  return md.day === undefined ? monthEndIn(ctx, year, md.month) : dateIn(ctx, year, md.month, md.day);
}

function chineseDateAt(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
  const n = numberAt(ctx, i);
  if (!n) return undefined;
  const year = yearNumber(n);
  if (year !== undefined && keyAt(ctx, n.end) === '财' && keyAt(ctx, n.end + 1) === '年') {
    // 2026财年: the fiscal year, read as the calendar year.
    return { first: i, end: n.end + 2, form: 'date', date: dateIn(ctx, year, 12, 31), absolute: true };
  }
  if (year !== undefined && keyAt(ctx, n.end) === '年') {
    const j = n.end + 1;
    const md = chineseMonthDay(ctx, j);
    if (md) return { first: i, end: md.end, form: 'date', date: monthDayDate(ctx, year, md), absolute: true };
    const q = readQuarter(ctx, j, year);
    if (q) return { first: i, end: q.end, form: 'date', date: quarterEndIn(ctx, year, q.q), absolute: true };
    const a = keyAt(ctx, j);
    const b = keyAt(ctx, j + 1);
    const c = keyAt(ctx, j + 2);
    if ((a === '上' || a === '下') && b === '半' && c === '年') {
      const date = a === '上' ? dateIn(ctx, year, 6, 30) : dateIn(ctx, year, 12, 31);
      return { first: i, end: j + 3, form: 'date', date, absolute: true };
    }
    const yearEnd = dateIn(ctx, year, 12, 31);
    if (a === '底' || a === '末' || a === '内')
      return { first: i, end: j + 1, form: 'date', date: yearEnd, absolute: true };
    if ((a === '年' && (b === '底' || b === '末')) || (a === '全' && b === '年')) {
      return { first: i, end: j + 2, form: 'date', date: yearEnd, absolute: true };
    }
    return { first: i, end: j, form: 'date', date: yearEnd, absolute: true };
  }
  const md = chineseMonthDay(ctx, i);
  if (md)
    return {
      first: i,
      end: md.end,
      form: 'date',
      date: monthDayInYear(ctx, md.month, md.day),
      absolute: true,
    };
  return undefined;
}

/**
 * Chinese dates (form `date`): 2026年3月31日, 2026年底, 2026年第三季度, 2026年上半年, 2026财年, 2026年 (the year's end), and
 * without a year 3月31日, 8月底, 6月中旬 in the reference's year (the next when past).
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { isoOfDay } from './day-arithmetic.js';
 * import { chineseDateRecogniser } from './chinese-date.js';
 *
 * const ctx = createContext('2026年3月31日前完成', tokenize('2026年3月31日前完成'), 'zh-CN', undefined);
 * const hit = chineseDateRecogniser.recognise(ctx, 0, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2026-03-31'
 * ```
 */
export const chineseDateRecogniser: DeadlineRecogniser = {
  name: 'chinese-date',
  startsAt: NUMBER_START,
  recognise: chineseDateAt,
};
