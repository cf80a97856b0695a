// Time-bound: deadlines, windows and periods. A left-to-right scan tries a fixed list of patterns at each free
// token; every pattern looks ahead a bounded number of tokens, so the scan is linear.
import {
  calendarDate,
  dayOfMonth,
  inYear,
  monthEnd,
  nextWeekday,
  periodEnd,
  quarterEnd,
  relativeMonth,
  toIso,
  windowEnd,
} from './calendar.js';
import {
  type AnalysisContext,
  CLAIM,
  claimTokens,
  keyAt,
  type Mutable,
  numberAt,
  sameClause,
  spanOf,
} from './context.js';
import { ENGLISH_ORDINALS, ORDINAL_SUFFIXES } from './lexicon/numerals.js';
import { MONTH_NAMES, SHORT_TIME_UNITS } from './lexicon/time.js';
import { lookup } from './lookup.js';
import type { NumberSpan } from './numbers.js';
import { matchAt, matchBefore } from './phrase-trie.js';
import type { Signals } from './signals.js';
import {
  baselineAfterTrie,
  baselineBeforeTrie,
  deadlineAfterTrie,
  deadlineBeforeTrie,
  FIRST,
  relativeTimeTrie,
  unitTrie,
  weekdayTrie,
  windowAfterTrie,
  windowBeforeTrie,
} from './tries.js';
import type { DeadlineEvidence, DeadlineForm, TimeUnit } from './types.js';

/** A pattern's match: tokens `[first, end)`, what it means, and whether a baseline word may cancel it. */
interface Hit {
  readonly first: number;
  readonly end: number;
  readonly form: DeadlineForm;
  readonly date: Date | undefined;
  readonly amount?: number;
  readonly unit?: TimeUnit;
  /** Absolute years and dates can be baselines ("compared to 2024", 在2025年基础上); windows cannot. */
  readonly absolute?: boolean;
  /** A relative phrase that only consumes its tokens (去年, last year). */
  readonly baseline?: boolean;
}

/** Words right before a bare English year that make it a deadline ("by 2026", "in 2026", "end of 2026"). */
const YEAR_MARKERS = ['by', 'in', 'before', 'until', 'till', 'through', 'thru', 'during', 'of', 'for', 'end'];
/** Words right before a bare month name that make it a deadline ("by July", "end of March"). */
const MONTH_MARKERS = [...YEAR_MARKERS, 'early', 'late', 'mid', 'to'];

function unreachable(value: never): never {
  throw new Error(`unexpected ${String(value)}`);
}

/** A date computed once per statement for each pattern and parameters (date-fns allocates; inputs repeat). */
function cached(ctx: AnalysisContext, key: string, compute: () => Date | undefined): Date | undefined {
  if (ctx.dates.has(key)) return ctx.dates.get(key);
  const date = compute();
  ctx.dates.set(key, date);
  return date;
}

/** As {@link cached}, keyed by a shared lexicon value instead of a built string. */
function cachedBy(ctx: AnalysisContext, key: object, compute: () => Date | undefined): Date | undefined {
  if (ctx.datesBy.has(key)) return ctx.datesBy.get(key);
  const date = compute();
  ctx.datesBy.set(key, date);
  return date;
}

/** A month and day in the reference's year, rolled forward when past. */
function monthDayInYear(ctx: AnalysisContext, month: number, day: number | undefined): Date | undefined {
  return cached(ctx, `md:${month}:${day}`, () =>
    inYear(ctx.reference, (y) => (day === undefined ? monthEnd(y, month) : calendarDate(y, month, day))),
  );
}

/** An absolute date, memoised (a long input may repeat it). */
function dateIn(ctx: AnalysisContext, year: number, month: number, day: number): Date | undefined {
  return cached(ctx, `a:${year}:${month}:${day}`, () => calendarDate(year, month, day));
}

function monthEndIn(ctx: AnalysisContext, year: number, month: number): Date | undefined {
  return cached(ctx, `me:${year}:${month}`, () => monthEnd(year, month));
}

function quarterEndIn(ctx: AnalysisContext, year: number, q: number): Date | undefined {
  return cached(ctx, `qe:${year}:${q}`, () => quarterEnd(year, q));
}

function integer(n: NumberSpan | undefined, min: number, max: number): number | undefined {
  if (!n || !Number.isInteger(n.value) || n.scaled || n.value < min || n.value > max) return undefined;
  return n.value;
}

