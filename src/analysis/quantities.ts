// Measurable: quantities with their unit, direction and strength. Each number is looked at once, with a bounded
// window around it, and changes (从70%提高到85%) are paired in a second bounded pass.
import { type AnalysisContext, CLAIM, keyAt, type Mutable, sameClause, spanOf } from './context.js';
import { IDENTIFIER_BEFORE } from './lexicon/cues.js';
import { ORDINAL_SUFFIXES } from './lexicon/numerals.js';
import { MONTH_NAMES, SHORT_TIME_UNITS } from './lexicon/time.js';
import { COUNT_MODIFIERS } from './lexicon/units.js';
import { lookup } from './lookup.js';
import type { NumberSpan } from './numbers.js';
import { matchAt, matchBefore } from './phrase-trie.js';
import { cueBefore, metricNear, type Signals } from './signals.js';
import {
  currencyBeforeTrie,
  directionAfterTrie,
  FIRST,
  multiplierTrie,
  notCountedNouns,
  rateAfterTrie,
  unitTrie,
} from './tries.js';
import type { GoalDirection, QuantityCategory, QuantityEvidence, TimeUnit } from './types.js';

/** A quantity before changes are paired. */
interface Raw {
  readonly first: number;
  readonly end: number;
  readonly value: number;
  readonly unit: string | undefined;
  readonly category: QuantityCategory;
  readonly direction: GoalDirection | undefined;
  readonly per: TimeUnit | undefined;
  /** The `from` / 从 token right before the quantity, or -1. */
  readonly fromAt: number;
  /** `to` / 到 / 至 right before the quantity. */
  readonly toMarked: boolean;
  readonly strength: 'strong' | 'weak';
}

/** Words that end an English noun phrase after a number ("5 new engineers by June" → engineers). */
const PHRASE_STOPS: Readonly<Record<string, true>> = {
  worth: true,
  out: true,
  total: true,
  per: true,
};

/** 百分之二十 = 20 %, 千分之三 = 3 ‰, 万分之五 = 5 ‱: the fraction is written before the number. */
const FRACTION_PREFIXES: readonly (readonly [string, string])[] = [
  ['百', '%'],
  ['千', '‰'],
  ['万', '‱'],
];

/** Characters after 零 that make a word (零售 retail, 零件 parts), not "zero …". */
const NOT_ZERO_OF = [
  '售',
  '件',
  '钱',
  '食',
  '星',
  '散',
  '碎',
  '工',
  '点',
  '度',
  '下',
  '时',
  '部',
  '头',
  '用',
];

function fractionPrefix(ctx: AnalysisContext, first: number): string | undefined {
  if (keyAt(ctx, first - 1) !== '之' || keyAt(ctx, first - 2) !== '分') return undefined;
  const head = keyAt(ctx, first - 3);
  return FRACTION_PREFIXES.find(([h]) => h === head)?.[1];
}

/**
 * Whether a quantity counts. A plain switch rather than ts-pattern because it runs once per number; the `never`
 * default keeps it exhaustive over the categories.
 */
function strengthOf(
  category: QuantityCategory,
  weakCount: boolean,
  attachedOrStated: boolean,
  metric: boolean,
): 'strong' | 'weak' {
  switch (category) {
    case 'currency':
    case 'measure':
    case 'multiplier':
    case 'rank':
    case 'duration':
      return 'strong';
    case 'count':
      return weakCount ? 'weak' : 'strong';
    case 'percent':
    case 'score':
      return attachedOrStated ? 'strong' : 'weak';
    case 'number':
      return metric ? 'strong' : 'weak';
    default: {
      const never: never = category;
      return never;
    }
  }
}

