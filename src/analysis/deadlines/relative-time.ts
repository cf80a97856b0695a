// Calendar points relative to the reference: 月底, 今年, 本季度, 下个月, 上半年, 首月, 国庆, this quarter, next month, year-end;
// baselines such as last year.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import { matchAt } from '../phrase-trie.js';
import { FIRST, relativeTimeTrie } from '../tries.js';
import { periodEnd, windowEnd, yearOf } from './day-arithmetic.js';
import { isWord, yearNumber } from './read-tokens.js';
import type { DeadlineHit, DeadlineRecogniser } from './recogniser.js';
import { cachedBy, dateIn, monthDayInYear } from './resolved-days.js';

function unreachable(value: never): never {
  throw new Error(`unexpected ${String(value)}`);
}

function relativeHit(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
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
      const date =
        ref === undefined
          ? undefined
          : cachedBy(ctx, meaning, () => periodEnd(ref, meaning.unit, meaning.offset));
      return { first: i, end: m.end, form: 'relative', date };
    }
    case 'half': {
      let k = m.end;
      if (isWord(ctx, k, 'of')) k++;
      const y = yearNumber(numberAt(ctx, k));
      const build = (year: number): number | undefined =>
        meaning.half === 1 ? dateIn(ctx, year, 6, 30) : dateIn(ctx, year, 12, 31);
      if (y !== undefined)
        return { first: i, end: numberAt(ctx, k)!.end, form: 'date', date: build(y), absolute: true };
      const date = ref === undefined ? undefined : cachedBy(ctx, meaning, () => build(yearOf(ref)));
      return { first: i, end: m.end, form: 'relative', date };
    }
    case 'day': {
      const date =
        ref === undefined
          ? undefined
          : cachedBy(ctx, meaning, () => windowEnd(ref, meaning.offset + 1, 'day', ctx.calendar));
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

/**
 * Calendar points relative to the reference, from the relative-time lexicon: period ends (月底, 本季度, 下个月, this
 * quarter, next month, year-end), halves (上半年, the first half of 2026), days (今天, 明天), events (首月, 国庆节, Christmas;
 * form `event`), and baselines (去年, last year), which only claim their tokens.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { dayOfIso, isoOfDay } from './day-arithmetic.js';
 * import { relativeTimeRecogniser } from './relative-time.js';
 *
 * const ctx = createContext('月底前完成', tokenize('月底前完成'), 'zh-CN', dayOfIso('2026-09-10'));
 * const hit = relativeTimeRecogniser.recognise(ctx, 0, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2026-09-30'
 * ```
 */
export const relativeTimeRecogniser: DeadlineRecogniser = {
  name: 'relative-time',
  startsAt: FIRST.relative,
  recognise: relativeHit,
};
