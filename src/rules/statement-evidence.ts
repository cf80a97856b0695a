import { describeCriterion, type GoalCriterionName } from '../analysis/messages.js';
import type { GoalAnalysis } from '../analysis/types.js';
import type { Locale } from '../i18n/locale.js';
import type { ConditionExplanation } from './report.js';

/** The SMART criterion the statement facts stand for, whose verdict backs a condition on them. */
const CRITERION_OF_FACT: Readonly<Record<string, GoalCriterionName>> = {
  statementQuantityCount: 'measurable',
  statementHasDeadline: 'timeBound',
  statementDeadlineDay: 'timeBound',
  statementDeadlineInPeriod: 'timeBound',
  statementVagueTerms: 'specific',
};

/**
 * Whether a condition is on a statement fact, so that {@link withStatementEvidence} may add evidence to it.
 *
 * @param entry - An explained condition.
 * @returns `true` for a condition on a statement fact of a SMART criterion.
 * @example
 * ```ts
 * onStatementFact({ fact: 'statementHasDeadline', operator: 'equal', expected: false, actual: false, result: true }); // true
 * ```
 */
export function onStatementFact(entry: ConditionExplanation): boolean {
  return Object.hasOwn(CRITERION_OF_FACT, entry.fact);
}

/**
 * Adds the goal statement's evidence to an explanation: the first condition on a statement fact of each SMART
 * criterion gets the analysis's verdict, quoting the text it rests on (「500万元」（5,000,000 CNY）, “by July
 * 2016” (2016-07-31)); other conditions are returned as they are. The analysis is read only when a condition
 * needs it.
 *
 * @param entries - A finding's explained conditions.
 * @param source - Where the evaluation's goal analysis is (the evaluation's fact context).
 * @param locale - The report's locale.
 * @returns The conditions, with `evidence` where the goal statement backs them.
 * @example
 * ```ts
 * import { analyzeGoal } from '../analysis/analyze-goal.js';
 * import { withStatementEvidence } from './statement-evidence.js';
 *
 * const goalAnalysis = analyzeGoal('Make the site more customer-oriented by 13%');
 * const entries = [{ fact: 'statementQuantityCount', operator: 'equal', expected: 0, actual: 0, result: true }];
 * withStatementEvidence(entries, { goalAnalysis }, 'en')[0]?.evidence;
 * // 'Not measurable: “13%” is not tied to a metric; say what is measured.'
 * ```
 */
export function withStatementEvidence(
  entries: readonly ConditionExplanation[],
  source: { readonly goalAnalysis: GoalAnalysis },
  locale: Locale,
): ConditionExplanation[] {
  const quoted = new Set<GoalCriterionName>();
  return entries.map((entry) => {
    if (!Object.hasOwn(CRITERION_OF_FACT, entry.fact)) return entry;
    const criterion = CRITERION_OF_FACT[entry.fact]!;
    const analysis = source.goalAnalysis;
    if (quoted.has(criterion) || analysis.statement.trim() === '') return entry;
    quoted.add(criterion);
    return { ...entry, evidence: evidenceOf(analysis, criterion, locale) };
  });
}

// The verdicts already written, per analysis: a parsed collaboration's analysis is shared by its evaluations, and
// the same criterion backs findings in every one of them. Keyed weakly on the analysis: gone with it.
const verdicts = new WeakMap<GoalAnalysis, Map<string, string>>();

/** {@link describeCriterion}, remembered per analysis, criterion and locale (it depends on nothing else). */
function evidenceOf(analysis: GoalAnalysis, criterion: GoalCriterionName, locale: Locale): string {
  let known = verdicts.get(analysis);
  if (known === undefined) {
    known = new Map();
    verdicts.set(analysis, known);
  }
  const key = `${locale} ${criterion}`;
  let verdict = known.get(key);
  if (verdict === undefined) {
    verdict = describeCriterion(analysis, criterion, locale);
    known.set(key, verdict);
  }
  return verdict;
}
