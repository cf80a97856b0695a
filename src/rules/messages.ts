import type { Locale, Localized } from '../i18n/locale.js';
import {
  type Catalogue,
  type CatalogueEntries,
  defineCatalogue,
  type SuggestionParams,
} from '../issues/catalogue.js';

/**
 * The machine codes of rules-config issues that are not parse issues (parse codes such as `syntax`,
 * `too_large`, `unknown_key`, `missing`, `invalid_type`, `invalid_enum`, `too_small`, `too_big` and
 * `unreadable` are used as they are). Stable public API:
 *
 * - `unknown_rule`: `rules` names a rule id that does not exist (with a did-you-mean).
 * - `unknown_param`: a param the rule does not have (with a did-you-mean).
 * - `unknown_fact`: a condition names a fact that is not in the catalog for the rule's scope.
 * - `unknown_operator`: an operator that is not one of json-rules-engine's built-in ten.
 * - `invalid_value_type`: a condition's value has the wrong type for its fact (number, text, boolean, list,
 *   day count), or a param value the wrong type.
 * - `operator_not_applicable`: the operator does not apply to the fact's type (`greaterThan` on text, …).
 * - `expected_list`: `in` / `notIn` without a list.
 * - `invalid_condition`: a node that is neither a fact condition nor `all` / `any` / `not`.
 * - `invalid_path`: a condition `path` that is not a plain dot/bracket path, or reaches `__proto__`,
 *   `constructor` or `prototype`.
 * - `too_deep`: conditions nested deeper than the limit.
 * - `unknown_placeholder`: a custom message names a `{placeholder}` that is neither a fact nor `value`/`actual`.
 * - `duplicate_id`: two custom rules share an id, or a custom rule reuses a built-in id.
 * - `invalid_rule_id`: a custom rule id that does not match `CUSTOM_RULE_ID` (with the nearest valid id).
 * - `param_range`: two params of a range (`min`/`max`, …) in the wrong order, after the config is applied.
 * - `invalid_now`: `evaluate` got a `now` that is not a real ISO date.
 * - `invalid_engine`: `evaluate` got an `engine` that is neither `compiled` nor `json-rules-engine`.
 * - `engine_not_synchronous`: `evaluateSync` was asked for `engine: 'json-rules-engine'`, which runs only
 *   asynchronously.
 * - `invalid_options`: `evaluate`'s options are not an object, or one of them cannot be read (a getter that
 *   throws, a Proxy).
 * - `invalid_locale`: `evaluate` got a `locale` other than `zh-CN` or `en` (the message is in `zh-CN`).
 * - `invalid_config_result`: `evaluate` got a failed `loadRulesConfig` result whose issues cannot be read.
 * - `config_is_text`: `evaluate` got a config as text; text is read by `loadRulesConfig`, whose result `evaluate`
 *   takes (so a page that never reads config text does not download a YAML reader).
 *
 * @example
 * ```ts
 * const code: RulesIssueCode = 'unknown_fact';
 * ```
 */
export type RulesIssueCode =
  | 'unknown_rule'
  | 'unknown_param'
  | 'unknown_fact'
  | 'unknown_operator'
  | 'invalid_value_type'
  | 'operator_not_applicable'
  | 'expected_list'
  | 'invalid_condition'
  | 'invalid_path'
  | 'too_deep'
  | 'unknown_placeholder'
  | 'duplicate_id'
  | 'invalid_rule_id'
  | 'param_range'
  | 'invalid_now'
  | 'invalid_engine'
  | 'engine_not_synchronous'
  | 'invalid_options'
  | 'invalid_locale'
  | 'invalid_config_result'
  | 'config_is_text';

/** Values that fill a rules message (and a did-you-mean `suggestion`). */
export interface RulesMessageParams extends SuggestionParams {
  readonly id?: string;
  readonly name?: string;
  readonly scope?: string;
  readonly operator?: string;
  readonly expected?: string;
  readonly received?: string;
  readonly type?: string;
  readonly limit?: number;
  readonly detail?: string;
  readonly value?: string;
  /** The other param of a range, and the two values, for `param_range`. */
  readonly other?: string;
  readonly low?: number;
  readonly high?: number;
}

