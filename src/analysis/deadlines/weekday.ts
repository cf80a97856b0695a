// Weekdays: by Friday, 本周五前, 下周一前, next Monday.
import { type AnalysisContext, keyAt } from '../context.js';
import { matchAt } from '../phrase-trie.js';
import { FIRST, weekdayTrie } from '../tries.js';
import { nextWeekday } from './day-arithmetic.js';
import { isWord } from './read-tokens.js';
import type { DeadlineHit, DeadlineRecogniser } from './recogniser.js';
import { cached } from './resolved-days.js';

function weekdayHit(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
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
  const date =
    ref === undefined
      ? undefined
      : cached(ctx, `wd:${wd.value}:${weeks}`, () => nextWeekday(ref, wd.value, weeks));
  return { first: i, end: wd.end, form: 'relative', date };
}

/**
 * Weekdays (form `relative`): 本周五前, 下周一前, by Friday, next Monday — the next such day on or after the reference, a
 * week later after 下 / next.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { dayOfIso, isoOfDay } from './day-arithmetic.js';
 * import { weekdayRecogniser } from './weekday.js';
 *
 * const ctx = createContext('下周一前完成', tokenize('下周一前完成'), 'zh-CN', dayOfIso('2026-09-01'));
 * const hit = weekdayRecogniser.recognise(ctx, 0, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2026-09-14'
 * ```
 */
export const weekdayRecogniser: DeadlineRecogniser = {
  name: 'weekday',
  startsAt: FIRST.weekday | FIRST.deadline,
  recognise: weekdayHit,
};
