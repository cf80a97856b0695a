// The locale as a zod schema, apart from the locale itself: code that only needs `Locale` (the engine) does not
// bring zod into a bundle.
import * as z from 'zod';
import { LOCALES } from './locale.js';

/**
 * The locales crossdept speaks, as a zod schema: simplified Chinese (the default) and English.
 *
 * @example
 * ```ts
 * LocaleSchema.parse('en');
 * ```
 */
export const LocaleSchema = z.enum(LOCALES);
