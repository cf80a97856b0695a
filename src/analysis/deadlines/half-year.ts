// Half years: H1, H2 2026.
import { type AnalysisContext, keyAt, numberAt } from '../context.js';
import { FIRST } from '../tries.js';
import { yearOf } from './day-arithmetic.js';
import { integer, yearNumber } from './read-tokens.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { dateIn } from './resolved-days.js';

function halfHit(ctx: AnalysisContext, i: number): DeadlineHit | undefined {
  if (keyAt(ctx, i) !== 'h' || ctx.tokens[i]!.kind !== 'word') return undefined;
  const n = numberAt(ctx, i + 1);
  const half = integer(n, 1, 2);
  if (!n || half === undefined || ctx.tokens[i + 1]!.space) return undefined;
  const after = yearNumber(numberAt(ctx, n.end));
  const build = (y: number): number | undefined =>
    half === 1 ? dateIn(ctx, y, 6, 30) : dateIn(ctx, y, 12, 31);
  if (after !== undefined)
    return { first: i, end: numberAt(ctx, n.end)!.end, form: 'date', date: build(after) };
  return {
    first: i,
    end: n.end,
    form: 'relative',
    date: ctx.reference === undefined ? undefined : build(yearOf(ctx.reference)),
  };
}

/**
 * Half years written H1 / H2: with a year (H1 2026) a `date`, the half's last day; without one `relative`, in the
 * reference's year.
 *
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { isoOfDay } from './day-arithmetic.js';
 * import { halfYearRecogniser } from './half-year.js';
 *
 * const ctx = createContext('H1 2026', tokenize('H1 2026'), 'en', undefined);
 * const hit = halfYearRecogniser.recognise(ctx, 0, computeSignals(ctx));
 * isoOfDay(hit?.date); // '2026-06-30'
 * ```
 */
export const halfYearRecogniser: DeadlineRecogniser = {
  name: 'half-year',
  startsAt: NUMBER_START | FIRST.deadline,
  recognise: halfHit,
};
