// A day of the month on its own: 15日前, 15号前.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import { dayOfMonth } from './day-arithmetic.js';
import { integer } from './read-tokens.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { cached } from './resolved-days.js';

function dayOfMonthHit(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
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
    date: ref === undefined ? undefined : cached(ctx, `dm:${day}`, () => dayOfMonth(ref, day)),
  };
}

/**
 * A day of the month on its own before a deadline word (15日前, 15号之前; form `date`): that day of the reference's
 * month, or of the next month that has it when it has passed. 15日内 is a window, not this.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { dayOfIso, isoOfDay } from './day-arithmetic.js';
 * import { dayOfMonthRecogniser } from './day-of-month.js';
 *
 * const ctx = createContext('15号前提交', tokenize('15号前提交'), 'zh-CN', dayOfIso('2026-09-10'));
 * const hit = dayOfMonthRecogniser.recognise(ctx, 0, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2026-09-15'
 * ```
 */
export const dayOfMonthRecogniser: DeadlineRecogniser = {
  name: 'day-of-month',
  startsAt: NUMBER_START,
  recognise: dayOfMonthHit,
};
