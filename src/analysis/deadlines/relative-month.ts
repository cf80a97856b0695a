// Month N of the period: 第二个月中旬, 第一个月底, month 3.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import type { NumberSpan } from '../numbers.js';
import { FIRST } from '../tries.js';
import { relativeMonth } from './day-arithmetic.js';
import { integer, isWord } from './read-tokens.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { cached } from './resolved-days.js';

function relativeMonthHit(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
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
  const date =
    ref === undefined ? undefined : cached(ctx, `rm:${month}:${part}`, () => relativeMonth(ref, month, part));
  return { first: i, end: k, form: 'relative', date };
}

/**
 * Month N of the period that starts on the reference day (form `relative`), as crossdept's `{ month, part }` due
 * dates read: 第一个月底, 第二个月中旬, 第三个月初, month 3.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { dayOfIso, isoOfDay } from './day-arithmetic.js';
 * import { relativeMonthRecogniser } from './relative-month.js';
 *
 * const ctx = createContext('第二个月中旬前完成', tokenize('第二个月中旬前完成'), 'zh-CN', dayOfIso('2026-09-01'));
 * const hit = relativeMonthRecogniser.recognise(ctx, 0, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2026-10-15'
 * ```
 */
export const relativeMonthRecogniser: DeadlineRecogniser = {
  name: 'relative-month',
  startsAt: NUMBER_START | FIRST.deadline,
  recognise: relativeMonthHit,
};
