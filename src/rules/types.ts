import type { TopLevelCondition } from '../engine/types.js';
import type { Localized } from '../i18n/locale.js';
import type { Phase } from '../model/collaboration.js';
import type { RuleScope, Severity } from './report.js';

/**
 * The type of a fact's value: a `number`, `text`, a `boolean`, a `list` (of text or numbers) or a `day` (a whole
 * number of days: a date as its day number, days since 1970-01-01, or a count of days). Dates reach rules only as
 * day numbers, never as text.
 *
 * @example
 * ```ts
 * const t: FactType = 'day';
 * ```
 */
export type FactType = 'number' | 'text' | 'boolean' | 'list' | 'day';

/**
 * One entry of the fact catalog: a value computed from the collaboration (and `now`) by a pure function, which
 * rule conditions may refer to. Facts of the `collaboration` scope are also available to every other scope.
 *
 * @example
 * ```ts
 * const f: FactDefinition = {
 *   name: 'coreTeamSize', scope: 'collaboration', type: 'number',
 *   description: { 'zh-CN': '核心成员人数', en: 'Number of core team members' },
 * };
 * ```
 */
export interface FactDefinition {
  readonly name: string;
  readonly scope: RuleScope;
  readonly type: FactType;
  readonly description: Localized;
}

/**
 * When a rule applies: from a phase on (`initiating` … `closed`), or in `any` phase.
 *
 * @example
 * ```ts
 * const p: RulePhase = 'forming';
 * ```
 */
export type RulePhase = Phase | 'any';

/**
 * A named, tunable threshold of a rule: its type (`number`, or `day` for a whole number of days), default,
 * bounds and description. A PMO config may set it.
 *
 * @example
 * ```ts
 * const p: ParamDefinition = { type: 'number', default: 8, min: 0, description: { 'zh-CN': '核心成员上限', en: 'Maximum core team size' } };
 * ```
 */
export interface ParamDefinition {
  readonly type: 'number' | 'day';
  readonly default: number;
  readonly min?: number;
  readonly max?: number;
  /**
   * The name of another param of the rule this one may not exceed (a range's lower end names its upper end).
   * Pairs named `min`/`max`, `minX`/`maxX` and `xMin`/`xMax` are ordered without it.
   */
  readonly atMost?: string;
  readonly description: Localized;
}

/**
 * A reference to a rule param as a condition's `value`; it is replaced by the param's effective value when the
 * rules are compiled, so json-rules-engine only ever sees the number.
 *
 * @example
 * ```ts
 * const ref: ParamReference = { param: 'max' };
 * ```
 */
export interface ParamReference {
  readonly param: string;
}

/**
 * What an escalation rule asks the host service to do when it fires: escalate to a level of the escalation
 * path, a fixed number, the value of a fact of the subject, or `next`: the level after the highest escalation
 * recorded for the subject (level 1 when none is recorded).
 *
 * @example
 * ```ts
 * const a: ActionSpec = { type: 'escalate', toLevel: { fact: 'nextEscalationLevel' } };
 * const b: ActionSpec = { type: 'escalate', toLevel: 'next' };
 * ```
 */
export interface ActionSpec {
  readonly type: 'escalate';
  readonly toLevel: number | 'next' | { readonly fact: string };
}

/**
 * A rule: json-rules-engine conditions over catalog facts, plus metadata.
 *
 * - `scope`: what it is evaluated for, once per subject (a list when it covers several entity kinds).
 * - `phase`: the earliest phase it applies in (`any`: always); `lastPhase`: the last one (absent: no end).
 * - `params`: named thresholds; conditions refer to them as `{ param: name }`.
 * - `message`: the finding's sentence in both locales, with `{placeholders}` (facts, params, and `{matched}`:
 *   the expected values of the conditions that held); `variants`: other sentences (and paths) by condition
 *   `name`: the first named condition that holds (depth first, in written order) picks its variant.
 * - `path`: a JSON Pointer template for the finding: `{subject}` is the subject's pointer, `{id}` its id, other
 *   placeholders are facts.
 * - `action`: for escalation rules, the action a firing produces.
 *
 * @example
 * ```ts
 * const rule: RuleDefinition = {
 *   id: 'acme.no-risks', scope: 'collaboration', severity: 'warning', phase: 'planning', params: {},
 *   conditions: { all: [{ fact: 'riskCount', operator: 'equal', value: 0 }] },
 *   message: { 'zh-CN': '未登记任何风险', en: 'No risk is registered' },
 *   path: '/risks', description: { 'zh-CN': '风险登记', en: 'Risk register' },
 * };
 * ```
 */
export interface RuleDefinition {
  readonly id: string;
  readonly scope: RuleScope | readonly RuleScope[];
  readonly severity: Severity;
  readonly phase: RulePhase;
  readonly lastPhase?: Phase;
  readonly params: Readonly<Record<string, ParamDefinition>>;
  readonly conditions: TopLevelCondition;
  readonly message: Localized;
  readonly variants?: Readonly<Record<string, RuleVariant>>;
  readonly path: string;
  readonly action?: ActionSpec;
  readonly description: Localized;
}

/**
 * A variant of a rule's finding, picked by the name of the condition that held: its message, and its path when
 * it points at another field.
 *
 * @example
 * ```ts
 * const v: RuleVariant = { message: { 'zh-CN': '核心成员 {coreTeamSize} 人，超过上限 {max} 人', en: 'The core team has {coreTeamSize} members, above the maximum of {max}' } };
 * ```
 */
export interface RuleVariant {
  readonly message: Localized;
  readonly path?: string;
}
