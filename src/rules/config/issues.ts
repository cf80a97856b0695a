import type { Locale } from '../../i18n/locale.js';
import type { CrossdeptIssue, IssuePath } from '../../issues/issue.js';
import { toJsonPointer } from '../../issues/pointer.js';
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

/** Builds a rules issue with its pointer, message and suggestion. */
export function rulesIssue(
  locale: Locale,
  code: RulesIssueCode,
  path: IssuePath,
  params: RulesMessageParams = {},
  suggestion?: string,
): RulesConfigIssue {
  return {
    code,
    path,
    pointer: toJsonPointer(path),
    message: rulesMessage(locale, code, params, suggestion),
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}