function yearNumber(n: NumberSpan | undefined): number | undefined {
  if (!n) return undefined;
  if (n.source === 'digits' && n.digits === 4) return integer(n, 1000, 9999);
  return undefined;
}

function isWord(ctx: AnalysisContext, i: number, ...words: string[]): boolean {
  return words.includes(keyAt(ctx, i));
}

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
): Date | undefined {
  return md.day === undefined ? monthEndIn(ctx, year, md.month) : dateIn(ctx, year, md.month, md.day);
}

/** Q3, Q3 2026, 第三季度, 3季度, 一季度, the third quarter (of 2026). */
function quarterAt(
  ctx: AnalysisContext,
  j: number,
  year: number | undefined,
): { q: number; year: number | undefined; end: number } | undefined {
  const t = ctx.tokens[j];
  if (!t) return undefined;
  let q: number | undefined;
  let k = j;
  if ((t.key === 'q' || t.key === 'fyq') && t.kind === 'word') {
    const n = numberAt(ctx, j + 1);
    if (n && !ctx.tokens[j + 1]!.space) {
      q = integer(n, 1, 4);
      k = n.end;
    }
  } else if (t.key === '第') {
    const n = numberAt(ctx, j + 1);
    if (n && keyAt(ctx, n.end) === '季' && keyAt(ctx, n.end + 1) === '度') {
      q = integer(n, 1, 4);
      k = n.end + 2;
    }
  } else if (t.kind === 'han' || t.kind === 'num') {
    const n = numberAt(ctx, j);
    if (n && keyAt(ctx, n.end) === '季' && keyAt(ctx, n.end + 1) === '度') {
      q = integer(n, 1, 4);
      k = n.end + 2;
    }
  } else if (t.kind === 'word') {
    // the third quarter
    const ordinal = lookup(ENGLISH_ORDINALS, t.key);
    if (ordinal !== undefined && ordinal <= 4 && keyAt(ctx, j + 1) === 'quarter') {
      q = ordinal;
      k = j + 2;
    }
  }
  if (t.kind === 'num' && q === undefined) {
    // 3rd quarter
    const n = numberAt(ctx, j);
    const suffix = ctx.tokens[j + 1];
    if (
      n &&
      suffix &&
      !suffix.space &&
      lookup(ORDINAL_SUFFIXES, suffix.key) &&
      keyAt(ctx, j + 2) === 'quarter'
    ) {
      q = integer(n, 1, 4);
      k = j + 3;
    }
  }
  if (q === undefined) return undefined;
  let y = year;
  if (y === undefined) {
    // Q3 2026, the third quarter of 2026, Q3 FY2026
    let m = k;
    if (isWord(ctx, m, 'of')) m++;
    if (isWord(ctx, m, 'fy')) m++;
    const after = yearNumber(numberAt(ctx, m));
    if (after !== undefined && sameClause(ctx, k, m)) {
      y = after;
      k = numberAt(ctx, m)!.end;
    } else if (isWord(ctx, k, 'of') && isWord(ctx, k + 1, 'the', 'this') && isWord(ctx, k + 2, 'year')) {
      k += 3;
    }
  }
  return { q, year: y, end: k };
}