/** A quantity's evidence, optional fields set only when present. */
function build(
  ctx: AnalysisContext,
  first: number,
  end: number,
  value: number,
  unit: string | undefined,
  category: QuantityCategory,
  direction: GoalDirection | undefined,
  per: TimeUnit | undefined,
  strength: 'strong' | 'weak',
): Mutable<QuantityEvidence> {
  const span = spanOf(ctx, first, end);
  const q: Mutable<QuantityEvidence> = {
    kind: 'quantity',
    text: span.text,
    start: span.start,
    end: span.end,
    value,
    category,
    strength,
  };
  if (unit !== undefined) q.unit = unit;
  if (direction !== undefined) q.direction = direction;
  if (per !== undefined) q.per = per;
  return q;
}

function exact(value: number, factor: number): number {
  return factor === 1 ? value : Math.round(value * factor * 1e9) / 1e9;
}

/** The noun an English number counts: the last word of the phrase after it, at most three words. */
function countedNoun(ctx: AnalysisContext, n: NumberSpan): { unit: string; end: number } | undefined {
  const { tokens } = ctx;
  let k = n.end;
  let head: number | undefined;
  for (let steps = 0; steps < 4 && k < tokens.length; steps++) {
    const t = tokens[k]!;
    if (t.kind === 'sym' && t.key === '-' && head !== undefined && tokens[k + 1]?.kind === 'word') {
      k++;
      continue;
    }
    if (t.kind !== 'word') break;
    if (
      notCountedNouns().has(t.key) ||
      lookup(PHRASE_STOPS, t.key) ||
      lookup(MONTH_NAMES, t.key) !== undefined
    ) {
      break;
    }
    if (matchAt(unitTrie(), tokens, k)) break;
    head = k;
    k++;
    if (!lookup(COUNT_MODIFIERS, t.key) && steps >= 1) {
      // A noun after modifiers: stop at the first word that may end the phrase.
      const next = tokens[k];
      if (next?.kind !== 'word' || notCountedNouns().has(next.key)) break;
    }
  }
  if (head === undefined) return undefined;
  return { unit: tokens[head]!.key, end: head + 1 };
}

/** The number counts nothing: a year, a name (ISO 9001, Q3, B2B), a fraction (24/7), an ordinal (3rd, 第3). */
function isIdentifier(ctx: AnalysisContext, n: NumberSpan, unitAfter: boolean): boolean {
  const { tokens } = ctx;
  const first = tokens[n.first]!;
  const prev = tokens[n.first - 1];
  const next = tokens[n.end];
  if (prev && lookup(IDENTIFIER_BEFORE, prev.key)) return true;
  if (prev && !first.space && (prev.key === '/' || prev.key === '#')) return true;
  if (prev && !first.space && prev.kind === 'word' && !unitAfter) return true;
  if (prev && prev.key === '-' && !first.space && tokens[n.first - 2]?.kind === 'word' && !prev.space)
    return true;
  if (next && !next.space && next.key === '/') return true;
  if (next && !next.space && next.kind === 'word' && lookup(ORDINAL_SUFFIXES, next.key)) return true;
  if (next && !next.space && next.kind === 'word' && !unitAfter) return true;
  return false;
}

function isYear(n: NumberSpan): boolean {
  return (
    n.source === 'digits' &&
    n.digits === 4 &&
    !n.scaled &&
    Number.isInteger(n.value) &&
    n.value >= 1900 &&
    n.value <= 2200
  );
}

/**
 * Finds the quantities of a statement. A quantity is strong (it makes the statement measurable) when it has a
 * currency, a physical unit, a multiplier or a rank; when it counts something other than one thing; when it is a
 * change from one value to another; or, for percentages, scores and bare numbers, when a metric noun is attached
 * (销售额, conversion rate) or, for percentages and scores, a verb that states an amount governs it (增长, grow by)
 * and no open comparative ("more customer-oriented", 更加…) makes the sentence vague.
 *
 * @param ctx - The analysis context (deadline and owner tokens already claimed).
 * @param signals - The word signals.
 * @param hasComparative - The statement has an open comparative.
 * @returns The quantities, in statement order.
 * @example
 * ```ts
 * const ctx = createContext('将销售额提高10%', tokenize('将销售额提高10%'), 'zh-CN', undefined);
 * findQuantities(ctx, computeSignals(ctx), false)[0]?.value; // 10
 * ```
 */
