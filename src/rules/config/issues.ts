import type { Locale } from '../../i18n/locale.js';
import type { CrossdeptIssue, IssuePath } from '../../issues/issue.js';
import { makeIssue } from '../../issues/make-issue.js';
import type { ParseIssueCode } from '../../model/issue.js';
import { type RulesIssueCode, type RulesMessageParams, rulesMessage } from '../messages.js';

/**
 * The code of a rules-config issue: a parse code (`syntax`, `too_large`, `unknown_key`, `missing`,
 * `invalid_type`, `invalid_enum`, `invalid_format`, `too_small`, `too_big`, `unreadable`) or a rules code
 * (see {@link RulesIssueCode}).
 *
 * @example
 * ```ts
 * const code: RulesConfigIssueCode = 'unknown_rule';
 * ```
 */
export type RulesConfigIssueCode = ParseIssueCode | RulesIssueCode;

/**
 * A problem found in a rules config: code, path into the config, JSON pointer, localized message, and line and
 * column when the config was text; `suggestion` carries a did-you-mean.
 *
 * @example
 * ```ts
 * const issue: RulesConfigIssue = {
 *   code: 'unknown_rule', path: ['rules', 'team.core-sise'], pointer: '/rules/team.core-sise',
 *   message: 'There is no rule "team.core-sise"; did you mean "team.core-size"?', suggestion: 'team.core-size',
 * };
 * ```
 */
export type RulesConfigIssue = CrossdeptIssue<RulesConfigIssueCode>;

/**
 * Builds a rules issue: its message from the rules catalogue in the locale, its pointer from the path, and its
 * did-you-mean when the params carry one.
 *
 * @param locale - Message locale.
 * @param code - The issue code.
 * @param path - Where it is in the config (or in `evaluate`'s options).
 * @param params - The values for the message, and a `suggestion`.
 * @returns The issue.
 * @example
 * ```ts
 * import { rulesIssue } from './issues.js';
 *
 * rulesIssue('en', 'unknown_rule', ['rules', 'team.core-sise'], { id: 'team.core-sise', suggestion: 'team.core-size' });
 * // { code: 'unknown_rule', path: ['rules', 'team.core-sise'], pointer: '/rules/team.core-sise',
 * //   message: 'There is no rule "team.core-sise"; did you mean "team.core-size"?', suggestion: 'team.core-size' }
 * ```
 */
export function rulesIssue(
  locale: Locale,
  code: RulesIssueCode,
  path: IssuePath,
  params: RulesMessageParams = {},
): RulesConfigIssue {
  return makeIssue(code, path, rulesMessage(locale, code, params), params.suggestion);
}
