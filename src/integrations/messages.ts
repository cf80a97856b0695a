import type { Locale } from '../i18n/locale.js';
import { defineCatalogue, type SuggestionParams } from '../issues/catalogue.js';

/** The issue codes of the integrations (calendar, notifications). @example `const code: IntegrationIssueCode = 'invalid_channel';` */
export type IntegrationIssueCode =
  | 'invalid_options'
  | 'invalid_locale'
  | 'invalid_now'
  | 'invalid_channel'
  | 'invalid_report'
  | 'invalid_only';

/** The values an integration message is filled with. @example `const p: IntegrationMessageParams = { value: 'x' };` */
export interface IntegrationMessageParams extends SuggestionParams {
  readonly name?: string;
  readonly detail?: string;
  readonly value?: string;
  readonly options?: string;
}

/**
 * The integrations' issue messages, in both locales.
 *
 * @example
 * ```ts
 * import { integrationMessage } from './messages.js';
 *
 * integrationMessage('en', 'invalid_now', { value: 'tomorrow' });
 * ```
 */
export const integrationMessage: (
  locale: Locale,
  code: IntegrationIssueCode,
  params?: IntegrationMessageParams,
) => string = defineCatalogue<IntegrationIssueCode, IntegrationMessageParams>({
  'zh-CN': {
    invalid_options: (p) =>
      p.name
        ? `选项 ${p.name} 无法读取${p.detail ? `（${p.detail}）` : ''}`
        : '选项应为对象：{ now, locale, … }',
    invalid_locale: (p) => `不支持的语言 "${p.value ?? ''}"，可选：zh-CN、en`,
    invalid_now: (p) => `日期 "${p.value ?? ''}" 不是有效日期（格式 YYYY-MM-DD）`,
    invalid_channel: (p) => `不支持的通知渠道 "${p.value ?? ''}"，可选：${p.options ?? ''}`,
    invalid_report: () => '检查报告应为 evaluate 返回的对象：{ findings, actions, summary }',
    invalid_only: (p) => `only 的取值 "${p.value ?? ''}" 无效，可选：${p.options ?? ''}`,
  },
  en: {
    invalid_options: (p) =>
      p.name
        ? `The option ${p.name} cannot be read${p.detail ? ` (${p.detail})` : ''}`
        : 'The options must be an object: { now, locale, … }',
    invalid_locale: (p) => `Unsupported locale "${p.value ?? ''}"; use zh-CN or en`,
    invalid_now: (p) => `The date "${p.value ?? ''}" is not a valid date (YYYY-MM-DD)`,
    invalid_channel: (p) => `Unsupported channel "${p.value ?? ''}"; use one of: ${p.options ?? ''}`,
    invalid_report: () => 'The report must be what evaluate returns: { findings, actions, summary }',
    invalid_only: (p) => `"${p.value ?? ''}" is not a valid value of only; use: ${p.options ?? ''}`,
  },
});
