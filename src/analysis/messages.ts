// Every human message of the goal analysis, in both locales: criterion verdicts that quote their evidence (for
// rule explanations) and input issues. One catalogue, no inline strings in the logic.
import { match } from 'ts-pattern';
import { argumentError, guarded } from '../i18n/argument.js';
import type { Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showValue } from '../i18n/show.js';
import { type CatalogueEntries, defineCatalogue } from '../issues/catalogue.js';
import type { GoalAnalysis, GoalAnalysisIssueCode, GoalEvidence, QuantityEvidence } from './types.js';

/**
 * The SMART criteria the analysis decides.
 *
 * @example
 * ```ts
 * const criterion: GoalCriterionName = 'timeBound';
 * ```
 */
export type GoalCriterionName = 'specific' | 'measurable' | 'timeBound' | 'assignable';

/**
 * The verdict message codes (stable public API):
 *
 * - `specific.met` / `specific.vague` (unresolved vague terms) / `specific.no-action` (no action, no quantity).
 * - `measurable.met` / `measurable.weak` (numbers, but none tied to a metric) / `measurable.unmet`.
 * - `time-bound.met` / `time-bound.vague` (only vague time such as 尽快) / `time-bound.unmet`.
 * - `assignable.met` / `assignable.unmet`.
 *
 * @example
 * ```ts
 * const code: GoalVerdictCode = 'measurable.weak';
 * ```
 */
export type GoalVerdictCode =
  | 'specific.met'
  | 'specific.vague'
  | 'specific.no-action'
  | 'measurable.met'
  | 'measurable.weak'
  | 'measurable.unmet'
  | 'time-bound.met'
  | 'time-bound.vague'
  | 'time-bound.unmet'
  | 'assignable.met'
  | 'assignable.unmet';

/**
 * Values that fill a goal-analysis message: `evidence` is the quoted evidence list, already formatted; `limit`
 * and `length` are counts. `suggestion`, as every crossdept catalogue's params may carry, appends the shared
 * did-you-mean to the message.
 *
 * @example
 * ```ts
 * const params: GoalMessageParams = { evidence: '「500万元」（5,000,000 CNY）' };
 * ```
 */
export interface GoalMessageParams {
  readonly evidence?: string;
  readonly limit?: number;
  readonly length?: number;
  readonly suggestion?: string | undefined;
}

/** Every code the goal catalogue has a message for. */
type GoalMessageCode = GoalVerdictCode | GoalAnalysisIssueCode;

