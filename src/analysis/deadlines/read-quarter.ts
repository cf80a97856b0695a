// A quarter as statements write it, with its year when one follows: Q3, Q3 2026, 第三季度, the third quarter of 2026.
import { type AnalysisContext, keyAt, numberAt, sameClause } from '../context.js';
import { ENGLISH_ORDINALS, ORDINAL_SUFFIXES } from '../lexicon/numerals.js';
import { lookup } from '../lookup.js';
import { integer, isWord, yearNumber } from './read-tokens.js';

/**
 * Reads a quarter at token `j`: Q3, Q3 2026, Q3 FY2026, 第三季度, 3季度, 一季度, the third quarter (of 2026), 3rd
 * quarter. A year written after it is read with it; `year` is the year already read before it (2026年第三季度).
 *
 * @param ctx - The analysis context.
 * @param j - The token the quarter starts at.
 * @param year - The year read before it, if any.
 * @returns The quarter (1–4), its year when known, and the token after it; `undefined` when none starts there.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { tokenize } from '../tokenize.js';
 * import { readQuarter } from './read-quarter.js';
 *
 * const ctx = createContext('Q3 2026', tokenize('Q3 2026'), 'en', undefined);
 * readQuarter(ctx, 0, undefined); // { q: 3, year: 2026, end: 3 }
 * ```
 */
export function readQuarter(
  ctx: AnalysisContext,
  j: number,
  year: number | undefined,
): { q: number; year: number | undefined; end: number } | undefined {
  const t = ctx.tokens[j];
  if (!t) return undefined;
  let q: number | undefined;
  let k = j;
  if ((t.key === 'q' || t.key === 'fyq') && t.kind === 'word') {
    const n = numberAt(ctx, j + 1);
    if (n && !ctx.tokens[j + 1]!.space) {
      q = integer(n, 1, 4);
      k = n.end;
    }
  } else if (t.key === '第') {
    const n = numberAt(ctx, j + 1);
    if (n && keyAt(ctx, n.end) === '季' && keyAt(ctx, n.end + 1) === '度') {
      q = integer(n, 1, 4);
      k = n.end + 2;
    }
  } else if (t.kind === 'han' || t.kind === 'num') {
    const n = numberAt(ctx, j);
    if (n && keyAt(ctx, n.end) === '季' && keyAt(ctx, n.end + 1) === '度') {
      q = integer(n, 1, 4);
      k = n.end + 2;
    }
  } else if (t.kind === 'word') {
    // the third quarter
    const ordinal = lookup(ENGLISH_ORDINALS, t.key);
    if (ordinal !== undefined && ordinal <= 4 && keyAt(ctx, j + 1) === 'quarter') {
      q = ordinal;
      k = j + 2;
    }
  }
  if (t.kind === 'num' && q === undefined) {
    // 3rd quarter
    const n = numberAt(ctx, j);
    const suffix = ctx.tokens[j + 1];
    if (
      n &&
      suffix &&
      !suffix.space &&
      lookup(ORDINAL_SUFFIXES, suffix.key) &&
      keyAt(ctx, j + 2) === 'quarter'
    ) {
      q = integer(n, 1, 4);
      k = j + 3;
    }
  }
  if (q === undefined) return undefined;
  let y = year;
  if (y === undefined) {
    // Q3 2026, the third quarter of 2026, Q3 FY2026
    let m = k;
    if (isWord(ctx, m, 'of')) m++;
    if (isWord(ctx, m, 'fy')) m++;
    const after = yearNumber(numberAt(ctx, m));
    if (after !== undefined && sameClause(ctx, k, m)) {
      y = after;
      k = numberAt(ctx, m)!.end;
    } else if (isWord(ctx, k, 'of') && isWord(ctx, k + 1, 'the', 'this') && isWord(ctx, k + 2, 'year')) {
      k += 3;
    }
  }
  return { q, year: y, end: k };
}
