// Rule and result types of the engine: json-rules-engine's rule format, as readonly types. Values written for
// json-rules-engine (`RuleProperties`, `TopLevelCondition`) are accepted as they are.
import type { Locale } from '../i18n/locale.js';

/**
 * A reference to another fact as a condition's value: the condition compares against that fact's value
 * (at `path`, when given) instead of a literal.
 *
 * @example
 * ```ts
 * const ref: FactReference = { fact: 'budget' };
 * ```
 */
export interface FactReference {
  readonly fact: string;
  readonly path?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * A leaf condition: `fact` (at `path`) compared with `value` by `operator`. `priority` orders it among its
 * siblings (higher first); `params` are kept for json-rules-engine compatibility (precomputed facts ignore them).
 *
 * @example
 * ```ts
 * const c: ConditionProperties = { fact: 'meta', path: '$.owner.region', operator: 'in', value: ['EU', 'US'] };
 * ```
 */
export interface ConditionProperties {
  readonly fact: string;
  readonly operator: string;
  readonly value: unknown;
  readonly path?: string;
  readonly priority?: number;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly name?: string;
}

/** Every condition must hold. @example `const c: AllConditions = { all: [] };` */
export interface AllConditions {
  readonly all: readonly NestedCondition[];
  readonly name?: string;
  readonly priority?: number;
}

/** At least one condition must hold. @example `const c: AnyConditions = { any: [] };` */
export interface AnyConditions {
  readonly any: readonly NestedCondition[];
  readonly name?: string;
  readonly priority?: number;
}

/** The condition must not hold. @example `const c: NotConditions = { not: { fact: 'x', operator: 'equal', value: 1 } };` */
export interface NotConditions {
  readonly not: NestedCondition;
  readonly name?: string;
  readonly priority?: number;
}

/** A reference to a shared condition, by name (json-rules-engine's `engine.setCondition`). @example `const c: ConditionReference = { condition: 'isLate' };` */
export interface ConditionReference {
  readonly condition: string;
  readonly name?: string;
  readonly priority?: number;
}

/** What the root of a rule's `conditions` (and a shared condition) can be. @example `const c: TopLevelCondition = { any: [] };` */
export type TopLevelCondition = AllConditions | AnyConditions | NotConditions | ConditionReference;

/** Any condition: a leaf or a boolean or a reference. @example `const c: NestedCondition = { fact: 'x', operator: 'equal', value: 1 };` */
export type NestedCondition = ConditionProperties | TopLevelCondition;

/**
 * The event a rule emits: its `type` and optional `params`.
 *
 * @example
 * ```ts
 * const e: RuleEvent = { type: 'overBudget', params: { severity: 'error' } };
 * ```
 */
export interface RuleEvent {
  readonly type: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * A rule: when `conditions` hold, `event` is emitted. Rules with a higher `priority` (default 1) run first.
 *
 * @example
 * ```ts
 * const rule: RuleProperties = {
 *   name: 'overBudget',
 *   conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] },
 *   event: { type: 'overBudget' },
 * };
 * ```
 */
export interface RuleProperties {
  readonly conditions: TopLevelCondition;
  readonly event: RuleEvent;
  readonly name?: string;
  readonly priority?: number;
}

/**
 * Options shared by {@link RuleProperties} compilation and the json-rules-engine reference runner.
 *
 * @example
 * ```ts
 * const options: EngineOptions = { allowUndefinedFacts: true, conditions: { isLate: { all: [] } } };
 * ```
 */
export interface EngineOptions {
  /** Shared conditions, referenced by `{ condition: name }` (json-rules-engine's `engine.setCondition`). */
  readonly conditions?: Readonly<Record<string, TopLevelCondition>>;
  /** A missing fact reads as `undefined` instead of failing the run (json-rules-engine's option). */
  readonly allowUndefinedFacts?: boolean;
  /** A reference to a missing shared condition is `false` instead of an `unknown_condition` issue. */
  readonly allowUndefinedConditions?: boolean;
  /** The deepest nesting of conditions accepted, shared conditions included (default 32). */
  readonly maxDepth?: number;
  /** The locale of `message` in issues (default `zh-CN`); `messages` always has both. */
  readonly locale?: Locale;
}

/**
 * An evaluated leaf as json-rules-engine reports it: the condition, plus `factResult` (the fact's value at the
 * path), `valueResult` (the value compared against, resolved when it is a fact reference) and `result`. The
 * three are absent on leaves that were not evaluated (short-circuited), and `factResult`/`valueResult` are
 * absent when `undefined`.
 *
 * @example
 * ```ts
 * const r: ConditionPropertiesResult = { operator: 'greaterThan', value: 80, fact: 'riskScore', factResult: 91, valueResult: 80, result: true };
 * ```
 */
export interface ConditionPropertiesResult {
  readonly priority?: number;
  readonly name?: string;
  readonly operator: string;
  readonly value: unknown;
  readonly fact: string;
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
  readonly result?: boolean;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly path?: string;
}

/** An `all` in a result tree (booleans always carry a priority; default 1). @example `const r: AllConditionsResult = { priority: 1, all: [] };` */
export interface AllConditionsResult {
  readonly priority: number;
  readonly name?: string;
  readonly all: readonly NestedConditionResult[];
}

/** An `any` in a result tree. @example `const r: AnyConditionsResult = { priority: 1, any: [] };` */
export interface AnyConditionsResult {
  readonly priority: number;
  readonly name?: string;
  readonly any: readonly NestedConditionResult[];
}

/** A `not` in a result tree. @example `const r: NotConditionsResult = { priority: 1, not: { operator: 'equal', value: 1, fact: 'x' } };` */
export interface NotConditionsResult {
  readonly priority: number;
  readonly name?: string;
  readonly not: NestedConditionResult;
}

/**
 * A shared-condition reference that was not evaluated (or names a missing condition under
 * `allowUndefinedConditions`). An evaluated reference appears as the referenced condition itself.
 *
 * @example
 * ```ts
 * const r: ConditionReferenceResult = { condition: 'isLate' };
 * ```
 */
export interface ConditionReferenceResult {
  readonly priority?: number;
  readonly name?: string;
  readonly condition: string;
}

/** The root of a result tree. @example `const r: TopLevelConditionResult = { priority: 1, any: [] };` */
export type TopLevelConditionResult =
  | AllConditionsResult
  | AnyConditionsResult
  | NotConditionsResult
  | ConditionReferenceResult;

/** Any node of a result tree. @example `const r: NestedConditionResult = { condition: 'isLate' };` */
export type NestedConditionResult = ConditionPropertiesResult | TopLevelConditionResult;

/**
 * One rule's outcome, as json-rules-engine's `ruleResult.toJSON(false)`: the evaluated condition tree, the
 * event, the priority, the name (absent when the rule has none) and the result.
 *
 * @example
 * ```ts
 * const r: RuleResultJSON = { conditions: { priority: 1, all: [] }, event: { type: 'ok' }, priority: 1, result: true };
 * ```
 */
export interface RuleResultJSON {
  readonly conditions: TopLevelConditionResult;
  readonly event: RuleEvent;
  readonly priority: number;
  readonly name?: string;
  readonly result: boolean;
}

/**
 * The outcome of a run, shaped like json-rules-engine's `engine.run()` (without the almanac): rule results and
 * events, successful and failed, in json-rules-engine's order.
 *
 * @example
 * ```ts
 * const r: RunResult = { results: [], failureResults: [], events: [], failureEvents: [] };
 * ```
 */
export interface RunResult {
  readonly results: readonly RuleResultJSON[];
  readonly failureResults: readonly RuleResultJSON[];
  readonly events: readonly RuleEvent[];
  readonly failureEvents: readonly RuleEvent[];
}

/**
 * The outcome of a run without explanations: only the events, in the same order as {@link RunResult}'s.
 *
 * @example
 * ```ts
 * const r: RunEventsResult = { events: [{ type: 'overBudget' }], failureEvents: [] };
 * ```
 */
export interface RunEventsResult {
  readonly events: readonly RuleEvent[];
  readonly failureEvents: readonly RuleEvent[];
}

/** The facts of one run: a plain object of precomputed values, by fact name. @example `const f: Facts = { budget: 1000 };` */
export type Facts = Readonly<Record<string, unknown>>;
