/**
 * The locales crossdept speaks: simplified Chinese (the default) and English.
 *
 * @example
 * ```ts
 * LOCALES.includes('en'); // true
 * ```
 */
export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];

/** A supported locale. @example `const locale: Locale = 'zh-CN';` */
export type Locale = 'zh-CN' | 'en';

/** The locale used when none is given. @example `DEFAULT_LOCALE; // 'zh-CN'` */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Returns `value` when it is a supported locale, else the default (`zh-CN`).
 *
 * @param value - Anything a caller passed as a locale.
 * @returns A supported locale.
 * @example
 * ```ts
 * resolveLocale('en'); // 'en'
 * resolveLocale('fr'); // 'zh-CN'
 * ```
 */
export function resolveLocale(value: unknown): Locale {
  return value === 'en' || value === 'zh-CN' ? value : DEFAULT_LOCALE;
}

/**
 * Text in both locales.
 *
 * @example
 * ```ts
 * const label: Localized = { 'zh-CN': '组长', en: 'Team leader' };
 * ```
 */
export type Localized = { readonly 'zh-CN': string; readonly en: string };
