// Windows from the reference: 3个月内, 未来六个月, 用两周时间, within three months, in the next 30 days, 10个工作日内.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import { SHORT_TIME_UNITS } from '../lexicon/time.js';
import { matchAt } from '../phrase-trie.js';
import type { Signals } from '../signals.js';
import { FIRST, unitTrie, windowAfterTrie, windowBeforeTrie } from '../tries.js';
import { windowEnd } from './day-arithmetic.js';
import { isWord } from './read-tokens.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { cached } from './resolved-days.js';

function windowHit(ctx: AnalysisContext, i: number, signals: Signals): DeadlineHit | undefined {
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
  const date =
    ref === undefined
      ? undefined
      : cached(ctx, `w:${span}:${unit}`, () => windowEnd(ref, span, unit, ctx.calendar));
  return { first: i, end, form: 'within', date, amount, unit };
}

/**
 * Windows from the reference (form `within`, with `amount` and `unit`): 3个月内, 未来六个月, 用两周时间, 10个工作日内, within three
 * months, in the next 30 days, over the next year. A window ends on its last day counting the reference as the
 * first; working days on the context's calendar, the N-th after the reference. Short units (hours, minutes) only
 * after within / in / 内, and a service level (2小时内回复, respond within 24 hours) is not a deadline.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { dayOfIso, isoOfDay } from './day-arithmetic.js';
 * import { windowRecogniser } from './window.js';
 *
 * const ctx = createContext('3个月内完成', tokenize('3个月内完成'), 'zh-CN', dayOfIso('2026-09-01'));
 * const hit = windowRecogniser.recognise(ctx, 0, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2026-11-30'
 * ```
 */
export const windowRecogniser: DeadlineRecogniser = {
  name: 'window',
  startsAt: NUMBER_START | FIRST.window,
  recognise: windowHit,
};