const ENTRIES: { readonly [L in Locale]: CatalogueEntries<GoalMessageCode, GoalMessageParams> } = {
  'zh-CN': {
    'specific.met': (p) => `具体：目标写明了要做的事或要达到的结果${p.evidence ? `：${p.evidence}` : ''}。`,
    'specific.vague': (p) => `不够具体：${p.evidence ?? '含糊的用语'}没有量化，请写明做到什么程度。`,
    'specific.no-action': () => '不够具体：没有写明要完成的具体行动或结果。',
    'measurable.met': (p) => `可衡量：${p.evidence ?? '目标写明了衡量标准'}。`,
    'measurable.weak': (p) => `不可衡量：${p.evidence ?? '数字'}没有对应的指标，请写明衡量什么。`,
    'measurable.unmet': () => '不可衡量：没有找到数量、金额或百分比等衡量标准。',
    'time-bound.met': (p) => `有时限：${p.evidence ?? '目标写明了截止时间'}。`,
    'time-bound.vague': (p) => `没有明确时限：${p.evidence ?? '含糊的时间'}不是截止日期。`,
    'time-bound.unmet': () => '没有时限：没有找到截止日期或时间范围。',
    'assignable.met': (p) => `有负责人：${p.evidence ?? '目标写明了负责人'}。`,
    'assignable.unmet': () => '没有写明负责人或负责部门。',
    not_text: () => '目标陈述不是文本。',
    too_long: (p) => `目标陈述过长（${p.length ?? 0} 个字符，上限 ${p.limit ?? 0}）。`,
    invalid_reference: () =>
      '参照日期不是 ISO 日期（YYYY-MM-DD），也不是 { start, end } 期间；相对时限不换算为日期。',
    invalid_locale: () => '语言只能是 zh-CN、en 或 auto；已自动识别。',
    invalid_calendar: () => '工作日历不是 { holidays, workdays } 日期列表；工作日按周一至周五计算。',
  },
  en: {
    'specific.met': (p) =>
      `Specific: the goal states what will be done or achieved${p.evidence ? `: ${p.evidence}` : ''}.`,
    'specific.vague': (p) => `Not specific: ${p.evidence ?? 'a vague term'} is not quantified; say how much.`,
    'specific.no-action': () => 'Not specific: the goal names no concrete action or outcome.',
    'measurable.met': (p) => `Measurable: ${p.evidence ?? 'the goal states a measure'}.`,
    'measurable.weak': (p) =>
      `Not measurable: ${p.evidence ?? 'a number'} is not tied to a metric; say what is measured.`,
    'measurable.unmet': () => 'Not measurable: no quantity, amount or percentage of an outcome.',
    'time-bound.met': (p) => `Time-bound: ${p.evidence ?? 'the goal states a deadline'}.`,
    'time-bound.vague': (p) => `No clear deadline: ${p.evidence ?? 'vague time'} is not a date.`,
    'time-bound.unmet': () => 'Not time-bound: no deadline or time frame.',
    'assignable.met': (p) => `Assignable: ${p.evidence ?? 'the goal names an owner'}.`,
    'assignable.unmet': () => 'No owner: the goal names no person, team or department.',
    not_text: () => 'The goal statement is not text.',
    too_long: (p) => `The goal statement is too long (${p.length ?? 0} characters, limit ${p.limit ?? 0}).`,
    invalid_reference: () =>
      'The reference is neither an ISO date (YYYY-MM-DD) nor a { start, end } period; relative deadlines carry no date.',
    invalid_locale: () => 'The locale must be zh-CN, en or auto; it was detected instead.',
    invalid_calendar: () =>
      'The calendar is not { holidays, workdays } lists of ISO dates; working days count Monday to Friday.',
  },
};

const GOAL_MESSAGES = /* @__PURE__ */ defineCatalogue(ENTRIES);

/**
 * One message from the goal analysis's catalogue, called as every crossdept catalogue is:
 * `goalMessage(locale, code, params)`.
 *
 * @param locale - The language.
 * @param code - A verdict or issue code.
 * @param params - Values to fill in (`evidence` text, `limit` and `length` numbers, a `suggestion`).
 * @returns The message.
 * @throws {@link CrossdeptError} with code `invalid_locale` for a locale other than `zh-CN` or `en`, and
 *   `invalid_argument` for an unknown code or params of the wrong type; nothing else.
 * @example
 * ```ts
 * goalMessage('en', 'measurable.unmet'); // 'Not measurable: no quantity, amount or percentage of an outcome.'
 * goalMessage('zh-CN', 'too_long', { length: 1200, limit: 1000 }); // '目标陈述过长（1200 个字符，上限 1000）。'
 * ```
 */
export function goalMessage(
  locale: Locale,
  code: GoalVerdictCode | GoalAnalysisIssueCode,
  params: GoalMessageParams = {},
): string {
  const language = checkedLocale(locale);
  if (typeof code !== 'string' || !Object.hasOwn(ENTRIES.en, code)) {
    throw argumentError('invalid_argument', ['code'], { kind: 'verdict' });
  }
  return GOAL_MESSAGES(language, code, checkedParams(params));
}

/** The locale, or the `invalid_locale` error for anything but `zh-CN` and `en`. */
function checkedLocale(locale: unknown): Locale {
  if (locale === 'zh-CN' || locale === 'en') return locale;
  throw argumentError('invalid_locale', ['locale'], { value: showValue(locale) });
}

const PARAM_KEYS = ['evidence', 'limit', 'length', 'suggestion'] as const;

/**
 * The message values, read once and checked: `evidence` and `suggestion` text, `limit` and `length` numbers, each
 * optional.
 */