/** Recurring deadlines: 每月5日前, 每周五前, by the 5th of each month, each month by the 5th. */
function recurringAt(ctx: AnalysisContext, i: number): Hit | undefined {
  const key = keyAt(ctx, i);
  if (key === '每') {
    let k = i + 1;
    if (keyAt(ctx, k) === '个') k++;
    const unit = keyAt(ctx, k);
    const weekday = matchAt(weekdayTrie(), ctx.tokens, k);
    if (weekday) k = weekday.end;
    else if (unit === '季' && keyAt(ctx, k + 1) === '度') k += 2;
    else if (unit === '星' && keyAt(ctx, k + 1) === '期') k += 2;
    else if (unit === '月' || unit === '周' || unit === '年' || unit === '天') k++;
    else return undefined;
    if (keyAt(ctx, k) === '的') k++;
    const d = numberAt(ctx, k);
    let dated = false;
    if (d && integer(d, 1, 31) !== undefined && (keyAt(ctx, d.end) === '日' || keyAt(ctx, d.end) === '号')) {
      k = d.end + 1;
      dated = true;
    } else if (keyAt(ctx, k) === '底' || keyAt(ctx, k) === '末') {
      // 每月底, 每季度末: the end of each period is itself the deadline.
      k++;
      dated = true;
    } else {
      const wd = matchAt(weekdayTrie(), ctx.tokens, k);
      if (wd) k = wd.end;
    }
    const close = matchAt(deadlineAfterTrie(), ctx.tokens, k);
    const closes = close !== undefined && !['内', '里', '时'].includes(keyAt(ctx, k));
    if (!closes && !dated) return undefined;
    return { first: i, end: closes ? close.end : k, form: 'recurring', date: undefined };
  }
  // by the 5th of each month
  let k = i;
  const n = numberAt(ctx, k);
  let ordinal: number | undefined;
  if (n && ctx.tokens[n.end] && !ctx.tokens[n.end]!.space && lookup(ORDINAL_SUFFIXES, keyAt(ctx, n.end))) {
    ordinal = integer(n, 1, 31);
    k = n.end + 1;
  } else if (ctx.tokens[k]?.kind === 'word') {
    ordinal = lookup(ENGLISH_ORDINALS, key);
    k++;
  }
  if (ordinal !== undefined) {
    if (isWord(ctx, k, 'day', 'business', 'working')) k++;
    if (isWord(ctx, k, 'day', 'days')) k++;
    if (
      isWord(ctx, k, 'of') &&
      isWord(ctx, k + 1, 'each', 'every') &&
      isWord(ctx, k + 2, 'month', 'quarter', 'week')
    ) {
      return { first: i, end: k + 3, form: 'recurring', date: undefined };
    }
    return undefined;
  }
  // each month by the 5th / every Friday by noon
  if ((key === 'each' || key === 'every') && isWord(ctx, i + 1, 'month', 'week', 'quarter', 'year')) {
    if (isWord(ctx, i + 2, 'by', 'before') && isWord(ctx, i + 3, 'the')) {
      const d = numberAt(ctx, i + 4);
      if (d && integer(d, 1, 31) !== undefined) {
        const end = lookup(ORDINAL_SUFFIXES, keyAt(ctx, d.end)) ? d.end + 1 : d.end;
        return { first: i, end, form: 'recurring', date: undefined };
      }
    }
  }
  return undefined;
}

