// Small readers the recognisers share: a number in a range, a four-digit year, a word among several.
import { type AnalysisContext, keyAt } from '../context.js';
import type { NumberSpan } from '../numbers.js';

/**
 * A number's value when it is a whole number in `[min, max]`, written without a scale (not 3万).
 *
 * @param n - The number, if any.
 * @param min - The least value.
 * @param max - The greatest value.
 * @returns The value, or `undefined`.
 * @example
 * ```ts
 * import { createContext, numberAt } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { integer } from './read-tokens.js';
 *
 * const ctx = createContext('12月', tokenize('12月'), 'zh-CN', undefined);
 * integer(numberAt(ctx, 0), 1, 12); // 12
 * integer(numberAt(ctx, 0), 1, 4); // undefined
 * ```
 */
export function integer(n: NumberSpan | undefined, min: number, max: number): number | undefined {
  if (!n || !Number.isInteger(n.value) || n.scaled || n.value < min || n.value > max) return undefined;
  return n.value;
}

/**
 * A year written as four digits (2026), 1000–9999.
 *
 * @param n - The number, if any.
 * @returns The year, or `undefined`.
 * @example
 * ```ts
 * import { createContext, numberAt } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { yearNumber } from './read-tokens.js';
 *
 * const ctx = createContext('2026年', tokenize('2026年'), 'zh-CN', undefined);
 * yearNumber(numberAt(ctx, 0)); // 2026
 * ```
 */
export function yearNumber(n: NumberSpan | undefined): number | undefined {
  if (!n) return undefined;
  if (n.source === 'digits' && n.digits === 4) return integer(n, 1000, 9999);
  return undefined;
}

/**
 * Whether token `i` is one of the given words (by key: lower case).
 *
 * @param ctx - The analysis context.
 * @param i - A token index (outside the statement: no word).
 * @param words - The words.
 * @returns `true` when the token's key is one of them.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { isWord } from './read-tokens.js';
 *
 * isWord(createContext('By June', tokenize('By June'), 'en', undefined), 0, 'by', 'before'); // true
 * ```
 */
export function isWord(ctx: AnalysisContext, i: number, ...words: string[]): boolean {
  return words.includes(keyAt(ctx, i));
}