const TYPE_WORDS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  'zh-CN': {
    number: '数字',
    text: '文本',
    boolean: '布尔值（true/false）',
    list: '列表',
    day: '日期（YYYY-MM-DD）',
    object: '对象',
    null: '空值',
    undefined: '空',
    integer: '整数',
  },
  en: {
    number: 'a number',
    text: 'text',
    boolean: 'true or false',
    list: 'a list',
    day: 'a date (YYYY-MM-DD)',
    object: 'an object',
    null: 'null',
    undefined: 'nothing',
    integer: 'a whole number',
  },
};

const word = (locale: Locale, w: string | undefined): string => TYPE_WORDS[locale][w ?? ''] ?? w ?? '';

const zh: CatalogueEntries<RulesIssueCode, RulesMessageParams> = {
  unknown_rule: (p) => `不存在规则 "${p.id ?? ''}"`,
  unknown_param: (p) => `规则 "${p.id ?? ''}" 没有参数 "${p.name ?? ''}"`,
  unknown_fact: (p) =>
    `作用范围 ${p.scope ?? ''} 中不存在事实 "${p.name ?? ''}"${p.detail ? `；它属于作用范围 ${p.detail}，请把规则的 scope 改为该范围` : ''}`,
  unknown_operator: (p) =>
    `未知运算符 "${p.operator ?? ''}"；可用：equal、notEqual、in、notIn、contains、doesNotContain、lessThan、lessThanInclusive、greaterThan、greaterThanInclusive`,
  invalid_value_type: (p) =>
    `取值类型错误：${p.name ? `事实 "${p.name}" ` : ''}应为${word('zh-CN', p.expected)}，实际为${word('zh-CN', p.received)}${p.detail ? `（${p.detail}）` : ''}`,
  operator_not_applicable: (p) =>
    `运算符 "${p.operator ?? ''}" 不适用于${word('zh-CN', p.type)}类型的事实 "${p.name ?? ''}"${p.detail ? `；要判断列表是否为空或其长度，请用计数事实 ${p.detail}（如 ${p.detail} greaterThan 0）` : ''}`,
  expected_list: (p) => `运算符 "${p.operator ?? ''}" 的取值必须是列表`,
  invalid_condition: () => '条件应为 { fact, operator, value } 或 all / any / not 之一',
  invalid_path: (p) => `事实路径无效：${p.detail ?? ''}`,
  too_deep: (p) => `条件嵌套过深：最多 ${p.limit ?? ''} 层`,
  unknown_placeholder: (p) =>
    `占位符 {${p.name ?? ''}} 既不是该作用范围的事实或参数，也不是 value、actual、matched、subject 或 id`,
  duplicate_id: (p) => `规则编号 "${p.id ?? ''}" 重复${p.detail ? `（${p.detail}）` : ''}`,
  invalid_rule_id: (p) =>
    `规则编号 "${p.id ?? ''}" 无效：只能用小写字母和数字，单词之间用 "." 或 "-" 连接（不能有大写字母、"_"、空格，不能以 "." 或 "-" 开头或结尾），如 acme.too-many-departments`,
  param_range: (p) =>
    `规则 "${p.id ?? ''}" 的参数 ${p.name ?? ''}（${p.low ?? ''}）大于 ${p.other ?? ''}（${p.high ?? ''}）：${p.name ?? ''} 不能超过 ${p.other ?? ''}，否则该规则对任何取值都会触发`,
  invalid_now: (p) => `评估日期 "${p.value ?? ''}" 不是有效日期（格式 YYYY-MM-DD）`,
  invalid_engine: (p) => `未知的规则引擎 "${p.value ?? ''}"：应为 compiled 或 json-rules-engine`,
  engine_not_synchronous: () =>
    'json-rules-engine 只能异步运行，evaluateSync 无法使用它：请改用 evaluate，或使用默认的 compiled 引擎',
  invalid_options: (p) =>
    p.name
      ? `评估选项 ${p.name} 无法读取${p.detail ? `（${p.detail}）` : ''}`
      : '评估选项应为对象：{ now, config?, locale?, engine? }',
  invalid_locale: (p) => `不支持的语言 "${p.value ?? ''}"，可选：zh-CN、en`,
  invalid_config_result: () => '配置是一个失败的 loadRulesConfig 结果，但其中的问题列表无法读取',
  config_is_text: () =>
    '配置是文本：请先用 loadRulesConfig 读取（它给出行号和列号），再把它的结果作为 config 传入',
};

