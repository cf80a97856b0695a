import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showValue } from '../i18n/show.js';
import { makeIssue } from '../issues/make-issue.js';
import { parseCollaborationForOneUse } from '../model/parse.js';
import { isIsoDate } from '../model/primitives.js';
import type { Collaboration } from '../model/types.js';
import { RegisterError } from './errors.js';
import { type RegisterIssueCode, type RegisterMessageParams, registerMessage } from './messages.js';

function issue(
  locale: Locale,
  code: RegisterIssueCode,
  path: readonly string[],
  params?: RegisterMessageParams,
) {
  return makeIssue(code, [...path], registerMessage(locale, code, params));
}

/**
 * Reads a register's options (`now` when `needsNow`, and `locale`) and parses the collaboration; throws the
 * {@link RegisterError} of the first problem, and nothing else.
 *
 * @param collaboration - What the caller passed.
 * @param options - The options as passed: anything (absent options are fine when `now` is not needed).
 * @param needsNow - Whether `now` is required.
 * @returns The parsed collaboration, `now` (empty when not needed) and the locale.
 */
export function readRegisterInput(
  collaboration: unknown,
  options: unknown,
  needsNow: boolean,
): { readonly c: Collaboration; readonly now: string; readonly locale: Locale } {
  const read = readOptionFields(options, ['now', 'locale'] as const);
  const [unreadable] = read.unreadable;
  if (unreadable !== undefined) {
    const path = unreadable.key === 'options' ? [] : [unreadable.key];
    const params = { name: unreadable.key, detail: unreadable.detail };
    throw new RegisterError('invalid_options', [issue(DEFAULT_LOCALE, 'invalid_options', path, params)]);
  }
  if (!read.object && (needsNow || (options !== undefined && options !== null)))
    throw new RegisterError('invalid_options', [issue(DEFAULT_LOCALE, 'invalid_options', [])]);
  const rawLocale = read.values.locale ?? DEFAULT_LOCALE;
  if (rawLocale !== 'zh-CN' && rawLocale !== 'en') {
    const params = { value: showValue(rawLocale) };
    throw new RegisterError('invalid_locale', [issue(DEFAULT_LOCALE, 'invalid_locale', ['locale'], params)]);
  }
  const locale: Locale = rawLocale;
  const now = read.values.now;
  if (needsNow && (typeof now !== 'string' || !isIsoDate(now))) {
    throw new RegisterError('invalid_now', [
      issue(locale, 'invalid_now', ['now'], { value: showValue(now) }),
    ]);
  }
  const parsed = parseCollaborationForOneUse(collaboration, { locale });
  if (!parsed.success) throw new RegisterError('invalid_collaboration', parsed.issues);
  return { c: parsed.data, now: typeof now === 'string' ? now : '', locale };
}
