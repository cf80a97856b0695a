import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showValue } from '../i18n/show.js';
import type { IssuePath } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import { parseCollaborationForOneUse } from '../model/parse.js';
import { isIsoDate } from '../model/primitives.js';
import type { Collaboration } from '../model/types.js';
import type { RulesConfig } from '../rules/config/schema.js';
import { RulesError } from '../rules/errors.js';
import { configData } from '../rules/options.js';
import { OutcomesError } from './errors.js';
import { type OutcomesIssueCode, type OutcomesMessageParams, outcomesMessage } from './messages.js';

/** The options of the outcome functions, read and checked. */
export interface OutcomeOptions {
  readonly now: string;
  readonly locale: Locale;
  readonly config: RulesConfig | undefined;
  /** The `report` option as given (health only). */
  readonly report: unknown;
}

/** An issue of the outcome functions' catalogue. */
export function outcomesIssue(
  locale: Locale,
  code: OutcomesIssueCode,
  path: IssuePath,
  params?: OutcomesMessageParams,
) {
  return makeIssue(code, [...path], outcomesMessage(locale, code, params));
}

const KEYS = ['now', 'locale', 'config', 'report'] as const;

/**
 * Reads the options once each and checks them: `now` (required ISO date), `locale`, `config` (validated as
 * `evaluate` does). Throws the {@link OutcomesError} of the first problem.
 */
export function readOutcomeOptions(options: unknown): OutcomeOptions {
  const read = readOptionFields(options, KEYS);
  const [unreadable] = read.unreadable;
  if (unreadable !== undefined) {
    const path = unreadable.key === 'options' ? [] : [unreadable.key];
    const params = { name: unreadable.key, detail: unreadable.detail };
    throw new OutcomesError('invalid_options', [
      outcomesIssue(DEFAULT_LOCALE, 'invalid_options', path, params),
    ]);
  }
  if (!read.object) {
    throw new OutcomesError('invalid_options', [outcomesIssue(DEFAULT_LOCALE, 'invalid_options', [])]);
  }
  const rawLocale = read.values.locale ?? DEFAULT_LOCALE;
  if (rawLocale !== 'zh-CN' && rawLocale !== 'en') {
    throw new OutcomesError('invalid_locale', [
      outcomesIssue(DEFAULT_LOCALE, 'invalid_locale', ['locale'], { value: showValue(rawLocale) }),
    ]);
  }
  const locale: Locale = rawLocale;
  const now = read.values.now;
  if (typeof now !== 'string' || !isIsoDate(now)) {
    throw new OutcomesError('invalid_now', [
      outcomesIssue(locale, 'invalid_now', ['now'], { value: showValue(now) }),
    ]);
  }
  let config: RulesConfig | undefined;
  try {
    config = configData(read.values.config ?? undefined, locale);
  } catch (error) {
    if (error instanceof RulesError) throw new OutcomesError('invalid_config', error.issues);
    throw error;
  }
  return { now, locale, config, report: read.values.report };
}

/**
 * Parses a collaboration argument; throws `invalid_collaboration` with the parse issues (their paths under
 * `side`, when given).
 */
export function parsedCollaboration(
  input: unknown,
  locale: Locale,
  side?: 'before' | 'after',
): Collaboration {
  const parsed = parseCollaborationForOneUse(input, { locale });
  if (parsed.success) return parsed.data;
  const issues =
    side === undefined
      ? parsed.issues
      : parsed.issues.map((i) => ({ ...i, ...makeIssue(i.code, [side, ...i.path], i.message) }));
  throw new OutcomesError('invalid_collaboration', issues);
}
