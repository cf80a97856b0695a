import type { Locale } from '../i18n/locale.js';
import {
  type Catalogue,
  type CatalogueEntries,
  defineCatalogue,
  type SuggestionParams,
} from '../issues/catalogue.js';
import type { ParseIssueCode } from './issue.js';
import type { ReadLimit } from './limits.js';

/** Values that fill a parse message (and a did-you-mean `suggestion`). */
export interface ParseMessageParams extends SuggestionParams {
  readonly key?: string;
  readonly expected?: string;
  readonly received?: string;
  readonly options?: string;
  readonly value?: string;
  readonly kind?: string;
  readonly first?: string;
  readonly limit?: string;
  readonly detail?: string;
  /** For `too_large` and `too_deep`: which reader limit, its value and the name of its constant. */
  readonly exceeded?: { readonly limit: ReadLimit; readonly max: number; readonly name: string };
  /** For `too_many_issues`: how many issues are not shown. */
  readonly count?: number;
}

/** A whole number with thousands separators (the same in both locales, and independent of the runtime's). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const EXCEEDED: { readonly [L in Locale]: { readonly [R in ReadLimit]: (max: string) => string } } = {
  'zh-CN': {
    text: (max) => `超过 ${max} 个字符`,
    'yaml-tokens': (max) =>
      `超过 ${max} 个 YAML 语法单元（值、标点、缩进、换行、注释）；这么大的文档请改用 JSON 格式`,
    nodes: (max) => `超过 ${max} 个值（文本、数字、列表、对象，别名按展开后计）`,
    collection: (max) => `有列表或对象超过 ${max} 项`,
    depth: (max) => `列表和对象超过 ${max} 层`,
    aliases: (max) => `超过 ${max} 个 YAML 别名（*name）`,
  },
  en: {
    text: (max) => `more than ${max} characters`,
    'yaml-tokens': (max) =>
      `more than ${max} YAML tokens (values, punctuation, indentation, line breaks, comments); write a document this large as JSON`,
    nodes: (max) => `more than ${max} values (texts, numbers, lists and objects, aliases expanded)`,
    collection: (max) => `a list or object with more than ${max} entries`,
    depth: (max) => `more than ${max} levels of lists and objects`,
    aliases: (max) => `more than ${max} YAML aliases (*name)`,
  },
};

/** The limit an input exceeded, in words: what it counts, and the constant that holds it. */
function exceeded(locale: Locale, p: ParseMessageParams): { what: string; name: string } {
  if (p.exceeded === undefined) return { what: p.limit ?? '', name: '' };
  const { limit, max, name } = p.exceeded;
  return { what: EXCEEDED[locale][limit](grouped(max)), name };
}

