import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showValue } from '../i18n/show.js';
import { makeIssue } from '../issues/make-issue.js';
import { isIsoDate } from '../model/primitives.js';
import type { Report } from '../rules/report.js';
import { IntegrationError } from './errors.js';
import { type IntegrationIssueCode, type IntegrationMessageParams, integrationMessage } from './messages.js';

/**
 * An issue of the integrations, its message in `locale`.
 *
 * @example
 * ```ts
 * import { integrationIssue } from './read-options.js';
 *
 * integrationIssue('en', 'invalid_now', ['now'], { value: 'x' }).message;
 * ```
 */
export function integrationIssue(
  locale: Locale,
  code: IntegrationIssueCode,
  path: readonly (string | number)[],
  params?: IntegrationMessageParams,
) {
  return makeIssue(code, [...path], integrationMessage(locale, code, params));
}

/**
 * Reads an options object once per field and checks `now` and `locale`; throws the {@link IntegrationError} of
 * the first problem. Returns the other fields as read, for the caller to check.
 *
 * @example
 * ```ts
 * import { readIntegrationOptions } from './read-options.js';
 *
 * const { now, locale } = readIntegrationOptions({ now: '2026-11-26', locale: 'en' }, ['now', 'locale']);
 * ```
 */
export function readIntegrationOptions<K extends string>(
  options: unknown,
  keys: readonly K[],
): { readonly now: string; readonly locale: Locale; readonly values: Readonly<Partial<Record<K, unknown>>> } {
  const read = readOptionFields(options, keys);
  const [unreadable] = read.unreadable;
  if (unreadable !== undefined) {
    const path = unreadable.key === 'options' ? [] : [unreadable.key];
    const params = { name: unreadable.key, detail: unreadable.detail };
    throw new IntegrationError('invalid_options', [
      integrationIssue(DEFAULT_LOCALE, 'invalid_options', path, params),
    ]);
  }
  if (!read.object) {
    throw new IntegrationError('invalid_options', [integrationIssue(DEFAULT_LOCALE, 'invalid_options', [])]);
  }
  const values = read.values as Partial<Record<K, unknown>>;
  const rawLocale = (values as Record<string, unknown>).locale ?? DEFAULT_LOCALE;
  if (rawLocale !== 'zh-CN' && rawLocale !== 'en') {
    throw new IntegrationError('invalid_locale', [
      integrationIssue(DEFAULT_LOCALE, 'invalid_locale', ['locale'], { value: showValue(rawLocale) }),
    ]);
  }
  const now = (values as Record<string, unknown>).now;
  if (typeof now !== 'string' || !isIsoDate(now)) {
    throw new IntegrationError('invalid_now', [
      integrationIssue(rawLocale, 'invalid_now', ['now'], { value: showValue(now) }),
    ]);
  }
  return { now, locale: rawLocale, values };
}

function isReadableList(value: unknown): boolean {
  return Array.isArray(value);
}

/**
 * Checks that a value is shaped like a report (`findings` and `actions` lists of objects); throws
 * `invalid_report` otherwise. A report is read by the integrations after this check only.
 *
 * @example
 * ```ts
 * import { checkReport } from './read-options.js';
 *
 * const report = checkReport({ findings: [], actions: [], summary: { error: 0, warning: 0, info: 0 } }, 'en', ['report']);
 * ```
 */
export function checkReport(value: unknown, locale: Locale, path: readonly string[]): Report {
  const fail = () =>
    new IntegrationError('invalid_report', [integrationIssue(locale, 'invalid_report', path)]);
  try {
    if (typeof value !== 'object' || value === null) throw fail();
    const r = value as Record<string, unknown>;
    if (!isReadableList(r.findings) || !isReadableList(r.actions)) throw fail();
    const findings = (r.findings as unknown[]).map((f) => {
      if (typeof f !== 'object' || f === null) throw fail();
      const x = f as Record<string, unknown>;
      if (typeof x.ruleId !== 'string' || typeof x.message !== 'string' || typeof x.severity !== 'string') {
        throw fail();
      }
      return { ...x };
    });
    const actions = (r.actions as unknown[]).map((a) => {
      if (typeof a !== 'object' || a === null) throw fail();
      const x = a as Record<string, unknown>;
      if (typeof x.subjectId !== 'string' || typeof x.toLevel !== 'number' || typeof x.ruleId !== 'string') {
        throw fail();
      }
      return { ...x, type: 'escalate', reason: typeof x.reason === 'string' ? x.reason : '' };
    });
    // A plain copy: getters ran once here, and what follows reads data only.
    const copy: Record<string, unknown> = {
      findings,
      actions,
      summary: typeof r.summary === 'object' && r.summary !== null ? { ...r.summary } : {},
    };
    if (Array.isArray(r.upcoming)) {
      copy.upcoming = r.upcoming.map((u) => (typeof u === 'object' && u !== null ? { ...u } : u));
    }
    return copy as unknown as Report;
  } catch (error) {
    if (error instanceof IntegrationError) throw error;
    throw fail();
  }
}
