// Vague terms: verbs that name no amount, adverbs of degree, comparatives, superlatives, vague quantifiers, hedges
// and vague time. Whether each is resolved (quantified anyway) is decided by the analysis once quantities and
// deadlines are known.
import { type AnalysisContext, CLAIM, numberAt, spanOf } from './context.js';
import { COMPARATIVE_PREFIX_ZH, OPEN_COMPARATIVES } from './lexicon/vague-terms.js';
import { matchAt } from './phrase-trie.js';
import { FIRST, vagueTrie } from './tries.js';
import type { EvidenceSpan, VagueCategory } from './types.js';

/**
 * A vague term before resolution.
 *
 * @example
 * ```ts
 * const v: VagueTerm = { text: '最好', start: 6, end: 8, term: '最好', category: 'superlative' };
 * ```
 */
export interface VagueTerm extends EvidenceSpan {
  readonly term: string;
  readonly category: VagueCategory;
}

/** Characters after 更 that make a verb (更新 update, 更换 replace), not a comparative. */
const NOT_COMPARATIVE_ZH = ['新', '换', '改', '正', '名', '替', '迭'];
/** Words before "more" that make it a number's ("100 more", "no more than", "or more"). */
const QUANTIFIED_MORE = ['no', 'or', 'any', 'not'];

/**
 * Finds the vague terms of a statement on tokens no deadline or owner claimed: lexicon entries (提升, 尽快,
 * improve, best, as soon as possible), open comparatives ("more customer-oriented", but not "more than 500" or
 * "100 more customers") and 更 + anything (更快, 更以客户为中心).
 *
 * @param ctx - The analysis context.
 * @returns The terms, in statement order.
 * @example
 * ```ts
 * const ctx = createContext('今年我们要成为最好的服务中心', tokenize('今年我们要成为最好的服务中心'), 'zh-CN', undefined);
 * findVagueTerms(ctx).map((v) => v.term); // ['最好']
 * ```
 */
export function findVagueTerms(ctx: AnalysisContext): VagueTerm[] {
  const { tokens } = ctx;
  const found: VagueTerm[] = [];
  const trie = vagueTrie();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (ctx.claim[i] !== CLAIM.free || t.kind === 'punct' || t.kind === 'num') {
      i++;
      continue;
    }
    if (
      (ctx.mask[i]! & FIRST.vague) === 0 &&
      !OPEN_COMPARATIVES.includes(t.key) &&
      t.key !== COMPARATIVE_PREFIX_ZH
    ) {
      i++;
      continue;
    }
    const m = matchAt(trie, tokens, i);
    let end = m?.end;
    let category: VagueCategory | undefined = m?.value;
    if (end !== undefined && ctx.claim[end - 1] !== CLAIM.free) end = undefined;
    // "50 or higher", "no better than": a comparator on a number, not a vague comparative.
    if (category === 'comparative' && QUANTIFIED_MORE.includes(tokens[i - 1]?.key ?? '')) end = undefined;
    if (end === undefined && t.kind === 'word' && OPEN_COMPARATIVES.includes(t.key)) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const afterNumber = prev !== undefined && (prev.kind === 'num' || numberEndsAt(ctx, i));
      const quantified = prev !== undefined && QUANTIFIED_MORE.includes(prev.key);
      if (
        next?.kind === 'word' &&
        next.key !== 'than' &&
        !afterNumber &&
        !quantified &&
        ctx.claim[i + 1] === CLAIM.free
      ) {
        end = i + 2;
        // more customer-oriented: the hyphenated compound belongs to the comparative.
        while (tokens[end]?.key === '-' && !tokens[end]!.space && tokens[end + 1]?.kind === 'word') end += 2;
        category = 'comparative';
      }
    }
    if (end === undefined && t.kind === 'han' && t.key === COMPARATIVE_PREFIX_ZH) {
      const next = tokens[i + 1];
      if (next?.kind === 'han' && !NOT_COMPARATIVE_ZH.includes(next.key) && ctx.claim[i + 1] === CLAIM.free) {
        end = i + 2;
        category = 'comparative';
      }
    }
    if (end === undefined || category === undefined) {
      i++;
      continue;
    }
    const span = spanOf(ctx, i, end);
    const term = m && m.end === end && end - i > 1 ? phraseOf(ctx, i, end) : t.key;
    found.push({ text: span.text, start: span.start, end: span.end, term, category });
    i = end;
  }
  return found;
}

function numberEndsAt(ctx: AnalysisContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const n = numberAt(ctx, j);
    if (n) return n.end === i;
  }
  return false;
}

function phraseOf(ctx: AnalysisContext, first: number, end: number): string {
  let term = '';
  for (let j = first; j < end; j++) {
    const t = ctx.tokens[j]!;
    if (t.key === '-') {
      term += '-';
      continue;
    }
    term += (term !== '' && t.kind === 'word' && ctx.tokens[j - 1]!.kind === 'word' ? ' ' : '') + t.key;
  }
  return term;
}
