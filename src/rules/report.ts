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
 * What a rule is evaluated for: the whole collaboration, or one entity of a kind at a time (`escalation`: one
 * escalation record of a milestone, conflict or incident).
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
  | 'scope-change'
  | 'escalation';

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
 * An escalation the host service should carry out: take the subject to level `toLevel` of the escalation path
 * (its `title`, and `person`: who decides there, when the path or the org chart says), for the given reason. It
 * has been due since `dueOn` (ISO date: the first day it was due; `now` for a milestone slip without an earlier
 * escalation, which a snapshot cannot date earlier).
 *
 * @example
 * ```ts
 * const a: Action = {
 *   type: 'escalate', ruleId: 'conflict.escalate', scope: 'conflict', subjectId: 'budget-priority', toLevel: 2,
 *   title: '分管副总', person: 'zhou', dueOn: '2026-11-26',
 *   reason: '冲突在第 1 级已停留 4 个工作日，超过时限 3 个工作日',
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
  /** The first day the level was due, ISO; present on every action of the escalation ladder. */
  readonly dueOn?: string;
  readonly reason: string;
}

/**
 * An escalation that becomes due within the next `warnWorkdays` working days if nothing changes (a conflict whose
 * negotiation timebox is running, an incident whose containment timebox is running, an escalated subject whose
 * level timebox is running): on `dueOn` it becomes an {@link Action} with the same rule, subject and level.
 *
 * @example
 * ```ts
 * const u: UpcomingEscalation = {
 *   ruleId: 'exec.critical-slip', scope: 'milestone', subjectId: 'launch', toLevel: 2, dueOn: '2026-11-26',
 *   title: '分管副总', person: 'zhou',
 * };
 * ```
 */
export interface UpcomingEscalation {
  readonly ruleId: string;
  readonly scope: RuleScope;
  readonly subjectId: string;
  readonly toLevel: number;
  readonly dueOn: string;
  readonly title?: string;
  readonly person?: string;
}

/**
 * What `evaluate` returns: findings ordered by severity, then rule id, then subject; escalation actions; the
 * escalations coming up (ordered by `dueOn`); and the count per severity.
 *
 * @example
 * ```ts
 * const empty: Report = { findings: [], actions: [], upcoming: [], summary: { error: 0, warning: 0, info: 0 } };
 * ```
 */
export interface Report {
  readonly findings: readonly Finding[];
  readonly actions: readonly Action[];
  readonly upcoming: readonly UpcomingEscalation[];
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
}

/** Re-exported for rule metadata. @example `const m: RuleMessage = { 'zh-CN': '…', en: '…' };` */
export type RuleMessage = Localized;
