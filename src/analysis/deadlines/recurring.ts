// Recurring deadlines: 每月5日前, 每周五前, 每月底, by the 5th of each month, each month by the 5th.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import { ENGLISH_ORDINALS, ORDINAL_SUFFIXES } from '../lexicon/numerals.js';
import { lookup } from '../lookup.js';
import { matchAt } from '../phrase-trie.js';
import { deadlineAfterTrie, FIRST, weekdayTrie } from '../tries.js';
import { integer, isWord } from './read-tokens.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';

function recurringAt(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
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

/**
 * Recurring deadlines (form `recurring`, no date): 每月5日前, 每周五前, 每季度末, by the 5th of each month, each month by the
 * 5th. A cadence without a closing word or day (每月, each month) is not one.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { recurringRecogniser } from './recurring.js';
 *
 * const ctx = createContext('财务部每月5日前提交', tokenize('财务部每月5日前提交'), 'zh-CN', undefined);
 * const hit = recurringRecogniser.recognise(ctx, 3, computeSignals(ctx));
 * hit?.form; // 'recurring'
 * ```
 */
export const recurringRecogniser: DeadlineRecogniser = {
  name: 'recurring',
  startsAt: NUMBER_START | FIRST.deadline,
  recognise: recurringAt,
};
