import { CrossdeptError } from '../errors.js';
import {
  type Catalogue,
  type CatalogueEntries,
  defineCatalogue,
  type SuggestionParams,
} from '../issues/catalogue.js';
import type { CrossdeptIssue, IssuePath } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { Locale, Localized } from './locale.js';
import { showError } from './show.js';

/**
 * What an argument must be, for the messages of `invalid_argument` errors.
 *
 * @example
 * ```ts
 * const kind: ArgumentKind = 'calendar';
 * ```
 */
export type ArgumentKind =
  | 'collaboration'
  | 'milestone'
  | 'period'
  | 'calendar'
  | 'nodes'
  | 'node'
  | 'schedule'
  | 'analysis'
  | 'criterion'
  | 'evidence'
  | 'verdict'
  | 'params'
  | 'rules'
  | 'facts'
  | 'options'
  | 'text'
  | 'count'
  | 'date'
  | 'entities'
  | 'object'
  | 'size'
  | 'phase';

const KINDS: { readonly [L in Locale]: { readonly [K in ArgumentKind]: string } } = {
  'zh-CN': {
    collaboration: '协作对象（parseCollaboration 的结果）',
    milestone: '里程碑对象 { id, due, … }',
    period: '协作周期 { start, end }（ISO 日期）',
    calendar: '工作日历 { holidays?, workdays? }（ISO 日期列表）',
    nodes: '依赖节点列表 [{ id, dependsOn? }]',
    node: '依赖节点 { id: 文本, dependsOn?: 文本列表 }',
    schedule: 'scheduleMilestones 的结果',
    analysis: 'analyzeGoal 的结果',
    criterion: 'specific、measurable、timeBound、assignable 之一',
    evidence: 'analyzeGoal 给出的证据',
    verdict: '判定代码（如 measurable.met）或输入问题代码',
    params: '消息参数对象',
    rules: '规则定义列表（如 defaultRules）',
    facts: '事实定义列表（如 facts）',
    options: '选项对象',
    text: '文本',
    count: '非负整数',
    date: 'ISO 日期（YYYY-MM-DD）',
    entities: '实体上下文 { departments, people, milestones, … }（编号列表）',
    object: '对象',
    size: "'small'、'medium'、'large'，或各类实体的最大数量（0 到 100000 的整数）",
    phase: "阶段名、'derived' 或 'any'",
  },
  en: {
    collaboration: 'a collaboration (what parseCollaboration returns)',
    milestone: 'a milestone { id, due, … }',
    period: 'a period { start, end } of ISO dates',
    calendar: 'a calendar { holidays?, workdays? } of ISO date lists',
    nodes: 'a list of dependency nodes [{ id, dependsOn? }]',
    node: 'a dependency node { id: text, dependsOn?: list of text }',
    schedule: 'what scheduleMilestones returns',
    analysis: 'what analyzeGoal returns',
    criterion: 'one of specific, measurable, timeBound or assignable',
    evidence: 'evidence from analyzeGoal',
    verdict: 'a verdict code (such as measurable.met) or an input issue code',
    params: 'an object of message values',
    rules: 'a list of rule definitions (such as defaultRules)',
    facts: 'a list of fact definitions (such as facts)',
    options: 'an options object',
    text: 'text',
    count: 'a whole number ≥ 0',
    date: 'an ISO date (YYYY-MM-DD)',
    entities: 'an entity context { departments, people, milestones, … } of id lists',
    object: 'an object',
    size: "'small', 'medium', 'large', or the most entities of each kind (whole numbers from 0 to 100000)",
    phase: "a phase, 'derived' or 'any'",
  },
};

/**
 * The values an argument message is filled with: which argument (`path`, and where inside it), what it must be
 * (`kind`), the value shown (for a locale), or what reading it threw (`detail`).
 *
 * @example
 * ```ts
 * const params: ArgumentMessageParams = { path: ['calendar', 'holidays'], kind: 'calendar' };
 * ```
 */
export interface ArgumentMessageParams extends SuggestionParams {
  readonly path?: IssuePath;
  readonly kind?: ArgumentKind;
  readonly value?: string;
  readonly detail?: string;
}

/**
 * The codes of argument errors: `invalid_argument` (an argument is not of the kind the function takes, or it
 * cannot be read: a getter or Proxy trap that throws) and `invalid_locale` (a locale other than `zh-CN` or `en`).
 *
 * @example
 * ```ts
 * const code: ArgumentErrorCode = 'invalid_argument';
 * ```
 */
export type ArgumentErrorCode = 'invalid_argument' | 'invalid_locale';

