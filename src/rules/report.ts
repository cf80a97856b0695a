import type { ExplainedCondition } from '../engine/explain-conditions.js';
import type { Localized } from '../i18n/locale.js';

/**
 * How serious a finding is. `error` findings make `crossdept check` exit with 1.
 *
 * @example
 * ```ts
 * const s: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/** Severities from most to least serious. @example `SEVERITIES[0]; // 'error'` */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * What a rule is evaluated for: the whole collaboration, or one entity of a kind at a time.
 *
 * @example
 * ```ts
 * const s: RuleScope = 'milestone';
 * ```
 */
export type RuleScope =
  | 'collaboration'
  | 'department'
  | 'person'
  | 'responsibility'
  | 'milestone'
  | 'risk'
  | 'meeting'
  | 'undone-item'
  | 'action'
  | 'conflict'
  | 'incident'
  | 'problem'
  | 'decision'
  | 'measure'
  | 'scope-change';

/**
 * One evaluated condition of a rule: the fact, the operator, the expected value, the actual value and whether
 * it held. `negated` is true for a condition under a `not`; `evidence` quotes the goal statement for the
 * statement facts.
 *
 * @example
 * ```ts
 * const e: ConditionExplanation = { fact: 'coreTeamSize', operator: 'greaterThan', expected: 8, actual: 9, result: true };
 * ```
 */
export interface ConditionExplanation extends Omit<ExplainedCondition, 'negated'> {
  /** `true` for a condition under a `not` (its result counts reversed); absent otherwise. */
  readonly negated?: boolean;
  /**
   * For a fact read from the goal statement (`statement…`), the analysis's verdict quoting its evidence in the
   * report's locale: 可衡量：「500万元」（5,000,000 CNY）。 / Not time-bound: no deadline or time window.
   */
  readonly evidence?: string;
}

/**
 * A rule that fired for a subject: which rule, how serious, about what (`subjectId` and the JSON Pointer `path`
 * into the collaboration), a full-sentence `message` with the actual values and thresholds, and the
 * `explanation` condition by condition.
 *
 * @example
 * ```ts
 * const f: Finding = {
 *   ruleId: 'team.core-size', severity: 'warning', scope: 'collaboration', path: '/team/core',
 *   message: 'The core team has 9 members, above the maximum of 8',
 *   explanation: [{ fact: 'coreTeamSize', operator: 'greaterThan', expected: 8, actual: 9, result: true }],
 * };
 * ```
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly scope: RuleScope;
  readonly subjectId?: string;
  readonly path: string;
  readonly message: string;
  readonly explanation: readonly ConditionExplanation[];
}

/**
 * An escalation the host service should carry out: notify level `toLevel` of the escalation path (its `title`
 * and `person` when known) about the subject, for the given reason.
 *
 * @example
 * ```ts
 * const a: Action = {
 *   type: 'escalate', ruleId: 'conflict.escalate', scope: 'conflict', subjectId: 'budget-priority', toLevel: 2,
 *   title: '分管副总', person: 'zhou', reason: '冲突在第 1 级已停留 4 个工作日，超过时限 3 个工作日',
 * };
 * ```
 */
export interface Action {
  readonly type: 'escalate';
  readonly ruleId: string;
  readonly scope: RuleScope;
  readonly subjectId: string;
  readonly toLevel: number;
  readonly title?: string;
  readonly person?: string;
  readonly reason: string;
}

/**
 * What `evaluate` returns: findings ordered by severity, then rule id, then subject; escalation actions; and
 * the count per severity.
 *
 * @example
 * ```ts
 * const empty: Report = { findings: [], actions: [], summary: { error: 0, warning: 0, info: 0 } };
 * ```
 */
export interface Report {
  readonly findings: readonly Finding[];
  readonly actions: readonly Action[];
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
}

/** Re-exported for rule metadata. @example `const m: RuleMessage = { 'zh-CN': '…', en: '…' };` */
export type RuleMessage = Localized;
