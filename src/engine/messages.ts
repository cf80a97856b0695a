import type { Locale, Localized } from '../i18n/locale.js';
import {
  type Catalogue,
  type CatalogueEntries,
  defineCatalogue,
  type SuggestionParams,
} from '../issues/catalogue.js';

/**
 * The machine codes of rule-engine issues. They are stable public API.
 *
 * Rule input (found by `compileRules`, `validateRules` and `runWithJsonRulesEngine` before running):
 * - `unreadable`: the input itself cannot be read (a getter that throws, …).
 * - `invalid_locale`: the `locale` option is neither `zh-CN` nor `en` (the `message` is in `zh-CN`).
 * - `invalid_type`: a field of the wrong type (`all` that is not a list, a `fact` that is not text, …).
 * - `missing`: a required field is absent (`event`, `operator`, `value`, …).
 * - `ambiguous_condition`: a condition with more than one of `all`, `any`, `not`, `condition`, `fact`.
 * - `invalid_root`: the root of `conditions` is not `all`, `any`, `not` or `condition`.
 * - `unknown_operator`: an operator (or a decorator in `decorator:operator`) that does not exist.
 * - `invalid_operator_value`: a literal `value` the operator can never accept (`in` with a number, …).
 * - `invalid_priority`: a priority that is not a positive whole number.
 * - `invalid_value`: a `value`, `params` or event that is not plain data (a function, a cycle, …).
 * - `unknown_condition`: a `condition` reference to a shared condition that does not exist.
 * - `circular_condition`: shared conditions that reference each other in a cycle.
 * - `too_deep`: conditions nested deeper than the configured limit.
 *
 * Paths (from `parseFactPath`, and in rules):
 * - `invalid_path`: a syntax error in a fact path.
 * - `unsupported_path`: JSONPath syntax the safe resolver refuses (wildcards, filters, `..`, slices, unions).
 * - `unsafe_path_segment`: a `__proto__`, `constructor` or `prototype` segment.
 * - `path_too_long`: a path longer than the limit.
 *
 * Running (from `CompiledRulePack.run` and `runWithJsonRulesEngine`):
 * - `undefined_fact`: a condition needs a fact that was not given, and `allowUndefinedFacts` is off.
 * - `operator_type`: an operator met a value it cannot work on (`in` against a number, …).
 * - `evaluation_failed`: any other failure while evaluating a condition.
 *
 * @example
 * ```ts
 * const code: EngineIssueCode = 'undefined_fact';
 * ```
 */
export type EngineIssueCode =
  | 'unreadable'
  | 'invalid_locale'
  | 'invalid_type'
  | 'missing'
  | 'ambiguous_condition'
  | 'invalid_root'
  | 'unknown_operator'
  | 'invalid_operator_value'
  | 'invalid_priority'
  | 'invalid_value'
  | 'unknown_condition'
  | 'circular_condition'
  | 'too_deep'
  | 'invalid_path'
  | 'unsupported_path'
  | 'unsafe_path_segment'
  | 'path_too_long'
  | 'undefined_fact'
  | 'operator_type'
  | 'evaluation_failed';

/**
 * Values that fill an engine message. Type words (`expected`, `received`) are keys of the term table and are
 * translated; everything else is inserted as written. A `suggestion` is appended as a did-you-mean.
 *
 * @example
 * ```ts
 * const params: EngineMessageParams = { key: 'operator', expected: 'string', received: 'number' };
 * ```
 */
export interface EngineMessageParams extends SuggestionParams {
  readonly key?: string;
  readonly expected?: string;
  readonly received?: string;
  readonly operator?: string;
  readonly fact?: string;
  readonly name?: string;
  readonly path?: string;
  readonly segment?: string;
  readonly column?: number;
  readonly limit?: number;
  readonly detail?: string;
}