const zh: CatalogueEntries<ParseIssueCode, ParseMessageParams> = {
  syntax: (p) => `文件语法错误：${p.detail ?? ''}`,
  too_large: (p) => {
    const { what, name } = exceeded('zh-CN', p);
    return name === '' ? `输入过大：超过上限 ${what}` : `输入过大：${what}（上限 ${name}）`;
  },
  too_deep: (p) => {
    const { what, name } = exceeded('zh-CN', p);
    return `输入嵌套过深：${what}（上限 ${name}）`;
  },
  too_many_issues: (p) => `另有 ${grouped(p.count ?? 0)} 个问题未列出；请先修正以上问题`,
  not_an_object: (p) =>
    p.received === undefined
      ? '文档为空：应为由字段组成的对象'
      : `文档应为由字段组成的对象，而不是${p.received}`,
  invalid_option: (p) =>
    p.key === undefined
      ? `选项应为对象（例如 { locale: 'en' }），而不是${p.received ?? ''}`
      : `选项 ${p.key} 无效："${p.value ?? ''}"，可选值：${p.options ?? ''}`,
  missing: (p) => `缺少必填字段 "${p.key ?? ''}"`,
  invalid_type: (p) => `类型错误：应为${p.expected ?? ''}，实际为${p.received ?? ''}`,
  invalid_enum: (p) => `取值 "${p.value ?? ''}" 无效，可选值：${p.options ?? ''}`,
  invalid_date: (p) => `"${p.value ?? ''}" 不是有效日期（格式 YYYY-MM-DD，且须为真实存在的日期）`,
  invalid_due: (p) =>
    `"${p.value ?? ''}" 不是有效的完成时限：应为日期 YYYY-MM-DD、{ month: N, part: start|mid|end } 或 { days: N }`,
  invalid_format: (p) => `"${p.value ?? ''}" 格式不正确：${p.expected ?? ''}`,
  too_small: (p) => `取值过小：最小为 ${p.limit ?? ''}`,
  too_big: (p) => `取值过大：最大为 ${p.limit ?? ''}`,
  unknown_key: (p) => `未知字段 "${p.key ?? ''}"`,
  duplicate_id: (p) => `${p.kind ?? ''}编号 "${p.value ?? ''}" 重复（首次出现于 ${p.first ?? ''}）`,
  unknown_reference: (p) => `引用了不存在的${p.kind ?? ''} "${p.value ?? ''}"`,
  period_order: (p) => `协作周期结束日期 ${p.value ?? ''} 早于开始日期 ${p.first ?? ''}`,
  reports_to_cycle: (p) => `汇报关系（reportsTo）构成循环：${p.value ?? ''}`,
  acknowledged_before_escalation: (p) => `确认日期 ${p.value ?? ''} 早于升级日期 ${p.first ?? ''}`,
  unknown_escalation_level: (p) =>
    `升级层级 ${p.value ?? ''} 不在升级路径（escalationPath）中，现有层级：${p.options ?? '无'}`,
  unreadable: (p) => `无法读取输入对象：${p.detail ?? ''}`,
};

const en: CatalogueEntries<ParseIssueCode, ParseMessageParams> = {
  syntax: (p) => `Syntax error: ${p.detail ?? ''}`,
  too_large: (p) => {
    const { what, name } = exceeded('en', p);
    return name === ''
      ? `The input is too large: above the limit of ${what}`
      : `The input is too large: ${what} (limit ${name})`;
  },
  too_deep: (p) => {
    const { what, name } = exceeded('en', p);
    return `The input is nested too deeply: ${what} (limit ${name})`;
  },
  too_many_issues: (p) => `${grouped(p.count ?? 0)} more issues are not shown; fix the ones above first`,
  not_an_object: (p) =>
    p.received === undefined
      ? 'The document is empty: it must be an object of named fields'
      : `The document must be an object of named fields, not ${p.received}`,
  invalid_option: (p) =>
    p.key === undefined
      ? `The options must be an object, such as { locale: 'en' }, not ${p.received ?? ''}`
      : `Invalid option ${p.key}: "${p.value ?? ''}"; allowed: ${p.options ?? ''}`,
  missing: (p) => `Required field "${p.key ?? ''}" is missing`,
  invalid_type: (p) => `Wrong type: expected ${p.expected ?? ''}, got ${p.received ?? ''}`,
  invalid_enum: (p) => `"${p.value ?? ''}" is not allowed; choose one of: ${p.options ?? ''}`,
  invalid_date: (p) => `"${p.value ?? ''}" is not a valid date (YYYY-MM-DD, and the day must exist)`,
  invalid_due: (p) =>
    `"${p.value ?? ''}" is not a valid due date: use a date YYYY-MM-DD, { month: N, part: start|mid|end } or { days: N }`,
  invalid_format: (p) => `"${p.value ?? ''}" is not in the expected form: ${p.expected ?? ''}`,
  too_small: (p) => `The value is too small: the minimum is ${p.limit ?? ''}`,
  too_big: (p) => `The value is too large: the maximum is ${p.limit ?? ''}`,
  unknown_key: (p) => `Unknown field "${p.key ?? ''}"`,
  duplicate_id: (p) => `Duplicate ${p.kind ?? ''} id "${p.value ?? ''}" (first used at ${p.first ?? ''})`,
  unknown_reference: (p) => `Reference to an unknown ${p.kind ?? ''} "${p.value ?? ''}"`,
  period_order: (p) => `The period ends on ${p.value ?? ''}, before it starts on ${p.first ?? ''}`,
  reports_to_cycle: (p) => `The reporting lines (reportsTo) form a cycle: ${p.value ?? ''}`,
  acknowledged_before_escalation: (p) =>
    `Acknowledged on ${p.value ?? ''}, before the escalation on ${p.first ?? ''}`,
  unknown_escalation_level: (p) =>
    `Escalation level ${p.value ?? ''} is not on the escalation path (escalationPath); its levels: ${p.options ?? 'none'}`,
  unreadable: (p) => `The input object cannot be read: ${p.detail ?? ''}`,
};

