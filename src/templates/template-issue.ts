import type { Locale } from '../i18n/locale.js';
import type { IssuePath } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { TemplateIssue, TemplateIssueCode } from './errors.js';
import { type TemplateMessageCode, type TemplateMessageParams, templateMessage } from './messages.js';

/** The issue code of each message: a message that says more is an issue of its plain code. */
const ISSUE_CODE: { readonly [M in TemplateMessageCode]: TemplateIssueCode } = {
  invalid_options: 'invalid_options',
  unknown_template: 'unknown_template',
  invalid_locale: 'invalid_locale',
  invalid_format: 'invalid_format',
  invalid_collaboration: 'invalid_collaboration',
  missing_meeting: 'missing_meeting',
  unknown_meeting: 'unknown_meeting',
  missing_incident: 'missing_incident',
  unknown_incident: 'unknown_incident',
  missing_now: 'missing_now',
  invalid_now: 'invalid_now',
  missing_report: 'missing_report',
  missing_subject: 'missing_subject',
  unknown_subject: 'unknown_subject',
  invalid_report: 'invalid_report',
  unreadable_option: 'invalid_options',
  invalid_source: 'invalid_options',
  unreadable_collaboration: 'invalid_collaboration',
  invalid_report_value: 'invalid_report',
  unreadable_report: 'invalid_report',
};

/**
 * Builds a template issue: the code of its message, its pointer, the message from the catalogue in the locale
 * and, when `params.suggestion` is set, the did-you-mean (in the message and as `suggestion`).
 *
 * @param locale - The message locale.
 * @param message - The message's code (which names the issue's code).
 * @param path - Where: `['name']`, `['collaboration']` or `['options', key]`.
 * @param params - What the message says.
 * @returns The issue.
 * @example
 * ```ts
 * import { templateIssue } from './template-issue.js';
 *
 * templateIssue('en', 'unreadable_option', ['options', 'report'], { name: 'report', detail: 'trap' });
 * // { code: 'invalid_options', path: ['options', 'report'], pointer: '/options/report', message: 'The option report cannot be read (trap)' }
 * ```
 */
export function templateIssue(
  locale: Locale,
  message: TemplateMessageCode,
  path: IssuePath,
  params: TemplateMessageParams = {},
): TemplateIssue {
  return makeIssue(ISSUE_CODE[message], path, templateMessage(locale, message, params), params.suggestion);
}