const TERMS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  'zh-CN': {
    string: '文本',
    number: '数字',
    boolean: '布尔值',
    array: '列表',
    object: '对象',
    null: '空值 null',
    undefined: '空',
    function: '函数',
    symbol: '符号',
    bigint: '大整数',
    'array or string': '列表或文本',
    'non-empty string': '非空文本',
    'condition object': '条件对象',
    'plain data': '纯数据',
    'positive whole number': '正整数',
  },
  en: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
    undefined: 'nothing',
    function: 'a function',
    symbol: 'a symbol',
    bigint: 'a bigint',
    'array or string': 'a list or text',
    'non-empty string': 'non-empty text',
    'condition object': 'a condition object',
    'plain data': 'plain data',
    'positive whole number': 'a positive whole number',
  },
};

/** A type word in a locale; a word the table does not have is shown as written. */
function typeWord(locale: Locale): (word: string | undefined) => string {
  const terms = TERMS[locale];
  return (word) => (word === undefined ? '' : Object.hasOwn(terms, word) ? (terms[word] ?? word) : word);
}

const zhWord = typeWord('zh-CN');

const zh: CatalogueEntries<EngineIssueCode, EngineMessageParams> = {
  unreadable: (p) => `无法读取${p.key ? `选项 "${p.key}"` : '规则输入'}：${p.detail ?? ''}`,
  invalid_locale: (p) => `不支持的语言 "${p.detail ?? ''}"，可选：zh-CN、en`,
  invalid_type: (p) =>
    `字段 "${p.key ?? ''}" 类型错误：应为${zhWord(p.expected)}，实际为${zhWord(p.received)}`,
  missing: (p) => `缺少必填字段 "${p.key ?? ''}"`,
  ambiguous_condition: (p) =>
    `一个条件只能包含 all、any、not、condition、fact 中的一个，这里同时出现了 ${p.detail ?? ''}`,
  invalid_root: () => '规则 conditions 的根必须是 all、any、not 或 condition 之一',
  unknown_operator: (p) => `未知运算符 "${p.operator ?? ''}"`,
  invalid_operator_value: (p) =>
    `运算符 "${p.operator ?? ''}" 的 value 应为${zhWord(p.expected)}，实际为${zhWord(p.received)}`,
  invalid_priority: (p) => `优先级应为正整数，实际为 ${p.detail ?? ''}`,
  invalid_value: (p) =>
    `字段 "${p.key ?? ''}" 只能是纯数据（文本、数字、布尔值、null、列表、对象）：${p.detail ?? ''}`,
  unknown_condition: (p) => `引用了不存在的共享条件 "${p.name ?? ''}"`,
  circular_condition: (p) => `共享条件循环引用：${p.detail ?? ''}`,
  too_deep: (p) => `条件嵌套过深：超过上限 ${p.limit ?? ''} 层`,
  invalid_path: (p) => `路径 "${p.path ?? ''}" 在第 ${p.column ?? ''} 个字符处有语法错误`,
  unsupported_path: (p) =>
    `路径 "${p.path ?? ''}" 使用了不支持的 JSONPath 语法 "${p.segment ?? ''}"（只支持 $.a.b、a[0]、$['a b'] 这样的普通路径）`,
  unsafe_path_segment: (p) => `路径 "${p.path ?? ''}" 含有不安全的片段 "${p.segment ?? ''}"`,
  path_too_long: (p) => `路径过长：超过上限 ${p.limit ?? ''} 个字符`,
  undefined_fact: (p) => `未定义的事实 "${p.fact ?? ''}"（如允许缺失事实，请设置 allowUndefinedFacts: true）`,
  operator_type: (p) => `运算符 "${p.operator ?? ''}" 需要${zhWord(p.expected)}，实际为${zhWord(p.received)}`,
  evaluation_failed: (p) => `条件求值失败：${p.detail ?? ''}`,
};

const enWord = typeWord('en');

