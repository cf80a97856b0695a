import { type AnalysisContext, sameClause } from './context.js';
import type { DirectionCue } from './lexicon/cues.js';
import { matchAt } from './phrase-trie.js';
import { directionTrie, FIRST, metricTrie, rateBeforeTrie, serviceLevelTrie } from './tries.js';
import type { TimeUnit } from './types.js';

/**
 * Word-level signals the finders read around a number, computed in one pass: where direction cues end, from/to
 * markers, metric nouns, rate words, and which clauses speak of handling cases (service levels).
 *
 * @example
 * ```ts
 * const s: Signals = computeSignals(createContext('将销售额提高10%', tokenize('将销售额提高10%'), 'zh-CN', undefined));
 * ```
 */
export interface Signals {
  /** Token index → the direction cue whose phrase ends there. */
  readonly cueEndingAt: SparseByToken<DirectionCue>;
  /** Token index → the rate word (每月) whose phrase ends there. */
  readonly rateEndingAt: SparseByToken<TimeUnit>;
  /** Token is part of a metric noun (销售额, conversion rate). */
  readonly metric: Uint8Array;
  /** Token is `to`, 到, 至. */
  readonly to: Uint8Array;
  /** Token is `from`, 从, 由. */
  readonly from: Uint8Array;
  /** Clause numbers with a service-level verb (respond, 回复, 处理). */
  readonly serviceLevelClauses: ReadonlySet<number>;
}

/**
 * Values at a few token indexes: a typed array of indexes into a small table of distinct values (lexicon values
 * are shared objects), so a long statement allocates no array of objects.
 *
 * @example
 * ```ts
 * const s = new SparseByToken<string>(3);
 * s.set(1, 'x');
 * s.get(1); // 'x'
 * ```
 */
export class SparseByToken<T> {
  private readonly codes: Uint8Array;
  private readonly values: T[] = [];

  /** @param size - The number of tokens. */
  constructor(size: number) {
    this.codes = new Uint8Array(size);
  }

  /** The value at token `i`, if any. */
  get(i: number): T | undefined {
    const code = i >= 0 && i < this.codes.length ? this.codes[i]! : 0;
    return code === 0 ? undefined : this.values[code - 1];
  }

  /** Sets the value at token `i`. */
  set(i: number, value: T): void {
    let code = this.values.indexOf(value) + 1;
    if (code === 0 && this.values.length < 255) {
      this.values.push(value);
      code = this.values.length;
    }
    if (code > 0) this.codes[i] = code;
  }
}

/**
 * Computes the signals of a statement: for every token the trie matches that start there, so the work is bounded
 * by the longest lexicon phrase per token.
 *
 * @param ctx - The analysis context.
 * @returns The signals.
 * @example
 * ```ts
 * const ctx = createContext('increase sales by 10%', tokenize('increase sales by 10%'), 'en', undefined);
 * computeSignals(ctx).metric[1]; // 1
 * ```
 */
export function computeSignals(ctx: AnalysisContext): Signals {
  const { tokens } = ctx;
  const n = tokens.length;
  const cueEndingAt = new SparseByToken<DirectionCue>(n);
  const rateEndingAt = new SparseByToken<TimeUnit>(n);
  const metric = new Uint8Array(n);
  const to = new Uint8Array(n);
  const from = new Uint8Array(n);
  const serviceLevelClauses = new Set<number>();
  const cues = directionTrie();
  const metrics = metricTrie();
  const rates = rateBeforeTrie();
  const service = serviceLevelTrie();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const mask = ctx.mask[i]!;
    if (mask === 0) continue;
    if (mask & FIRST.to) to[i] = 1;
    if (mask & FIRST.from) from[i] = 1;
    if (mask & FIRST.cue) {
      const cue = matchAt(cues, tokens, i);
      if (cue) cueEndingAt.set(cue.end - 1, cue.value);
    }
    if (mask & FIRST.rate) {
      const rate = matchAt(rates, tokens, i);
      if (rate) rateEndingAt.set(rate.end - 1, rate.value);
    }
    if (mask & FIRST.metric) {
      const m = matchAt(metrics, tokens, i);
      // "customer-oriented" is an adjective, not the metric "customers".
      const compound = m && tokens[m.end]?.key === '-' && !tokens[m.end]!.space;
      if (m && !compound) metric.fill(1, i, m.end);
    }
    if (
      mask & FIRST.metricSuffix &&
      t.kind === 'han' &&
      tokens[i - 1]?.kind === 'han' &&
      sameClause(ctx, i - 1, i)
    ) {
      metric[i - 1] = 1;
      metric[i] = 1;
    }
    if (mask & FIRST.service && matchAt(service, tokens, i)) serviceLevelClauses.add(ctx.clause[i]!);
  }
  return { cueEndingAt, rateEndingAt, metric, to, from, serviceLevelClauses };
}

/**
 * Whether a metric noun is attached to the quantity at tokens `[first, end)`: in the same clause, within `before`
 * tokens before it or `after` tokens after it.
 *
 * @param ctx - The context.
 * @param signals - The signals.
 * @param first - The quantity's first token.
 * @param end - The token after it.
 * @param before - How far back to look.
 * @param after - How far ahead to look.
 * @returns `true` when a metric is attached.
 * @example
 * ```ts
 * const ctx = createContext('increase sales by 10%', tokenize('increase sales by 10%'), 'en', undefined);
 * metricNear(ctx, computeSignals(ctx), 3, 5, 8, 4); // true
 * ```
 */
export function metricNear(
  ctx: AnalysisContext,
  signals: Signals,
  first: number,
  end: number,
  before: number,
  after: number,
): boolean {
  for (let j = first - 1; j >= 0 && j >= first - before && sameClause(ctx, j, first); j--) {
    if (signals.metric[j]) return true;
  }
  for (let j = end; j < ctx.tokens.length && j < end + after && sameClause(ctx, j, first); j++) {
    if (signals.metric[j]) return true;
  }
  return false;
}

/**
 * The nearest direction cue ending within `window` tokens before token `first`, in the same clause.
 *
 * @param ctx - The context.
 * @param signals - The signals.
 * @param first - The quantity's first token.
 * @param window - How far back to look.
 * @returns The cue and where it ends, or `undefined`.
 * @example
 * ```ts
 * const ctx = createContext('提高10%', tokenize('提高10%'), 'zh-CN', undefined);
 * cueBefore(ctx, computeSignals(ctx), 2, 6)?.cue.direction; // 'increase'
 * ```
 */
export function cueBefore(
  ctx: AnalysisContext,
  signals: Signals,
  first: number,
  window: number,
): { readonly cue: DirectionCue; readonly at: number } | undefined {
  for (let j = first - 1; j >= 0 && j >= first - window && sameClause(ctx, j, first); j--) {
    const cue = signals.cueEndingAt.get(j);
    if (cue) return { cue, at: j };
  }
  return undefined;
}
