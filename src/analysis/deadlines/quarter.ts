// Quarters: Q3, Q3 2026, 第三季度, the third quarter.
import type { AnalysisContext } from '../context.js';
import { FIRST } from '../tries.js';
import { inYear } from './day-arithmetic.js';
import { readQuarter } from './read-quarter.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { cached, quarterEndIn } from './resolved-days.js';

function quarterHit(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
  const q = readQuarter(ctx, i, undefined);
  if (!q) return undefined;
  const date =
    q.year !== undefined
      ? quarterEndIn(ctx, q.year, q.q)
      : cached(ctx, `q:${q.q}`, () => inYear(ctx.reference, (y) => quarterEndIn(ctx, y, q.q)));
  return { first: i, end: q.end, form: 'date', date, absolute: q.year !== undefined };
}

/**
 * Quarters (form `date`, the quarter's last day): Q3 2026 and the third quarter of 2026 as written, Q3 / 第三季度 /
 * the third quarter without a year in the reference's year (the next when past).
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { isoOfDay } from './day-arithmetic.js';
 * import { quarterRecogniser } from './quarter.js';
 *
 * const ctx = createContext('Q3 2026', tokenize('Q3 2026'), 'en', undefined);
 * const hit = quarterRecogniser.recognise(ctx, 0, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2026-09-30'
 * ```
 */
export const quarterRecogniser: DeadlineRecogniser = {
  name: 'quarter',
  startsAt: NUMBER_START | FIRST.deadline,
  recognise: quarterHit,
};
