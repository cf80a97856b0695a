import type { GoalAnalysis, GoalReferencePeriod } from './types.js';

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
  const deadline = analysis.deadline;
  const inPeriod =
    deadline !== undefined &&
    period !== undefined &&
    typeof period.start === 'string' &&
    typeof period.end === 'string'
      ? deadline >= period.start && deadline <= period.end
      : undefined;
  return {
    statementQuantityCount: analysis.measurable.evidence.filter((q) => q.strength === 'strong').length,
    statementHasDeadline: analysis.timeBound.met,
    statementVagueTerms: analysis.vagueTerms,
    ...(deadline === undefined ? {} : { statementDeadline: deadline }),
    ...(inPeriod === undefined ? {} : { statementDeadlineInPeriod: inPeriod }),
  };
}
