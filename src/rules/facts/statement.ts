import { analyzeGoal } from '../../analysis/analyze-goal.js';
import { type StatementFacts, statementFacts } from '../../analysis/facts.js';
import { describeCriterion, type GoalCriterionName } from '../../analysis/messages.js';
import type { GoalAnalysis } from '../../analysis/types.js';
import type { Locale } from '../../i18n/locale.js';
import type { ConditionExplanation } from '../report.js';
import type { FactContext } from './context.js';

interface StatementView {
  readonly analysis: GoalAnalysis;
  readonly facts: StatementFacts;
}

// One analysis per evaluation, shared by every statement fact and by the explanations.
const views = new WeakMap<FactContext, StatementView>();

/**
 * The analysis of the goal statement (`goal.statement`, empty when absent) with relative deadlines resolved from
 * the period start (working days on the collaboration's calendar), and its facts with the deadline checked against the period.
 *
 * @param ctx - The evaluation's context.
 * @returns The analysis and its facts.
 */
export function statementView(ctx: FactContext): StatementView {
  let view = views.get(ctx);
  if (view === undefined) {
    const period = ctx.c.period;
    const analysis = analyzeGoal(ctx.c.goal?.statement ?? '', {
      reference: period,
      calendar: ctx.c.calendar,
    });
    view = { analysis, facts: statementFacts(analysis, period) };
    views.set(ctx, view);
  }
  return view;
}

const CRITERION_OF_FACT: Readonly<Record<string, GoalCriterionName>> = {
  statementQuantityCount: 'measurable',
  statementHasDeadline: 'timeBound',
  statementDeadlineDay: 'timeBound',
  statementDeadlineInPeriod: 'timeBound',
  statementVagueTerms: 'specific',
};

/**
 * Adds the goal statement's evidence to an explanation: the first condition on a statement fact of each SMART
 * criterion gets the analysis's verdict, quoting the text it rests on (「500万元」（5,000,000 CNY）, “by July
 * 2016” (2016-07-31)); other conditions are returned as they are.
 *
 * @param entries - A finding's explained conditions.
 * @param ctx - The evaluation's context.
 * @param locale - The report's locale.
 * @returns The conditions, with `evidence` where the goal statement backs them.
 */
export function withStatementEvidence(
  entries: readonly ConditionExplanation[],
  ctx: FactContext,
  locale: Locale,
): ConditionExplanation[] {
  const quoted = new Set<GoalCriterionName>();
  return entries.map((entry) => {
    if (!Object.hasOwn(CRITERION_OF_FACT, entry.fact)) return entry;
    const criterion = CRITERION_OF_FACT[entry.fact]!;
    const { analysis } = statementView(ctx);
    if (quoted.has(criterion) || analysis.statement.trim() === '') return entry;
    quoted.add(criterion);
    return { ...entry, evidence: describeCriterion(analysis, criterion, locale) };
  });
}
