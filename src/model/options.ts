import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showValue } from '../i18n/show.js';
import type { ParseIssue } from './issue.js';
import { type Term, term } from './messages.js';
import { parseIssue } from './parse-issue.js';
import { visible } from './zod-issues.js';

/** The options the readers take, checked: the locale, and the text format where there is one. @example `const read: ReaderOptions = { locale: 'en', format: undefined };` */
export interface ReaderOptions {
  readonly locale: Locale;
  readonly format: 'yaml' | 'json' | undefined;
}

const LOCALES: readonly unknown[] = ['zh-CN', 'en'];
const FORMATS: readonly unknown[] = ['yaml', 'json'];

/** The kind of a value, as a term of the message catalogue. */
function kindOf(value: unknown): Term {
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'function':
      return 'function';
    case 'symbol':
      return 'symbol';
    default:
      return 'object';
  }
}

/**
 * Reads the options of a never-throwing reader (`parseCollaboration`, `loadCollaboration`, `loadRulesConfig`):
 * `null` and `undefined` mean the defaults; anything else must be an object whose `locale` is `zh-CN` or `en`
 * (or absent) and whose `format` is `yaml` or `json` (or absent). A bad option is an `invalid_option` issue, with
 * its path inside the options and its message in the default locale (the locale asked for is unknown); options
 * that cannot be read (a getter or proxy trap that throws) are one too, at the root of the options. It never throws.
 *
 * @param options - What the caller passed.
 * @returns The checked options, or the issue.
 * @example
 * ```ts
 * readerOptions({ locale: 'en' }); // { locale: 'en', format: undefined }
 * readerOptions({ locale: 'fr' }); // an invalid_option issue at ['locale']
 * ```
 */
export function readerOptions(options: unknown): ReaderOptions | ParseIssue {
  if (options === undefined || options === null) return { locale: DEFAULT_LOCALE, format: undefined };
  const read = readOptionFields(options, ['locale', 'format'] as const);
  const unreadable = read.unreadable[0];
  if (unreadable !== undefined) {
    return parseIssue(DEFAULT_LOCALE, 'invalid_option', [], {
      received: `${term(DEFAULT_LOCALE, 'unreadable object')}（${visible(unreadable.detail)}）`,
    });
  }
  if (!read.object) {
    return parseIssue(DEFAULT_LOCALE, 'invalid_option', [], {
      received: term(DEFAULT_LOCALE, kindOf(options)),
    });
  }
  const { locale, format } = read.values;
  if (locale !== undefined && !LOCALES.includes(locale)) {
    return parseIssue(DEFAULT_LOCALE, 'invalid_option', ['locale'], {
      key: 'locale',
      value: visible(showValue(locale)),
      options: LOCALES.join(', '),
    });
  }
  if (format !== undefined && !FORMATS.includes(format)) {
    return parseIssue(DEFAULT_LOCALE, 'invalid_option', ['format'], {
      key: 'format',
      value: visible(showValue(format)),
      options: FORMATS.join(', '),
    });
  }
  return { locale: (locale ?? DEFAULT_LOCALE) as Locale, format: format as ReaderOptions['format'] };
}
