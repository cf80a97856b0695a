import { DEFAULT_LOCALE, type Locale, type Localized } from '../i18n/locale.js';
import type { CrossdeptIssue, IssuePath } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import { type EngineIssueCode, type EngineMessageParams, engineMessage, engineMessages } from './messages.js';

/**
 * One problem found in rules, a path or a run: a machine `code`, where it is (`path` into the input, as keys and
 * indices, and the same as a JSON `pointer`), the `message` in the requested locale and `messages` in both
 * locales. `fact` and `operator` name the fact or operator involved, when there is one (`expected` and `received` the kinds
 * of value, for operator problems); `column` is the 1-based
 * character of a fact path where the problem starts.
 *
 * Paths start with `'rules'` and the rule's index for rules, and with `'conditions'` and the name for shared
 * conditions; a failure while running points at the condition inside the rule, following shared-condition
 * references as they appear in the result tree.
 *
 * @example
 * ```ts
 * const issue: EngineIssue = {
 *   code: 'undefined_fact', path: ['rules', 0, 'conditions', 'all', 1], pointer: '/rules/0/conditions/all/1',
 *   message: 'Undefined fact: budget (set allowUndefinedFacts: true to allow missing facts)',
 *   messages: { 'zh-CN': '未定义的事实 "budget"', en: 'Undefined fact: budget' }, fact: 'budget',
 * };
 * ```
 */
export interface EngineIssue extends CrossdeptIssue<EngineIssueCode> {
  readonly messages: Localized;
  readonly fact?: string;
  readonly operator?: string;
  /** For `operator_type` and `invalid_operator_value`: the kind of value the operator needs (`array`, …). */
  readonly expected?: string;
  /** For `operator_type` and `invalid_operator_value`: the kind of value it got (`number`, …). */
  readonly received?: string;
}

/**
 * Builds an engine issue with its message in `locale` and in both locales.
 *
 * @param code - The issue code.
 * @param path - Where the problem is.
 * @param params - The values for the message; `fact`, `operator`, `expected`, `received`, `column` and
 *   `suggestion` are also copied onto the issue.
 * @param locale - The locale of `message` (default `zh-CN`).
 * @returns The issue.
 * @example
 * ```ts
 * createEngineIssue('unknown_operator', ['rules', 0, 'conditions', 'all', 0, 'operator'], { operator: 'gt' }, 'en');
 * ```
 */
export function createEngineIssue(
  code: EngineIssueCode,
  path: IssuePath,
  params: EngineMessageParams = {},
  locale: Locale = DEFAULT_LOCALE,
): EngineIssue {
  // The suggestion is set last, after the engine's own fields, as it always was (the field order shows in JSON).
  return {
    ...makeIssue(code, path, engineMessage(locale, code, params)),
    messages: engineMessages(code, params),
    ...(params.fact === undefined ? {} : { fact: params.fact }),
    ...(params.operator === undefined ? {} : { operator: params.operator }),
    ...(params.expected === undefined ? {} : { expected: params.expected }),
    ...(params.received === undefined ? {} : { received: params.received }),
    ...(params.column === undefined ? {} : { column: params.column }),
    ...(params.suggestion === undefined ? {} : { suggestion: params.suggestion }),
  };
}

/**
 * The type word of a value, as used in messages: `array`, `null`, or its `typeof`.
 *
 * @param value - Any value.
 * @returns `'array'`, `'null'` or the `typeof` of the value.
 * @example
 * ```ts
 * describeType([1]); // 'array'
 * ```
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
