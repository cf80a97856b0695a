import type { Locale } from '../i18n/locale.js';
import { defineCatalogue, type SuggestionParams } from '../issues/catalogue.js';

/**
 * The machine codes of the summary's issues, which are also the codes of {@link SummaryError}s (with
 * `invalid_collaboration`, whose issues are the parse issues):
 *
 * - `invalid_options`: the options are not an object, or one of them cannot be read (a getter that throws, a
 *   Proxy).
 * - `invalid_locale`: `locale` is neither `zh-CN` nor `en` (the message is in `zh-CN`).
 * - `invalid_now`: `now` is not a real ISO date.
 *
 * @example
 * ```ts
 * const code: SummaryIssueCode = 'invalid_now';
 * ```
 */
export type SummaryIssueCode = 'invalid_options' | 'invalid_locale' | 'invalid_now';

/** The values a summary message is filled with. */
export interface SummaryMessageParams extends SuggestionParams {
  /** The option that cannot be read. */
  readonly name?: string;
  /** What reading it threw. */
  readonly detail?: string;
  /** The value shown (a locale, a date). */
  readonly value?: string;
}

/**
 * The summary's messages, in both locales: `summaryMessage(locale, code, params)`.
 *
 * @example
 * ```ts
 * import { summaryMessage } from './messages.js';
 *
 * summaryMessage('en', 'invalid_now', { value: '2026-02-30' });
 * // 'The summary date "2026-02-30" is not a valid date (YYYY-MM-DD)'
 * ```
 */
export const summaryMessage: (
  locale: Locale,
  code: SummaryIssueCode,
  params?: SummaryMessageParams,
) => string = defineCatalogue<SummaryIssueCode, SummaryMessageParams>({
  'zh-CN': {
    invalid_options: (p) =>
      p.name
        ? `概览选项 ${p.name} 无法读取${p.detail ? `（${p.detail}）` : ''}`
        : '概览选项应为对象：{ now, locale? }',
    invalid_locale: (p) => `不支持的语言 "${p.value ?? ''}"，可选：zh-CN、en`,
    invalid_now: (p) => `概览日期 "${p.value ?? ''}" 不是有效日期（格式 YYYY-MM-DD）`,
  },
  en: {
    invalid_options: (p) =>
      p.name
        ? `The summary option ${p.name} cannot be read${p.detail ? ` (${p.detail})` : ''}`
        : 'The summary options must be an object: { now, locale? }',
    invalid_locale: (p) => `Unsupported locale "${p.value ?? ''}"; use zh-CN or en`,
    invalid_now: (p) => `The summary date "${p.value ?? ''}" is not a valid date (YYYY-MM-DD)`,
  },
});