const en: CatalogueEntries<EngineIssueCode, EngineMessageParams> = {
  unreadable: (p) => `The ${p.key ? `option "${p.key}"` : 'rules'} cannot be read: ${p.detail ?? ''}`,
  invalid_locale: (p) => `Unsupported locale "${p.detail ?? ''}"; use zh-CN or en`,
  invalid_type: (p) =>
    `"${p.key ?? ''}" has the wrong type: expected ${enWord(p.expected)}, got ${enWord(p.received)}`,
  missing: (p) => `Required field "${p.key ?? ''}" is missing`,
  ambiguous_condition: (p) =>
    `A condition must have exactly one of all, any, not, condition or fact; found ${p.detail ?? ''}`,
  invalid_root: () => 'The root of "conditions" must be one of all, any, not or condition',
  unknown_operator: (p) => `Unknown operator "${p.operator ?? ''}"`,
  invalid_operator_value: (p) =>
    `Operator "${p.operator ?? ''}" needs ${enWord(p.expected)} as its value, got ${enWord(p.received)}`,
  invalid_priority: (p) => `A priority must be a positive whole number, got ${p.detail ?? ''}`,
  invalid_value: (p) =>
    `"${p.key ?? ''}" must be plain data (text, numbers, true/false, null, lists, objects): ${p.detail ?? ''}`,
  unknown_condition: (p) => `Reference to an unknown shared condition "${p.name ?? ''}"`,
  circular_condition: (p) => `Shared conditions reference each other in a cycle: ${p.detail ?? ''}`,
  too_deep: (p) => `Conditions are nested too deeply: more than ${p.limit ?? ''} levels`,
  invalid_path: (p) => `The path "${p.path ?? ''}" has a syntax error at character ${p.column ?? ''}`,
  unsupported_path: (p) =>
    `The path "${p.path ?? ''}" uses unsupported JSONPath syntax "${p.segment ?? ''}" (only plain paths such as $.a.b, a[0], $['a b'] are allowed)`,
  unsafe_path_segment: (p) => `The path "${p.path ?? ''}" contains the unsafe segment "${p.segment ?? ''}"`,
  path_too_long: (p) => `The path is too long: more than ${p.limit ?? ''} characters`,
  undefined_fact: (p) =>
    `Undefined fact: ${p.fact ?? ''} (set allowUndefinedFacts: true to allow missing facts)`,
  operator_type: (p) =>
    `Operator "${p.operator ?? ''}" needs ${enWord(p.expected)}, got ${enWord(p.received)}`,
  evaluation_failed: (p) => `Evaluating the condition failed: ${p.detail ?? ''}`,
};

/**
 * Formats the message of an engine issue in one locale, with a did-you-mean when the params carry a
 * `suggestion`.
 *
 * @param locale - The message locale.
 * @param code - The issue code.
 * @param params - The values to fill in.
 * @returns A full sentence.
 * @example
 * ```ts
 * engineMessage('en', 'undefined_fact', { fact: 'budget' });
 * // 'Undefined fact: budget (set allowUndefinedFacts: true to allow missing facts)'
 * engineMessage('en', 'unknown_operator', { operator: 'greaterThen', suggestion: 'greaterThan' });
 * // 'Unknown operator "greaterThen"; did you mean "greaterThan"?'
 * ```
 */
export const engineMessage: Catalogue<EngineIssueCode, EngineMessageParams> = defineCatalogue({
  'zh-CN': zh,
  en,
});

/**
 * Formats the message of an engine issue in both locales.
 *
 * @param code - The issue code.
 * @param params - The values to fill in.
 * @returns The message in simplified Chinese and in English.
 * @example
 * ```ts
 * engineMessages('unknown_operator', { operator: 'greaterThen', suggestion: 'greaterThan' }).en;
 * // 'Unknown operator "greaterThen"; did you mean "greaterThan"?'
 * ```
 */
export function engineMessages(code: EngineIssueCode, params: EngineMessageParams = {}): Localized {
  return { 'zh-CN': engineMessage('zh-CN', code, params), en: engineMessage('en', code, params) };
}