/** 2026-03-31, 2026/3/31, 2026.3.31, 8/1/2014 (month first), 8/1 after a deadline word. */
function numericDateAt(ctx: AnalysisContext, i: number): Hit | undefined {
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

/** 2026年3月31日, 2026年底, 2026年第三季度, 2026年上半年, 2026年, 3月31日, 8月底. */
function chineseDateAt(ctx: AnalysisContext, i: number): Hit | undefined {
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
    const q = quarterAt(ctx, j, year);
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

/** Q3 / 第三季度 / the third quarter, with the reference's year (rolled forward) when none is written. */
function quarterHit(ctx: AnalysisContext, i: number): Hit | undefined {
  const q = quarterAt(ctx, i, undefined);
  if (!q) return undefined;
  const date =
    q.year !== undefined
      ? quarterEndIn(ctx, q.year, q.q)
      : cached(ctx, `q:${q.q}`, () => inYear(ctx.reference, (y) => quarterEndIn(ctx, y, q.q)));
  return { first: i, end: q.end, form: 'date', date, absolute: q.year !== undefined };
}

/** H1 / H2 (2026). */
function halfHit(ctx: AnalysisContext, i: number): Hit | undefined {
  if (keyAt(ctx, i) !== 'h' || ctx.tokens[i]!.kind !== 'word') return undefined;
  const n = numberAt(ctx, i + 1);
  const half = integer(n, 1, 2);
  if (!n || half === undefined || ctx.tokens[i + 1]!.space) return undefined;
  const after = yearNumber(numberAt(ctx, n.end));
  const build = (y: number): Date | undefined =>
    half === 1 ? dateIn(ctx, y, 6, 30) : dateIn(ctx, y, 12, 31);
  if (after !== undefined)
    return { first: i, end: numberAt(ctx, n.end)!.end, form: 'date', date: build(after) };
  return {
    first: i,
    end: n.end,
    form: 'relative',
    date: ctx.reference && build(ctx.reference.getFullYear()),
  };
}

/** 第二个月中旬, 第一个月底, month 3: month N of the period that starts on the reference day. */
function relativeMonthHit(ctx: AnalysisContext, i: number): Hit | undefined {
  let n: NumberSpan | undefined;
  let k: number;
  if (keyAt(ctx, i) === '第') {
    n = numberAt(ctx, i + 1);
    if (!n || keyAt(ctx, n.end) !== '个' || keyAt(ctx, n.end + 1) !== '月') return undefined;
    k = n.end + 2;
  } else if (keyAt(ctx, i) === 'month' && !isWord(ctx, i - 1, 'per', 'a', 'each', 'every')) {
    n = numberAt(ctx, i + 1);
    if (n?.source !== 'digits') return undefined;
    k = n.end;
  } else {
    return undefined;
  }
  const month = integer(n, 1, 120);
  if (month === undefined) return undefined;
  let part: 'start' | 'mid' | 'end' = 'end';
  const a = keyAt(ctx, k);
  const b = keyAt(ctx, k + 1);
  if ((a === '中' || a === '上' || a === '下') && b === '旬') {
    part = a === '中' ? 'mid' : a === '上' ? 'start' : 'end';
    k += 2;
  } else if (a === '底' || a === '末') {
    k++;
  } else if (a === '中') {
    part = 'mid';
    k++;
  } else if (a === '初') {
    part = 'start';
    k++;
  }
  const ref = ctx.reference;
  const date = ref && cached(ctx, `rm:${month}:${part}`, () => relativeMonth(ref, month, part));
  return { first: i, end: k, form: 'relative', date };
}

/** Within three months, in the next 30 days, over the next year, 3个月内, 未来六个月, 用两周时间. */
function windowHit(ctx: AnalysisContext, signals: Signals, i: number): Hit | undefined {
  const { tokens } = ctx;
  const marker = matchAt(windowBeforeTrie(), tokens, i);
  let k = marker ? marker.end : i;
  let implicit = marker?.value.implicit ?? false;
  if (marker) {
    if (isWord(ctx, k, 'the', 'their', 'its', 'our', 'my', 'your')) k++;
    if (isWord(ctx, k, 'next', 'coming', 'following', 'first', 'upcoming')) {
      implicit = implicit || k > marker.end || marker.end - i === 1;
      k++;
    }
  }
  let amount: number | undefined;
  let n = numberAt(ctx, k);
  if (n && (n.source !== 'digits' || Number.isFinite(n.value))) {
    amount = n.value;
    k = n.end;
  } else if (marker && isWord(ctx, k, 'a', 'an')) {
    amount = 1;
    k++;
    n = undefined;
  } else if (marker && implicit) {
    amount = 1;
  }
  if (amount === undefined) return undefined;
  const u = matchAt(unitTrie(), tokens, k);
  if (u?.value.category !== 'duration' || u.value.time === undefined) return undefined;
  const unit = u.value.time;
  if (u.value.unit === 'month' && keyAt(ctx, k) === '个' && keyAt(ctx, k + 1) === '半') amount += 0.5;
  // 2026年 is a year, handled elsewhere; "3年" is a duration.
  if (unit === 'year' && n && n.source === 'digits' && n.digits === 4) return undefined;
  let end = u.end;
  const after = matchAt(windowAfterTrie(), tokens, end);
  if (!marker) {
    // Chinese order: the number comes first and a closing word (内, 以内) makes it a window.
    if (!after) return undefined;
    const before = signals.cueEndingAt.get(i - 1);
    if (signals.to[i - 1] || (before && before.direction !== 'increase' && before.direction !== 'decrease')) {
      return undefined;
    }
    end = after.end;
  } else if (after && tokens[i]!.kind === 'han') {
    end = after.end;
  }
  const markerWord = marker ? keyAt(ctx, i) : '内';
  const short = SHORT_TIME_UNITS.includes(unit);
  const serviceLevel = signals.serviceLevelClauses.has(ctx.clause[i]!);
  if (short && !['within', 'in', 'inside', '内', '用', '花'].includes(markerWord)) return undefined;
  if ((short || unit === 'day' || unit === 'workday') && serviceLevel) return undefined;
  const ref = ctx.reference;
  const span = amount;
  const date = ref && cached(ctx, `w:${span}:${unit}`, () => windowEnd(ref, span, unit));
  return { first: i, end, form: 'within', date, amount, unit };
}

/** July 2016, December 31, 2025, June 30, 31 March 2026, by July, by 2026, in 2026, FY2026. */
function englishDateAt(ctx: AnalysisContext, i: number): Hit | undefined {
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

/** By Friday, 本周五前, 下周一前. */
function weekdayHit(ctx: AnalysisContext, i: number): Hit | undefined {
  let k = i;
  let weeks = 0;
  const lead = keyAt(ctx, k);
  if (lead === '本' || lead === '这') k++;
  else if (lead === '下') {
    weeks = 1;
    k++;
  } else if (lead === 'next') {
    weeks = 1;
    k++;
  }
  const wd = matchAt(weekdayTrie(), ctx.tokens, k);
  if (!wd) return undefined;
  const english = ctx.tokens[k]!.kind === 'word';
  if (english && !isWord(ctx, i - 1, 'by', 'before', 'until', 'on', 'till') && k === i) return undefined;
  if (!english && !['前', '之', '以'].includes(keyAt(ctx, wd.end))) return undefined;
  const ref = ctx.reference;
  const date = ref && cached(ctx, `wd:${wd.value}:${weeks}`, () => nextWeekday(ref, wd.value, weeks));
  return { first: i, end: wd.end, form: 'relative', date };
}

/** 月底, 今年, 本季度, 下个月, 上半年, 首月, 国庆, this quarter, next month, year-end, last year (baseline). */
function relativeHit(ctx: AnalysisContext, i: number): Hit | undefined {
  const m = matchAt(relativeTimeTrie(), ctx.tokens, i);
  if (!m) return undefined;
  // "the end of month 1" is month 1 of the period, read at "month".
  if (keyAt(ctx, m.end - 1) === 'month' && numberAt(ctx, m.end)?.source === 'digits') return undefined;
  const ref = ctx.reference;
  const meaning = m.value;
  // A plain switch, not ts-pattern: this runs once per relative phrase, tens of thousands of times on long input,
  // and match() allocates per call. The `never` default keeps it exhaustive.
  switch (meaning.kind) {
    case 'baseline':
      return { first: i, end: m.end, form: 'relative', date: undefined, baseline: true };
    case 'end-of': {
      const date = ref && cachedBy(ctx, meaning, () => periodEnd(ref, meaning.unit, meaning.offset));
      return { first: i, end: m.end, form: 'relative', date };
    }
    case 'half': {
      let k = m.end;
      if (isWord(ctx, k, 'of')) k++;
      const y = yearNumber(numberAt(ctx, k));
      const build = (year: number): Date | undefined =>
        meaning.half === 1 ? dateIn(ctx, year, 6, 30) : dateIn(ctx, year, 12, 31);
      if (y !== undefined)
        return { first: i, end: numberAt(ctx, k)!.end, form: 'date', date: build(y), absolute: true };
      const date = ref && cachedBy(ctx, meaning, () => build(ref.getFullYear()));
      return { first: i, end: m.end, form: 'relative', date };
    }
    case 'day': {
      const date = ref && cachedBy(ctx, meaning, () => windowEnd(ref, meaning.offset + 1, 'day'));
      return { first: i, end: m.end, form: 'relative', date };
    }
    case 'event': {
      const { month, day } = meaning;
      const date = month !== undefined && day !== undefined ? monthDayInYear(ctx, month, day) : undefined;
      return { first: i, end: m.end, form: 'event', date };
    }
    default:
      return unreachable(meaning);
  }
}

function dayOfMonthHit(ctx: AnalysisContext, i: number): Hit | undefined {
  // 15日前 / 15号前 on its own: the 15th of the reference month (or the next).
  const n = numberAt(ctx, i);
  const day = integer(n, 1, 31);
  if (!n || day === undefined || (keyAt(ctx, n.end) !== '日' && keyAt(ctx, n.end) !== '号')) return undefined;
  if (!['前', '之', '以'].includes(keyAt(ctx, n.end + 1))) return undefined;
  if (keyAt(ctx, n.end) === '日' && keyAt(ctx, n.end + 1) === '内') return undefined;
  const ref = ctx.reference;
  return {
    first: i,
    end: n.end + 1,
    form: 'date',
    date: ref && cached(ctx, `dm:${day}`, () => dayOfMonth(ref, day)),
  };
}

/** The patterns in order of precedence, each tried only where its first token can start it. */
function tryAt(ctx: AnalysisContext, signals: Signals, i: number): Hit | undefined {
  const mask = ctx.mask[i]!;
  const num = ctx.numberStartingAt[i] !== -1;
  const word = num || (mask & FIRST.deadline) !== 0;
  return (
    (word ? recurringAt(ctx, i) : undefined) ??
    (num ? (numericDateAt(ctx, i) ?? chineseDateAt(ctx, i)) : undefined) ??
    (word ? (quarterHit(ctx, i) ?? halfHit(ctx, i) ?? relativeMonthHit(ctx, i)) : undefined) ??
    (num || mask & FIRST.window ? windowHit(ctx, signals, i) : undefined) ??
    (word ? englishDateAt(ctx, i) : undefined) ??
    (mask & (FIRST.weekday | FIRST.deadline) ? weekdayHit(ctx, i) : undefined) ??
    (mask & FIRST.relative ? relativeHit(ctx, i) : undefined) ??
    (num ? dayOfMonthHit(ctx, i) : undefined)
  );
}

function isBaseline(ctx: AnalysisContext, hit: Hit): boolean {
  const before = matchBefore(baselineBeforeTrie(), ctx.tokens, hit.first);
  // "no later than March 15" ends in "than" but is a deadline marker.
  const marker = matchBefore(deadlineBeforeTrie(), ctx.tokens, hit.first);
  if (before && marker && marker.end < before.end) return false;
  if (before && sameClause(ctx, before.end, hit.first)) return true;
  const after = matchAt(baselineAfterTrie(), ctx.tokens, hit.end);
  return after !== undefined;
}

/**
 * Finds the deadlines, windows and periods of a statement and claims their tokens, so that "3个月" in "3个月内" is
 * never also read as a quantity. Baselines (去年, compared to 2024, 在2025年基础上) are claimed without evidence.
 * Dates resolve against `ctx.reference` when given; absolute dates with their year always resolve.
 *
 * @param ctx - The analysis context.
 * @param signals - The word signals (for service levels and comparators).
 * @returns The deadline evidence, in statement order.
 * @example
 * ```ts
 * const ctx = createContext('3个月内完成', tokenize('3个月内完成'), 'zh-CN', fromIso('2026-09-01'));
 * findDeadlines(ctx, computeSignals(ctx))[0]?.date; // '2026-11-30'
 * ```
 */
export function findDeadlines(ctx: AnalysisContext, signals: Signals): DeadlineEvidence[] {
  const found: DeadlineEvidence[] = [];
  const isoOf = new Map<Date, string | undefined>();
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    if (ctx.claim[i] !== CLAIM.free || tokens[i]!.kind === 'punct') {
      i++;
      continue;
    }
    const starts = FIRST.relative | FIRST.window | FIRST.weekday | FIRST.deadline;
    if ((ctx.mask[i]! & starts) === 0 && ctx.numberStartingAt[i] === -1) {
      i++;
      continue;
    }
    const hit = tryAt(ctx, signals, i);
    if (!hit || hit.end <= i) {
      i++;
      continue;
    }
    if (hit.baseline || (hit.absolute && isBaseline(ctx, hit))) {
      claimTokens(ctx, hit.first, hit.end, CLAIM.baseline);
      i = hit.end;
      continue;
    }
    let first = hit.first;
    for (let step = 0; step < 3; step++) {
      const before = matchBefore(deadlineBeforeTrie(), tokens, first);
      if (!before || before.end >= first || !sameClause(ctx, before.end, first)) break;
      if (ctx.claim[before.end] !== CLAIM.free) break;
      first = before.end;
    }
    let end = hit.end;
    for (let step = 0; step < 2; step++) {
      const after = matchAt(deadlineAfterTrie(), tokens, end);
      if (!after || tokens[end]!.kind !== 'han') break;
      end = after.end;
    }
    claimTokens(ctx, first, end, CLAIM.deadline);
    let iso: string | undefined;
    if (hit.date !== undefined) {
      iso = isoOf.get(hit.date);
      if (iso === undefined && !isoOf.has(hit.date)) {
        iso = toIso(hit.date);
        isoOf.set(hit.date, iso);
      }
    }
    const span = spanOf(ctx, first, end);
    const evidence: Mutable<DeadlineEvidence> = {
      kind: 'deadline',
      text: span.text,
      start: span.start,
      end: span.end,
      form: hit.form,
    };
    if (iso !== undefined) evidence.date = iso;
    if (hit.amount !== undefined) evidence.amount = hit.amount;
    if (hit.unit !== undefined) evidence.unit = hit.unit;
    found.push(evidence);
    i = end;
  }
  return found;
}
