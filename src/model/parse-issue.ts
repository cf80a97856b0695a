import type { Locale } from '../i18n/locale.js';
import type { IssuePath } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import type { ParseIssue, ParseIssueCode } from './issue.js';
import { type ParseMessageParams, parseMessage } from './messages.js';

/**
 * Builds a parse issue: its message from the parse catalogue in the locale, its pointer from the path, and its
 * did-you-mean when the params carry one. The readers, the reference checker and the rules config's loader build
 * their parse-coded issues with it.
 *
 * @param locale - Message locale.
 * @param code - The issue code.
 * @param path - Where it is.
 * @param params - The values for the message.
 * @returns The issue.
 * @example
 * ```ts
 * import { parseIssue } from './parse-issue.js';
 *
 * parseIssue('en', 'unknown_key', ['team', 'lead'], { key: 'lead', suggestion: 'leader' }).message;
 * // 'Unknown field "lead"; did you mean "leader"?'
 * ```
 */
export function parseIssue(
  locale: Locale,
  code: ParseIssueCode,
  path: IssuePath,
  params: ParseMessageParams = {},
): ParseIssue {
  return makeIssue(code, path, parseMessage(locale, code, params), params.suggestion);
}