function checkedParams(params: unknown): GoalMessageParams {
  if (params === undefined || params === null) return {};
  const read = readOptionFields(params, PARAM_KEYS);
  const [unreadable] = read.unreadable;
  if (unreadable !== undefined) {
    throw argumentError('invalid_argument', ['params', unreadable.key], { detail: unreadable.detail });
  }
  if (!read.object) throw argumentError('invalid_argument', ['params'], { kind: 'params' });
  const { evidence, limit, length, suggestion } = read.values;
  for (const [key, value] of [
    ['evidence', evidence],
    ['suggestion', suggestion],
  ] as const) {
    if (value !== undefined && typeof value !== 'string') {
      throw argumentError('invalid_argument', ['params', key], { kind: 'text' });
    }
  }
  for (const [key, value] of [
    ['limit', limit],
    ['length', length],
  ] as const) {
    if (value !== undefined && typeof value !== 'number') {
      throw argumentError('invalid_argument', ['params', key], { kind: 'count' });
    }
  }
  return {
    ...(evidence === undefined ? {} : { evidence: evidence as string }),
    ...(limit === undefined ? {} : { limit: limit as number }),
    ...(length === undefined ? {} : { length: length as number }),
    ...(suggestion === undefined ? {} : { suggestion: suggestion as string }),
  };
}

/** 5000000 → "5,000,000"; 0.5 → "0.5". No Intl, so output is the same on every platform. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const [int = '0', frac] = String(Math.abs(value)).split('.');
  if (int.includes('e')) return String(value);
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ',';
    grouped += int[i];
  }
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Durations shown with unit symbols, so "24 h" reads the same for one hour or many. */
const TIME_SYMBOLS: Readonly<Record<string, string>> = {
  second: 's',
  minute: 'min',
  hour: 'h',
  day: 'd',
  workday: 'working d',
  week: 'wk',
  month: 'mo',
  quarter: 'qtr',
  year: 'yr',
};