export function findQuantities(
  ctx: AnalysisContext,
  signals: Signals,
  hasComparative: boolean,
): QuantityEvidence[] {
  const { tokens } = ctx;
  const raws: Raw[] = [];
  for (const n of ctx.numbers) {
    if (ctx.claim[n.first] !== CLAIM.free || ctx.claim[n.end - 1] !== CLAIM.free) continue;
    if (!Number.isFinite(n.value)) continue;
    const unitMatch = matchAt(unitTrie(), tokens, n.end);
    if (isIdentifier(ctx, n, unitMatch !== undefined)) continue;
    const before = keyAt(ctx, n.first - 1);
    // Ordinals (第3阶段) count nothing; 第3名 and 前3名 are ranks.
    const ordinal = before === '第';
    const top = before === '前' || before === 'top';
    let first = n.first;
    let unit: string | undefined;
    let category: QuantityCategory = 'number';
    let factor = 1;
    let end = n.end;
    let time: TimeUnit | undefined;
    const currency = matchBefore(currencyBeforeTrie(), tokens, n.first);
    if (currency && ctx.claim[currency.end] === CLAIM.free && currency.end >= n.first - 2) {
      first = currency.end;
      unit = currency.value;
      category = 'currency';
    }
    const fraction = category === 'currency' ? undefined : fractionPrefix(ctx, n.first);
    const zeroOf =
      n.source === 'chinese' &&
      n.value === 0 &&
      n.end - n.first === 1 &&
      tokens[n.end]?.kind === 'han' &&
      !NOT_ZERO_OF.includes(keyAt(ctx, n.end));
    const u = category === 'currency' || fraction || zeroOf ? undefined : unitMatch;
    if (fraction !== undefined) {
      first = n.first - 3;
      unit = fraction;
      category = 'percent';
    } else if (zeroOf) {
      // 零事故, 零投诉: a target of zero.
      category = 'count';
    } else if (category === 'currency') {
      if (unitMatch?.value.category === 'currency') end = unitMatch.end;
    } else if (u) {
      if (ctx.claim[u.end - 1] !== CLAIM.free) continue;
      unit = u.value.unit;
      category = u.value.category;
      factor = u.value.factor ?? 1;
      time = u.value.time;
      end = u.end;
      // 十分重要 is "very important", not ten points.
      if (
        n.source === 'chinese' &&
        keyAt(ctx, n.first) === '十' &&
        n.end - n.first === 1 &&
        unit === 'points'
      )
        continue;
      if (category === 'percent' && factor === 10 && n.value > 10) continue;
      if (time === 'year' && isYear(n)) continue;
      if (time === 'day' && u.end - n.end === 1 && keyAt(ctx, n.end) === '日' && n.value <= 31) continue;
    } else if (n.source !== 'chinese') {
      const noun = n.source === 'digits' || n.source === 'words' ? countedNoun(ctx, n) : undefined;
      if (noun) {
        unit = noun.unit;
        category = 'count';
        end = noun.end;
      } else if (n.source === 'words') {
        continue;
      }
    } else if (!n.scaled) {
      continue;
    }
    if (ordinal && !(category === 'count' && unit === '名')) continue;
    if ((ordinal || top) && (unit === '名' || category === 'number')) category = 'rank';
    if (category === 'number' && isYear(n)) continue;
    // Direction and rate after the unit: 90%以上, 3 posts per week.
    let direction: GoalDirection | undefined;
    const dirAfter = matchAt(directionAfterTrie(), tokens, end);
    if (dirAfter && ctx.claim[end] === CLAIM.free) {
      direction = dirAfter.value;
      end = dirAfter.end;
    }
    let per: TimeUnit | undefined;
    const rateAfter = matchAt(rateAfterTrie(), tokens, end);
    if (rateAfter && ctx.claim[end] === CLAIM.free) {
      per = rateAfter.value;
      end = rateAfter.end;
    }
    for (let j = first - 1; per === undefined && j >= 0 && j >= first - 4 && sameClause(ctx, j, first); j--) {
      per = signals.rateEndingAt.get(j);
    }
    const cue = cueBefore(ctx, signals, first, 6);
    const near = cue !== undefined && cue.at >= first - 3 ? cue : undefined;
    direction ??= cue?.cue.direction;
    const toMarked = signals.to[first - 1] === 1;
    const fromAt = signals.from[first - 1] === 1 ? first - 1 : -1;
    const ofAttached = keyAt(ctx, end) === 'of' && tokens[end + 1]?.kind === 'word';
    // A duration that is not a window is a measure only with a comparator, a change or a rate, or when short.
    if (category === 'duration') {
      const short = time !== undefined && SHORT_TIME_UNITS.includes(time);
      if (!short && !near && !toMarked && fromAt === -1 && per === undefined && direction === undefined)
        continue;
    }
    const metric =
      category === 'percent' || category === 'score' || category === 'number'
        ? metricNear(ctx, signals, first, end, category === 'number' ? 5 : 8, category === 'number' ? 2 : 4)
        : false;
    // "a report" or 一场 counts one thing, which says nothing; "one book per month" is a rate, which does.
    const weakCount =
      n.value === 1 && per === undefined && !toMarked && (!near || near.cue.direction === 'target');
    const quantitative = cue?.cue.quantitative === true && !hasComparative;
    const strength = strengthOf(category, weakCount, metric || ofAttached || quantitative, metric);
    raws.push({
      first,
      end,
      value: exact(n.value, factor),
      unit,
      category,
      direction,
      per,
      fromAt,
      toMarked,
      strength,
    });
  }
  // Pair changes: a quantity after `to` / 到 with one after `from` / 从 shortly before it in the same clause.
  const merged = new Set<number>();
  const out: QuantityEvidence[] = [];
  const evidence = new Map<number, QuantityEvidence>();
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k]!;
    if (!r.toMarked) continue;
    for (let p = k - 1; p >= 0 && p >= k - 3; p--) {
      const q = raws[p]!;
      if (merged.has(p) || q.fromAt === -1 || !sameClause(ctx, q.first, r.first) || r.first - q.end > 8)
        continue;
      merged.add(p);
      merged.add(k);
      const category = r.category !== 'number' ? r.category : q.category;
      const unit = r.unit ?? q.unit;
      const direction: GoalDirection =
        r.value > q.value ? 'increase' : r.value < q.value ? 'decrease' : 'target';
      const change = build(ctx, q.fromAt, r.end, r.value, unit, category, direction, r.per, 'strong');
      change.from = q.value;
      change.to = r.value;
      evidence.set(p, change);
      break;
    }
  }
  for (let k = 0; k < raws.length; k++) {
    const paired = evidence.get(k);
    if (paired) {
      out.push(paired);
      continue;
    }
    if (merged.has(k)) continue;
    const r = raws[k]!;
    out.push(build(ctx, r.first, r.end, r.value, r.unit, r.category, r.direction, r.per, r.strength));
  }
  // Multiplier words: double, 翻一番.
  const multipliers = multiplierTrie();
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claim[i] !== CLAIM.free || (ctx.mask[i]! & FIRST.multiplier) === 0) continue;
    const m = matchAt(multipliers, tokens, i);
    if (!m) continue;
    const direction = m.value >= 1 ? 'increase' : 'decrease';
    out.push(build(ctx, i, m.end, m.value, 'times', 'multiplier', direction, undefined, 'strong'));
    i = m.end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}
