import type { Locale } from '../i18n/locale.js';

/**
 * What every catalogue's params may carry besides its own values: a did-you-mean, which the catalogue appends to
 * the message in its locale.
 *
 * @example
 * ```ts
 * const params: SuggestionParams = { suggestion: 'responsibilities' };
 * ```
 */
export interface SuggestionParams {
  readonly suggestion?: string | undefined;
}

/**
 * The messages of one locale: a function per code, from the code's params to a sentence.
 *
 * @example
 * ```ts
 * const en: CatalogueEntries<'missing', { key?: string }> = { missing: (p) => `Required field "${p.key}" is missing` };
 * ```
 */
export type CatalogueEntries<C extends string, P> = { readonly [K in C]: (params: P) => string };

/**
 * A message catalogue: every catalogue in crossdept is called the same way, `message(locale, code, params)`.
 *
 * @example
 * ```ts
 * type Params = { readonly key?: string; readonly suggestion?: string };
 * const message: Catalogue<'missing', Params> = defineCatalogue<'missing', Params>({
 *   'zh-CN': { missing: (p) => `缺少必填字段 "${p.key}"` },
 *   en: { missing: (p) => `Required field "${p.key}" is missing` },
 * });
 * ```
 */
export type Catalogue<C extends string, P> = (locale: Locale, code: C, params?: P) => string;

const SUGGESTION: { readonly [L in Locale]: (suggestion: string) => string } = {
  'zh-CN': (s) => `；是否想写 "${s}"？`,
  en: (s) => `; did you mean "${s}"?`,
};

/**
 * The did-you-mean suffix in a locale — the one place it is written.
 *
 * @param locale - The message locale.
 * @param suggestion - The word the user probably meant.
 * @returns The suffix, starting with its separator.
 * @example
 * ```ts
 * import { suggestionSuffix } from './catalogue.js';
 *
 * suggestionSuffix('en', 'leader'); // '; did you mean "leader"?'
 * ```
 */
export function suggestionSuffix(locale: Locale, suggestion: string): string {
  return SUGGESTION[locale === 'en' ? 'en' : 'zh-CN'](suggestion);
}

/**
 * Builds a message catalogue from its entries in both locales. The catalogue formats the code's message in the
 * locale asked for (simplified Chinese for anything but `en`) and appends the did-you-mean suffix when the params
 * carry a `suggestion`. A code missing from the entries (possible only from untyped callers) yields the code itself,
 * never an exception.
 *
 * @param entries - The messages, by locale and code.
 * @returns `message(locale, code, params)`.
 * @example
 * ```ts
 * import { defineCatalogue } from 'crossdept';
 *
 * const message = defineCatalogue<'unknown_key', { key?: string; suggestion?: string }>({
 *   'zh-CN': { unknown_key: (p) => `未知字段 "${p.key}"` },
 *   en: { unknown_key: (p) => `Unknown field "${p.key}"` },
 * });
 * message('en', 'unknown_key', { key: 'lead', suggestion: 'leader' });
 * // 'Unknown field "lead"; did you mean "leader"?'
 * ```
 */
export function defineCatalogue<C extends string, P extends SuggestionParams = SuggestionParams>(
  entries: {
    readonly [L in Locale]: CatalogueEntries<C, P>;
  },
): Catalogue<C, P> {
  return (locale, code, params = {} as P) => {
    const chosen = locale === 'en' ? 'en' : 'zh-CN';
    const table = entries[chosen];
    const entry = Object.hasOwn(table, code) ? table[code] : undefined;
    // A code the catalogue does not know (from untyped callers) reads as itself rather than throwing.
    const text = typeof entry === 'function' ? entry(params ?? ({} as P)) : String(code);
    if (params === null || typeof params !== 'object') return text;
    return params.suggestion === undefined ? text : text + suggestionSuffix(chosen, params.suggestion);
  };
}
