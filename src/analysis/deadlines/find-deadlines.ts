// Time-bound: deadlines, windows and periods. A left-to-right scan tries the recognisers, in order of precedence,
// at each free token they can start at; every recogniser looks ahead a bounded number of tokens, so the scan is
// linear.
import { type AnalysisContext, CLAIM, claimTokens, type Mutable, sameClause, spanOf } from '../context.js';
import { matchAt, matchBefore } from '../phrase-trie.js';
import type { Signals } from '../signals.js';
import { baselineAfterTrie, baselineBeforeTrie, deadlineAfterTrie, deadlineBeforeTrie } from '../tries.js';
import type { DeadlineEvidence } from '../types.js';
import { isoOfDay } from './day-arithmetic.js';
import { type DeadlineHit, type DeadlineRecogniser, NUMBER_START } from './recogniser.js';
import { DEADLINE_RECOGNISERS } from './recognisers.js';

/** The first recogniser's match at token `i`, trying each only where the token can start it. */
function recogniseAt(
  ctx: AnalysisContext,
  signals: Signals,
  i: number,
  starts: number,
  recognisers: readonly DeadlineRecogniser[],
): DeadlineHit | undefined {
  for (const recogniser of recognisers) {
    if ((starts & recogniser.startsAt) === 0) continue;
    const hit = recogniser.recognise(ctx, i, signals);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function isBaseline(ctx: AnalysisContext, hit: DeadlineHit): boolean {
  const before = matchBefore(baselineBeforeTrie(), ctx.tokens, hit.first);
  // "no later than March 15" ends in "than" but is a deadline marker.
  const marker = matchBefore(deadlineBeforeTrie(), ctx.tokens, hit.first);
  if (before && marker && marker.end < before.end) return false;
  if (before && sameClause(ctx, before.end, hit.first)) return true;
  const after = matchAt(baselineAfterTrie(), ctx.tokens, hit.end);
  return after !== undefined;
}

/**
 * Finds the deadlines, windows and periods of a statement and claims their tokens, so that "3个月" in "3个月内" is
 * never also read as a quantity. Baselines (去年, compared to 2024, 在2025年基础上) are claimed without evidence.
 * Dates resolve against `ctx.reference` when given; absolute dates with their year always resolve.
 *
 * @param ctx - The analysis context.
 * @param signals - The word signals (for service levels and comparators).
 * @returns The deadline evidence, in statement order.
 * @example
 * ```ts
 * import { createContext } from '../context.js';
 * import { computeSignals } from '../signals.js';
 * import { tokenize } from '../tokenize.js';
 * import { dayOfIso } from './day-arithmetic.js';
 * import { findDeadlines } from './find-deadlines.js';
 *
 * const ctx = createContext('3个月内完成', tokenize('3个月内完成'), 'zh-CN', dayOfIso('2026-09-01'));
 * findDeadlines(ctx, computeSignals(ctx))[0]?.date; // '2026-11-30'
 * ```
 */
export function findDeadlines(ctx: AnalysisContext, signals: Signals): DeadlineEvidence[] {
  const found: DeadlineEvidence[] = [];
  const recognisers = DEADLINE_RECOGNISERS;
  let anyStart = 0;
  for (const r of recognisers) anyStart |= r.startsAt;
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    if (ctx.claim[i] !== CLAIM.free || tokens[i]!.kind === 'punct') {
      i++;
      continue;
    }
    const starts = ctx.mask[i]! | (ctx.numberStartingAt[i] === -1 ? 0 : NUMBER_START);
    if ((starts & anyStart) === 0) {
      i++;
      continue;
    }
    const hit = recogniseAt(ctx, signals, i, starts, recognisers);
    if (!hit || hit.end <= i) {
      i++;
      continue;
    }
    if (hit.baseline || (hit.absolute && isBaseline(ctx, hit))) {
      claimTokens(ctx, hit.first, hit.end, CLAIM.baseline);
      i = hit.end;
      continue;
    }
    let first = hit.first;
    for (let step = 0; step < 3; step++) {
      const before = matchBefore(deadlineBeforeTrie(), tokens, first);
      if (!before || before.end >= first || !sameClause(ctx, before.end, first)) break;
      if (ctx.claim[before.end] !== CLAIM.free) break;
      first = before.end;
    }
    let end = hit.end;
    for (let step = 0; step < 2; step++) {
      const after = matchAt(deadlineAfterTrie(), tokens, end);
      if (!after || tokens[end]!.kind !== 'han') break;
      end = after.end;
    }
    claimTokens(ctx, first, end, CLAIM.deadline);
    const iso = isoOfDay(hit.date);
    const span = spanOf(ctx, first, end);
    const evidence: Mutable<DeadlineEvidence> = {
      kind: 'deadline',
      text: span.text,
      start: span.start,
      end: span.end,
      form: hit.form,
    };
    if (iso !== undefined) evidence.date = iso;
    if (hit.amount !== undefined) evidence.amount = hit.amount;
    if (hit.unit !== undefined) evidence.unit = hit.unit;
    found.push(evidence);
    i = end;
  }
  return found;
}
