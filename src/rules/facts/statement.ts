// The goal statement's analysis as rule facts: the rules layer owns the fact vocabulary; the analysis only
// analyses. A parsed collaboration's statement is analysed once (FactContext.goalAnalysis), and these facts are
// derived from the analysis once.
import type { GoalAnalysis, GoalReferencePeriod } from '../../analysis/types.js';
import { argumentError, guarded } from '../../i18n/argument.js';
import type { FactContext } from './context.js';

/**
 * The statement analysis as rule facts, for `goal.smart.*` and PMO custom rules (stable names, camelCase):
 *
 * - `statementQuantityCount`: how many strong quantities the statement states.
 * - `statementHasDeadline`: the statement states a deadline, window or period.
 * - `statementVagueTerms`: the unresolved vague terms, as written.
 * - `statementDeadline`: the latest date a deadline resolved to (with a reference or an absolute date).
 * - `statementDeadlineInPeriod`: with a period, whether `statementDeadline` falls inside it (inclusive).
 *
 * @example
 * ```ts
 * const facts: StatementFacts = statementFacts(analyzeGoal('将销售额提高10%'));
 * ```
 */
export interface StatementFacts {
  readonly statementQuantityCount: number;
  readonly statementHasDeadline: boolean;
  readonly statementVagueTerms: readonly string[];
  readonly statementDeadline?: string;
  readonly statementDeadlineInPeriod?: boolean;
}

/**
 * Turns an analysis into facts. A deadline from the statement still has to fall inside the collaboration period:
 * pass the period to get `statementDeadlineInPeriod`.
 *
 * @param analysis - The analysis of the goal statement.
 * @param period - The collaboration period, if the caller checks the deadline against it.
 * @returns The facts.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `analysis` is not an analysis or `period` not
 *   a period (or either cannot be read); nothing else.
 * @example
 * ```ts
 * const period = { start: '2026-09-01', end: '2026-11-30' };
 * const analysis = analyzeGoal('3个月内完成产品上市，首月销售额达500万元', { reference: period });
 * statementFacts(analysis, period);
 * // { statementQuantityCount: 1, statementHasDeadline: true, statementVagueTerms: [],
 * //   statementDeadline: '2026-11-30', statementDeadlineInPeriod: true }
 * ```
 */
export function statementFacts(analysis: GoalAnalysis, period?: GoalReferencePeriod): StatementFacts {
  const bounds = periodBounds(period);
  return guarded(['analysis'], () => {
    const deadline = analysis.deadline;
    const inPeriod =
      deadline !== undefined && bounds !== undefined
        ? deadline >= bounds.start && deadline <= bounds.end
        : undefined;
    return {
      statementQuantityCount: analysis.measurable.evidence.filter((q) => q.strength === 'strong').length,
      statementHasDeadline: analysis.timeBound.met,
      statementVagueTerms: analysis.vagueTerms,
      ...(deadline === undefined ? {} : { statementDeadline: deadline }),
      ...(inPeriod === undefined ? {} : { statementDeadlineInPeriod: inPeriod }),
    };
  });
}

/** The period's `start` and `end` when both are text; `undefined` without a period. */
function periodBounds(period: unknown): { readonly start: string; readonly end: string } | undefined {
  if (period === undefined || period === null) return undefined;
  if (typeof period !== 'object') throw argumentError('invalid_argument', ['period'], { kind: 'period' });
  const { start, end } = guarded(['period'], () => {
    const { start, end } = period as { readonly start?: unknown; readonly end?: unknown };
    return { start, end };
  });
  return typeof start === 'string' && typeof end === 'string' ? { start, end } : undefined;
}

// One set of statement facts per analysis: the analysis is made once per parsed collaboration (and once per
// evaluation of raw input), and the facts depend only on it and the collaboration's period.
const perAnalysis = new WeakMap<GoalAnalysis, StatementFacts>();

/**
 * The statement facts of one evaluation: its goal analysis's facts, the deadline checked against the period.
 *
 * @param ctx - The evaluation's context.
 * @returns The facts, derived on first use.
 */
export function statementFactsOf(ctx: FactContext): StatementFacts {
  const analysis = ctx.goalAnalysis;
  let facts = perAnalysis.get(analysis);
  if (facts === undefined) {
    // Shared with other evaluations of the same parsed collaboration: the facts that reach a report as values
    // (statementVagueTerms) are copied per evaluation by the fact itself.
    facts = statementFacts(analysis, ctx.c.period);
    perAnalysis.set(analysis, facts);
  }
  return facts;
}
