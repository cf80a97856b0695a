import type { Locale } from '../i18n/locale.js';
import { defineCatalogue, type SuggestionParams } from '../issues/catalogue.js';

/**
 * The machine codes of the outcome functions' own issues (see `OutcomesErrorCode`).
 *
 * @example
 * ```ts
 * const code: OutcomesIssueCode = 'invalid_report';
 * ```
 */
export type OutcomesIssueCode = 'invalid_options' | 'invalid_locale' | 'invalid_now' | 'invalid_report';

/** The values an outcome message is filled with. */
export interface OutcomesMessageParams extends SuggestionParams {
  /** The option that cannot be read. */
  readonly name?: string;
  /** What reading it threw. */
  readonly detail?: string;
  /** The value shown (a locale, a date). */
  readonly value?: string;
}

/**
 * The outcome functions' issue messages, in both locales: `outcomesMessage(locale, code, params)`.
 *
 * @example
 * ```ts
 * import { outcomesMessage } from './messages.js';
 *
 * outcomesMessage('en', 'invalid_now', { value: '2026-02-30' }); // 'The date "2026-02-30" is not a valid date (YYYY-MM-DD)'
 * ```
 */
export const outcomesMessage: (
  locale: Locale,
  code: OutcomesIssueCode,
  params?: OutcomesMessageParams,
) => string = defineCatalogue<OutcomesIssueCode, OutcomesMessageParams>({
  'zh-CN': {
    invalid_options: (p) =>
      p.name
        ? `选项 ${p.name} 无法读取${p.detail ? `（${p.detail}）` : ''}`
        : '选项应为对象：{ now, locale?, config? }',
    invalid_locale: (p) => `不支持的语言 "${p.value ?? ''}"，可选：zh-CN、en`,
    invalid_now: (p) => `日期 "${p.value ?? ''}" 不是有效日期（格式 YYYY-MM-DD）`,
    invalid_report: () => 'report 应为 evaluate 的结果：{ findings: [...], actions: [...], summary }',
  },
  en: {
    invalid_options: (p) =>
      p.name
        ? `The option ${p.name} cannot be read${p.detail ? ` (${p.detail})` : ''}`
        : 'The options must be an object: { now, locale?, config? }',
    invalid_locale: (p) => `Unsupported locale "${p.value ?? ''}"; use zh-CN or en`,
    invalid_now: (p) => `The date "${p.value ?? ''}" is not a valid date (YYYY-MM-DD)`,
    invalid_report: () =>
      'report must be what evaluate returns: { findings: [...], actions: [...], summary }',
  },
});