/** `collaboration.milestones[3].id` for `['collaboration', 'milestones', 3, 'id']`. */
function where(path: IssuePath | undefined): string {
  let out = '';
  for (const segment of path ?? [])
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

const zh: CatalogueEntries<ArgumentErrorCode, ArgumentMessageParams> = {
  invalid_argument: (p) =>
    p.kind === undefined
      ? `参数 ${where(p.path)} 无法读取${p.detail ? `：${p.detail}` : ''}`
      : `参数 ${where(p.path)} 应为${KINDS['zh-CN'][p.kind]}`,
  invalid_locale: (p) => `不支持的语言 "${p.value ?? ''}"，可选：zh-CN、en`,
};

const en: CatalogueEntries<ArgumentErrorCode, ArgumentMessageParams> = {
  invalid_argument: (p) =>
    p.kind === undefined
      ? `Argument ${where(p.path)} cannot be read${p.detail ? `: ${p.detail}` : ''}`
      : `Argument ${where(p.path)} must be ${KINDS.en[p.kind]}`,
  invalid_locale: (p) => `Unsupported locale "${p.value ?? ''}"; use zh-CN or en`,
};

/**
 * The message of an argument error in one locale.
 *
 * @param locale - The message locale.
 * @param code - The code.
 * @param params - Which argument (`path`, e.g. `['calendar', 'holidays']`), what it must be (`kind`), the value
 *   shown, or what reading it threw.
 * @returns The sentence.
 * @example
 * ```ts
 * import { argumentMessage } from './argument.js';
 *
 * argumentMessage('en', 'invalid_argument', { path: ['calendar'], kind: 'calendar' });
 * // 'Argument calendar must be a calendar { holidays?, workdays? } of ISO date lists'
 * ```
 */
export const argumentMessage: Catalogue<ArgumentErrorCode, ArgumentMessageParams> = defineCatalogue({
  'zh-CN': zh,
  en,
});

/**
 * An issue of an argument error: the usual fields, with the message in the requested locale and `messages` in
 * both.
 *
 * @example
 * ```ts
 * const issue: ArgumentIssue = {
 *   code: 'invalid_argument', path: ['calendar'], pointer: '/calendar',
 *   message: '参数 calendar 应为工作日历 { holidays?, workdays? }（ISO 日期列表）',
 *   messages: { 'zh-CN': '参数 calendar 应为工作日历 { holidays?, workdays? }（ISO 日期列表）', en: 'Argument calendar must be a calendar { holidays?, workdays? } of ISO date lists' },
 * };
 * ```
 */
export interface ArgumentIssue extends CrossdeptIssue<ArgumentErrorCode> {
  readonly messages: Localized;
}

/**
 * The error a function throws for an argument outside its types: a {@link CrossdeptError} with code
 * `invalid_argument` (or `invalid_locale`) and one issue saying which argument and what it must be.
 *
 * @param code - `invalid_argument` or `invalid_locale`.
 * @param path - Which argument, and where inside it.
 * @param params - What it must be (`kind`), the value shown (for a locale), or what reading it threw (`detail`).
 * @param locale - The locale of `message` (default `zh-CN`, the default locale); `messages` has both.
 * @returns The error, to throw.
 * @example
 * ```ts
 * throw argumentError('invalid_argument', ['calendar'], { kind: 'calendar' });
 * ```
 */
export function argumentError(
  code: ArgumentErrorCode,
  path: IssuePath,
  params: Omit<ArgumentMessageParams, 'path'> = {},
  locale: Locale = 'zh-CN',
): CrossdeptError<ArgumentErrorCode> {
  const full: ArgumentMessageParams = { ...params, path };
  const messages: Localized = {
    'zh-CN': argumentMessage('zh-CN', code, full),
    en: argumentMessage('en', code, full),
  };
  const issue: ArgumentIssue = { ...makeIssue(code, path, messages[locale], params.suggestion), messages };
  return new CrossdeptError(code, [issue]);
}

/**
 * Whether something caught is a {@link CrossdeptError}, without trusting it: `instanceof` on a Proxy runs its
 * prototype trap, which may throw.
 *
 * @param error - What was caught.
 * @returns `true` for a CrossdeptError (of any subclass).
 * @example
 * ```ts
 * isCrossdeptError(argumentError('invalid_argument', ['x'], { kind: 'text' })); // true
 * ```
 */
export function isCrossdeptError(error: unknown): error is CrossdeptError {
  try {
    return error instanceof CrossdeptError;
  } catch {
    return false;
  }
}

/**
 * Runs `body`, turning whatever reading a hostile argument throws (a getter or Proxy trap, a value of the wrong
 * shape deep inside) into the `invalid_argument` error of the argument at `at`; the library's own errors pass as
 * they are. For functions whose arguments are structures too rich to check field by field up front.
 *
 * @param at - Which argument.
 * @param body - The function's work.
 * @returns What `body` returns.
 * @throws {@link CrossdeptError} with code `invalid_argument` (or whatever CrossdeptError `body` throws).
 * @example
 * ```ts
 * const phaseOf = (c: unknown) => guarded(['c'], () => (c as { phase: string }).phase);
 * phaseOf(null); // throws a CrossdeptError with code invalid_argument, not a TypeError
 * ```
 */
export function guarded<T>(at: IssuePath, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isCrossdeptError(error)) throw error;
    throw argumentError('invalid_argument', at, { detail: showError(error) });
  }
}