/** Words for types and entity kinds that appear inside messages. */
export const TERMS = {
  'zh-CN': {
    string: '文本',
    number: '数字',
    'finite number': '有限数字',
    int: '整数',
    boolean: '布尔值（true/false）',
    array: '列表',
    object: '对象',
    null: '空值',
    undefined: '空',
    department: '部门',
    person: '人员',
    milestone: '里程碑',
    conflict: '冲突',
    'person or department': '人员或部门',
    risk: '风险',
    meeting: '会议',
    incident: '突发事件',
    action: '行动项',
    problem: '问题',
    decision: '决策',
    'escalation level': '升级层级',
    id: '仅含字母、数字、"."、"_"、"-" 的编号',
    time: '时间 HH:MM 或 HH:MM-HH:MM',
    text: '文本',
    'plain text': '不含控制字符的文本',
    function: '函数',
    symbol: '符号',
    'unreadable object': '无法读取的对象',
  },
  en: {
    string: 'text',
    number: 'a number',
    'finite number': 'a finite number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
    undefined: 'nothing',
    department: 'department',
    person: 'person',
    milestone: 'milestone',
    conflict: 'conflict',
    'person or department': 'person or department',
    risk: 'risk',
    meeting: 'meeting',
    incident: 'incident',
    action: 'action item',
    problem: 'problem',
    decision: 'decision',
    'escalation level': 'escalation level',
    id: 'an id of letters, digits, ".", "_" and "-"',
    time: 'a time HH:MM or HH:MM-HH:MM',
    text: 'text',
    'plain text': 'text without control characters',
    function: 'a function',
    symbol: 'a symbol',
    'unreadable object': 'an object that cannot be read',
  },
} as const satisfies { readonly [L in Locale]: Record<string, string> };

/** A term from {@link TERMS}. */
export type Term = keyof (typeof TERMS)['en'];

/**
 * Translates a term (a type name or an entity kind) into the locale, passing unknown words through.
 *
 * @param locale - The target locale.
 * @param word - A key of {@link TERMS}, or any other word.
 * @returns The localized word.
 * @example
 * ```ts
 * term('zh-CN', 'department'); // '部门'
 * ```
 */
export function term(locale: Locale, word: string): string {
  const table: Record<string, string> = TERMS[locale];
  return table[word] ?? word;
}

/**
 * Formats the message of a parse issue in a locale, with a did-you-mean when `suggestion` is set.
 *
 * @param locale - The message locale.
 * @param code - The issue code.
 * @param params - The values to fill in.
 * @returns A full sentence.
 * @example
 * ```ts
 * import { parseMessage } from './messages.js';
 *
 * parseMessage('en', 'unknown_key', { key: 'responsibilites', suggestion: 'responsibilities' });
 * // 'Unknown field "responsibilites"; did you mean "responsibilities"?'
 * ```
 */
export const parseMessage: Catalogue<ParseIssueCode, ParseMessageParams> = defineCatalogue({
  'zh-CN': zh,
  en,
});
