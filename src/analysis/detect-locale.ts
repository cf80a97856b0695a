import type { Locale } from '../i18n/locale.js';
import { isHanCode } from './tokenize.js';

/**
 * Guesses the language of a goal sentence: Chinese when it has at least as many Han characters as Latin words
 * (so "Q3结束前上线CRM" is Chinese and "Work with 张伟 on the Q3 launch" is English); `zh-CN`, the library default,
 * when it has neither.
 *
 * @param text - The statement.
 * @returns The locale.
 * @example
 * ```ts
 * detectLocale('3个月内完成产品上市'); // 'zh-CN'
 * detectLocale('Increase sales by 10%'); // 'en'
 * ```
 */
export function detectLocale(text: string): Locale {
  if (typeof text !== 'string') return 'zh-CN';
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    const letter = c >= 97 && c <= 122;
    if (letter && !inWord) words++;
    inWord = letter;
    if (isHanCode(text.charCodeAt(i))) han++;
  }
  if (han === 0 && words === 0) return 'zh-CN';
  return han >= words ? 'zh-CN' : 'en';
}