const en: CatalogueEntries<RulesIssueCode, RulesMessageParams> = {
  unknown_rule: (p) => `There is no rule "${p.id ?? ''}"`,
  unknown_param: (p) => `Rule "${p.id ?? ''}" has no param "${p.name ?? ''}"`,
  unknown_fact: (p) =>
    `There is no fact "${p.name ?? ''}" in scope ${p.scope ?? ''}${p.detail ? `; it is a fact of scope ${p.detail}: give the rule that scope` : ''}`,
  unknown_operator: (p) =>
    `Unknown operator "${p.operator ?? ''}"; use equal, notEqual, in, notIn, contains, doesNotContain, lessThan, lessThanInclusive, greaterThan or greaterThanInclusive`,
  invalid_value_type: (p) =>
    `Wrong type of value${p.name ? ` for fact "${p.name}"` : ''}: expected ${word('en', p.expected)}, got ${word('en', p.received)}${p.detail ? ` (${p.detail})` : ''}`,
  operator_not_applicable: (p) =>
    `Operator "${p.operator ?? ''}" does not apply to fact "${p.name ?? ''}" of type ${p.type ?? ''}${p.detail ? `; to test whether the list is empty or its size, use the count fact ${p.detail} (e.g. ${p.detail} greaterThan 0)` : ''}`,
  expected_list: (p) => `The value of operator "${p.operator ?? ''}" must be a list`,
  invalid_condition: () => 'A condition must be { fact, operator, value } or one of all / any / not',
  invalid_path: (p) => `Invalid fact path: ${p.detail ?? ''}`,
  too_deep: (p) => `Conditions are nested too deeply: at most ${p.limit ?? ''} levels`,
  unknown_placeholder: (p) =>
    `The placeholder {${p.name ?? ''}} is neither a fact or param of the scope nor value, actual, matched, subject or id`,
  duplicate_id: (p) => `Duplicate rule id "${p.id ?? ''}"${p.detail ? ` (${p.detail})` : ''}`,
  invalid_rule_id: (p) =>
    `Invalid rule id "${p.id ?? ''}": use lowercase letters and digits, in words joined by "." or "-" (no capitals, "_" or spaces, and no "." or "-" at either end), e.g. acme.too-many-departments`,
  param_range: (p) =>
    `Rule "${p.id ?? ''}": param ${p.name ?? ''} (${p.low ?? ''}) is greater than ${p.other ?? ''} (${p.high ?? ''}); ${p.name ?? ''} may not exceed ${p.other ?? ''}, or the rule fires whatever the value`,
  invalid_now: (p) => `The evaluation date "${p.value ?? ''}" is not a valid date (YYYY-MM-DD)`,
  invalid_engine: (p) => `Unknown rule engine "${p.value ?? ''}": use compiled or json-rules-engine`,
  engine_not_synchronous: () =>
    'json-rules-engine runs only asynchronously, so evaluateSync cannot use it: call evaluate instead, or use the default compiled engine',
  invalid_options: (p) =>
    p.name
      ? `The evaluation option ${p.name} cannot be read${p.detail ? ` (${p.detail})` : ''}`
      : 'The evaluation options must be an object: { now, config?, locale?, engine? }',
  invalid_locale: (p) => `Unsupported locale "${p.value ?? ''}"; use zh-CN or en`,
  invalid_config_result: () =>
    'The config is a failed loadRulesConfig result, but its list of issues cannot be read',
  config_is_text: () =>
    'The config is text: read it with loadRulesConfig (which reports lines and columns) and pass its result as config',
};