function amount(value: number, unit: string | undefined): string {
  if (unit === undefined) return formatNumber(value);
  if (Object.hasOwn(TIME_SYMBOLS, unit)) return `${formatNumber(value)} ${TIME_SYMBOLS[unit]}`;
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

/**
 * The normalised value of a quantity, as the messages show it: `5,000,000 CNY`, `70% → 85%`, `×2`.
 *
 * @param q - A quantity.
 * @returns Its value in words.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `q` is not a quantity (or cannot be read).
 * @example
 * ```ts
 * describeQuantity(analyzeGoal('首月销售额达500万元').measurable.evidence[0]!); // '5,000,000 CNY'
 * ```
 */
export function describeQuantity(q: QuantityEvidence): string {
  return guarded(['q'], () => {
    if (typeof q !== 'object' || q === null || typeof q.value !== 'number') {
      throw argumentError('invalid_argument', ['q'], { kind: 'evidence' });
    }
    if (q.from !== undefined && q.to !== undefined)
      return `${amount(q.from, q.unit)} → ${amount(q.to, q.unit)}`;
    if (q.category === 'multiplier') return `×${formatNumber(q.value)}`;
    const per = q.per === undefined ? '' : ` / ${q.per}`;
    return amount(q.value, q.unit) + per;
  });
}

/**
 * Quotes one piece of evidence with its normalised value: 「500万元」（5,000,000 CNY）, “by June 30” (2027-06-30).
 *
 * @param evidence - The evidence.
 * @param locale - The language (it picks the quotation marks).
 * @returns The quote.
 * @throws {@link CrossdeptError} with code `invalid_locale` for a locale other than `zh-CN` or `en`, and
 *   `invalid_argument` for evidence that cannot be read; nothing else.
 * @example
 * ```ts
 * quoteEvidence(analyzeGoal('3个月内完成', { reference: '2026-09-01' }).timeBound.evidence[0]!, 'zh-CN');
 * // '「3个月内」（2026-11-30）'
 * ```
 */
export function quoteEvidence(evidence: GoalEvidence, locale: Locale): string {
  checkedLocale(locale);
  return guarded(['evidence'], () => {
    if (typeof evidence !== 'object' || evidence === null || typeof evidence.text !== 'string') {
      throw argumentError('invalid_argument', ['evidence'], { kind: 'evidence' });
    }
    const quoted = locale === 'en' ? `“${evidence.text}”` : `「${evidence.text}」`;
    let detail: string | undefined;
    if (evidence.kind === 'quantity') detail = describeQuantity(evidence);
    else if (evidence.kind === 'deadline') detail = evidence.date;
    if (detail === undefined || detail === evidence.text) return quoted;
    return locale === 'en' ? `${quoted} (${detail})` : `${quoted}（${detail}）`;
  });
}

function quoteAll(list: readonly GoalEvidence[], locale: Locale): string {
  return list.map((e) => quoteEvidence(e, locale)).join(locale === 'en' ? ', ' : '、');
}

/**
 * The verdict code of one criterion of an analysis.
 *
 * @param analysis - The analysis.
 * @param criterion - Which criterion.
 * @returns The code.
 * @throws {@link CrossdeptError} with code `invalid_argument` for an unknown criterion or an analysis that
 *   cannot be read; nothing else.
 * @example
 * ```ts
 * verdictCode(analyzeGoal('提升客户满意度'), 'specific'); // 'specific.vague'
 * ```
 */
export function verdictCode(analysis: GoalAnalysis, criterion: GoalCriterionName): GoalVerdictCode {
  if (!(CRITERIA as readonly unknown[]).includes(criterion)) {
    throw argumentError('invalid_argument', ['criterion'], { kind: 'criterion' });
  }
  return guarded(['analysis'], () => verdict(analysis, criterion));
}

const CRITERIA: readonly GoalCriterionName[] = ['specific', 'measurable', 'timeBound', 'assignable'];

function verdict(analysis: GoalAnalysis, criterion: GoalCriterionName): GoalVerdictCode {
  return match<GoalCriterionName, GoalVerdictCode>(criterion)
    .with('specific', () => {
      if (analysis.specific.met) return 'specific.met';
      return analysis.vagueTerms.length > 0 ? 'specific.vague' : 'specific.no-action';
    })
    .with('measurable', () => {
      if (analysis.measurable.met) return 'measurable.met';
      return analysis.measurable.evidence.length > 0 ? 'measurable.weak' : 'measurable.unmet';
    })
    .with('timeBound', () => {
      if (analysis.timeBound.met) return 'time-bound.met';
      const vagueTime = analysis.specific.evidence.some((e) => e.kind === 'vague' && e.category === 'time');
      return vagueTime ? 'time-bound.vague' : 'time-bound.unmet';
    })
    .with('assignable', () => (analysis.assignable.met ? 'assignable.met' : 'assignable.unmet'))
    .exhaustive();
}

/**
 * Describes one criterion's verdict in a sentence that quotes the evidence, for rule explanations: 可衡量：
 * 「500万元」（5,000,000 CNY）。 / Not specific: “improve” is not quantified; say how much.
 *
 * @param analysis - The analysis.
 * @param criterion - Which criterion.
 * @param locale - The language; defaults to the analysis locale.
 * @returns The sentence.
 * @throws {@link CrossdeptError} with code `invalid_locale` for a locale other than `zh-CN` or `en`, and
 *   `invalid_argument` for an unknown criterion or an analysis that cannot be read; nothing else.
 * @example
 * ```ts
 * describeCriterion(analyzeGoal('将销售额提高10%'), 'measurable', 'zh-CN'); // '可衡量：「10%」。'
 * ```
 */
export function describeCriterion(
  analysis: GoalAnalysis,
  criterion: GoalCriterionName,
  locale?: Locale,
): string {
  const code = verdictCode(analysis, criterion);
  const language = checkedLocale(locale ?? guarded(['analysis'], () => analysis.locale));
  return guarded(['analysis'], () => criterionMessage(analysis, code, language));
}

function criterionMessage(analysis: GoalAnalysis, code: GoalVerdictCode, locale: Locale): string {
  const vague = analysis.specific.evidence.filter((e) => e.kind === 'vague');
  const strong = analysis.measurable.evidence.filter((e) => e.strength === 'strong');
  const actions = analysis.specific.evidence.filter((e) => e.kind === 'action');
  const evidence = match<GoalVerdictCode, readonly GoalEvidence[]>(code)
    .with('specific.met', () => (actions.length > 0 ? actions : strong))
    .with('specific.vague', () => vague.filter((e) => !e.resolved))
    .with('measurable.met', () => strong)
    .with('measurable.weak', () => analysis.measurable.evidence)
    .with('time-bound.met', () => analysis.timeBound.evidence)
    .with('time-bound.vague', () => vague.filter((e) => e.category === 'time'))
    .with('assignable.met', () => analysis.assignable.evidence)
    .with('specific.no-action', 'measurable.unmet', 'time-bound.unmet', 'assignable.unmet', () => [])
    .exhaustive();
  return goalMessage(locale, code, evidence.length > 0 ? { evidence: quoteAll(evidence, locale) } : {});
}
