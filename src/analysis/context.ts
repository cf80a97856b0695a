import type { Locale } from '../i18n/locale.js';
import { type NumberSpan, readNumbers } from './numbers.js';
import type { Token } from './tokenize.js';
import { firstKeyMasks } from './tries.js';
import type { EvidenceSpan } from './types.js';

/**
 * A writable copy of an evidence type, for building evidence field by field (faster than spreading optional
 * fields, which matters when a long input yields tens of thousands of pieces).
 *
 * @example
 * ```ts
 * const span: Mutable<EvidenceSpan> = { text: '', start: 0, end: 0 };
 * span.text = 'x';
 * ```
 */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * What claimed a token: a deadline, a baseline (去年, compared to 2024) or an owner. Free tokens are 0.
 *
 * @example
 * ```ts
 * const ctx = createContext('月底前', tokenize('月底前'), 'zh-CN', undefined);
 * ctx.claim[0] === CLAIM.free; // true
 * ```
 */
export const CLAIM = { free: 0, deadline: 1, baseline: 2, owner: 3 } as const;

/**
 * Everything the finders share about one statement: its tokens, numbers, clauses, which tokens earlier finders
 * claimed, the locale and the reference date.
 *
 * @example
 * ```ts
 * const ctx: AnalysisContext = createContext('月底前完成', tokenize('月底前完成'), 'zh-CN', undefined);
 * ```
 */
export interface AnalysisContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly numbers: readonly NumberSpan[];
  /** Token index → index in `numbers` of the number that starts there, or -1. */
  readonly numberStartingAt: Int32Array;
  /** Token index → clause number (clauses end at `,.;:!?。，；：！？、` and line breaks). */
  readonly clause: Int32Array;
  /** Token index → {@link CLAIM} value. */
  readonly claim: Uint8Array;
  /** Token index → which lexicons have a phrase starting with the token's key ({@link FIRST} bits). */
  readonly mask: Int32Array;
  /** Resolved dates, by pattern and parameters: a statement that repeats 月底 computes it once. */
  readonly dates: Map<string, Date | undefined>;
  /** Resolved dates, by lexicon entry. */
  readonly datesBy: Map<object, Date | undefined>;
  readonly locale: Locale;
  readonly reference: Date | undefined;
}

/**
 * Builds the shared context.
 *
 * @param text - The statement.
 * @param tokens - Its tokens.
 * @param locale - The analysis locale.
 * @param reference - The reference date, if any.
 * @returns The context.
 * @example
 * ```ts
 * createContext('Q3', tokenize('Q3'), 'en', undefined).tokens.length; // 2
 * ```
 */
export function createContext(
  text: string,
  tokens: readonly Token[],
  locale: Locale,
  reference: Date | undefined,
): AnalysisContext {
  const numbers = readNumbers(tokens);
  const numberStartingAt = new Int32Array(tokens.length).fill(-1);
  numbers.forEach((n, k) => {
    numberStartingAt[n.first] = k;
  });
  const clause = new Int32Array(tokens.length);
  const mask = new Int32Array(tokens.length);
  const masks = firstKeyMasks();
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    clause[i] = c;
    if (t.kind === 'punct') c++;
    else mask[i] = masks.get(t.key) ?? 0;
  }
  return {
    text,
    tokens,
    numbers,
    numberStartingAt,
    clause,
    claim: new Uint8Array(tokens.length),
    mask,
    dates: new Map(),
    datesBy: new Map(),
    locale,
    reference,
  };
}

/**
 * The text and UTF-16 span of tokens `[first, end)`.
 *
 * @param ctx - The context.
 * @param first - First token.
 * @param end - Token after the last.
 * @returns The span, with `text === ctx.text.slice(start, end)`.
 * @example
 * ```ts
 * const ctx = createContext('by June', tokenize('by June'), 'en', undefined);
 * spanOf(ctx, 0, 2); // { text: 'by June', start: 0, end: 7 }
 * ```
 */
export function spanOf(ctx: AnalysisContext, first: number, end: number): EvidenceSpan {
  const start = ctx.tokens[first]!.start;
  const stop = ctx.tokens[end - 1]!.end;
  return { text: ctx.text.slice(start, stop), start, end: stop };
}

/**
 * The number starting at token `i`, if any.
 *
 * @param ctx - The context.
 * @param i - A token index.
 * @returns The number.
 * @example
 * ```ts
 * const ctx = createContext('3个月', tokenize('3个月'), 'zh-CN', undefined);
 * numberAt(ctx, 0)?.value; // 3
 * ```
 */
export function numberAt(ctx: AnalysisContext, i: number): NumberSpan | undefined {
  if (i < 0 || i >= ctx.tokens.length) return undefined;
  const k = ctx.numberStartingAt[i]!;
  return k === -1 ? undefined : ctx.numbers[k];
}

/**
 * The key of token `i`, or `''` outside the statement.
 *
 * @param ctx - The context.
 * @param i - A token index.
 * @returns The key.
 * @example
 * ```ts
 * keyAt(createContext('Q3', tokenize('Q3'), 'en', undefined), 0); // 'q'
 * ```
 */
export function keyAt(ctx: AnalysisContext, i: number): string {
  return i >= 0 && i < ctx.tokens.length ? ctx.tokens[i]!.key : '';
}

/**
 * Whether tokens `i` and `j` are in the same clause.
 *
 * @param ctx - The context.
 * @param i - A token index.
 * @param j - Another.
 * @returns `true` when both exist and share a clause.
 * @example
 * ```ts
 * sameClause(createContext('a, b', tokenize('a, b'), 'en', undefined), 0, 2); // false
 * ```
 */
export function sameClause(ctx: AnalysisContext, i: number, j: number): boolean {
  return (
    i >= 0 && j >= 0 && i < ctx.tokens.length && j < ctx.tokens.length && ctx.clause[i] === ctx.clause[j]
  );
}

/**
 * Marks tokens `[first, end)` as claimed.
 *
 * @param ctx - The context.
 * @param first - First token.
 * @param end - Token after the last.
 * @param by - Who claims them.
 * @example
 * ```ts
 * const ctx = createContext('月底前', tokenize('月底前'), 'zh-CN', undefined);
 * claimTokens(ctx, 0, 3, CLAIM.deadline);
 * ```
 */
export function claimTokens(ctx: AnalysisContext, first: number, end: number, by: number): void {
  ctx.claim.fill(by, first, end);
}