/**
 * Formats the message of a rules issue, with a did-you-mean when the params carry a `suggestion`.
 *
 * @param locale - The message locale.
 * @param code - The issue code.
 * @param params - The values to fill in.
 * @returns A full sentence.
 * @example
 * ```ts
 * import { rulesMessage } from './messages.js';
 *
 * rulesMessage('en', 'unknown_rule', { id: 'team.core-sise', suggestion: 'team.core-size' });
 * // 'There is no rule "team.core-sise"; did you mean "team.core-size"?'
 * ```
 */
export const rulesMessage: Catalogue<RulesIssueCode, RulesMessageParams> = defineCatalogue({
  'zh-CN': zh,
  en,
});

const CONDITION_VALUE_KINDS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  'zh-CN': {
    array: '列表',
    list: '列表',
    text: '文本',
    number: '数字',
    boolean: '布尔值',
    object: '对象',
    null: '空值',
    undefined: '空',
  },
  en: {
    array: 'a list',
    list: 'a list',
    text: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    null: 'null',
    undefined: 'nothing',
  },
};

/**
 * The kind of a value in a custom rule's condition, in words, for the `expected` and `received` of its
 * `invalid_type` issues (a kind the table does not have is shown as written).
 *
 * @param locale - The message locale.
 * @param kind - `array`, `list`, `text`, `number`, `boolean`, `object`, `null` or `undefined`.
 * @returns The words.
 * @example
 * ```ts
 * import { conditionValueKind } from './messages.js';
 *
 * conditionValueKind('zh-CN', 'array'); // '列表'
 * conditionValueKind('en', 'boolean'); // 'true or false'
 * ```
 */
export function conditionValueKind(locale: Locale, kind: string): string {
  const words = CONDITION_VALUE_KINDS[locale === 'en' ? 'en' : 'zh-CN'];
  return Object.hasOwn(words, kind) ? (words[kind] ?? kind) : kind;
}

/** Labels of enum values that appear in finding messages (through the `label` placeholder format). */
export const VALUE_LABELS: Readonly<Record<string, Localized>> = {
  coordinate: { 'zh-CN': '协调进度', en: 'coordinate progress' },
  'allocate-resources': { 'zh-CN': '调配资源', en: 'allocate resources' },
  'decide-conflicts': { 'zh-CN': '裁决冲突', en: 'decide conflicts' },
  progress: { 'zh-CN': '进度同步', en: 'progress sync' },
  issues: { 'zh-CN': '问题反馈', en: 'issue feedback' },
  decisions: { 'zh-CN': '决策事项', en: 'decisions' },
  weekly: { 'zh-CN': '每周', en: 'weekly' },
  biweekly: { 'zh-CN': '每两周', en: 'biweekly' },
  monthly: { 'zh-CN': '每月', en: 'monthly' },
  owner: { 'zh-CN': '负责人', en: 'owner' },
  deliverable: { 'zh-CN': '交付物', en: 'deliverable' },
  due: { 'zh-CN': '完成时限', en: 'due date' },
  highlights: { 'zh-CN': '亮点', en: 'highlights' },
  improvements: { 'zh-CN': '待改进问题', en: 'improvements' },
  lessons: { 'zh-CN': '经验教训', en: 'lessons' },
};

/** Words used when formatting values into messages. */
export const FORMAT_WORDS: {
  readonly [L in Locale]: {
    readonly separator: string;
    readonly yes: string;
    readonly no: string;
    readonly none: string;
  };
} = {
  'zh-CN': { separator: '、', yes: '是', no: '否', none: '无' },
  en: { separator: ', ', yes: 'yes', no: 'no', none: 'none' },
};
