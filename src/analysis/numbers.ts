import {
  CHINESE_BIG_UNITS,
  CHINESE_DIGITS,
  CHINESE_MULTIPLIER_EXPONENTS,
  CHINESE_SMALL_UNITS,
  DIGIT_SUFFIX_EXPONENTS,
  ENGLISH_ONES,
  ENGLISH_SCALE_EXPONENTS,
  ENGLISH_TENS,
  MULTIPLIER_UNIT_BREAKERS,
} from './lexicon/numerals.js';
import { lookup } from './lookup.js';
import { type Token, tokenize } from './tokenize.js';

/** Chinese numeral runs longer than this are not numbers (and are skipped whole, so the scan stays linear). */
const MAX_CHINESE_RUN = 24;

/**
 * A number found in the token stream: tokens `[first, end)`, its value, and how it was written.
 *
 * @example
 * ```ts
 * const n: NumberSpan = { first: 0, end: 2, value: 5_000_000, source: 'digits', scaled: true, digits: 3 };
 * ```
 */
export interface NumberSpan {
  readonly first: number;
  readonly end: number;
  readonly value: number;
  /** `digits` (500, 1.2 with or without 万/亿/million), `chinese` (六, 十二, 两千万) or `words` (three, a dozen). */
  readonly source: 'digits' | 'chinese' | 'words';
  /** A multiplier or scale word was applied (万, 亿, thousand, k). */
  readonly scaled: boolean;
  /** Digits before the decimal point, for Arabic numbers (a four-digit integer may be a year); 0 otherwise. */
  readonly digits: number;
}

/**
 * Parses a Chinese integer numeral: 十二 → 12, 一百零五 → 105, 两千万 → 20,000,000, 一亿五千万 → 150,000,000,
 * 一万五 → 15,000 (a trailing digit after a unit is one order below it), 二〇二六 → 2026 (digit by digit).
 * 百, 千, 万 and 亿 need a digit before them; 十 alone is 10.
 *
 * @param text - The numeral, nothing else.
 * @returns The value, or `undefined` when the text is not a well-formed numeral.
 * @example
 * ```ts
 * parseChineseInteger('六'); // 6
 * parseChineseInteger('九十九'); // 99
 * parseChineseInteger('百'); // undefined
 * ```
 */
export function parseChineseInteger(text: string): number | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_CHINESE_RUN) return undefined;
  let allDigits = true;
  for (const ch of text) if (lookup(CHINESE_DIGITS, ch) === undefined) allDigits = false;
  if (allDigits) {
    if (text.length === 1) return lookup(CHINESE_DIGITS, text);
    // 二〇二六: positional digits, as years are written; 两 is never positional.
    if (text.includes('两')) return undefined;
    let v = 0;
    for (const ch of text) v = v * 10 + lookup(CHINESE_DIGITS, ch)!;
    return v;
  }
  let total = 0;
  let section = 0;
  let pending = -1;
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  let lastBig = Number.POSITIVE_INFINITY;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const digit = lookup(CHINESE_DIGITS, ch);
    if (digit !== undefined) {
      if (digit === 0) {
        if (pending !== -1) return undefined;
        zeroSinceUnit = true;
        continue;
      }
      if (pending !== -1) return undefined;
      pending = digit;
      continue;
    }
    const small = lookup(CHINESE_SMALL_UNITS, ch);
    if (small !== undefined) {
      if (small >= lastSmall) return undefined;
      let coefficient = pending;
      if (coefficient === -1) {
        // 十二 = 12 and 一百一十 = 110; but 百 and 千 need their digit.
        if (small !== 10) return undefined;
        coefficient = 1;
      }
      section += coefficient * small;
      pending = -1;
      lastSmall = small;
      lastUnit = small;
      zeroSinceUnit = false;
      continue;
    }
    const big = lookup(CHINESE_BIG_UNITS, ch);
    if (big !== undefined) {
      if (pending !== -1) section += pending;
      pending = -1;
      if (big === 10_000) {
        if (section === 0 || lastBig <= big) return undefined;
        total += section * big;
      } else {
        if (section === 0 && total === 0) return undefined;
        total = (total + section) * big;
      }
      section = 0;
      lastSmall = Number.POSITIVE_INFINITY;
      lastUnit = big;
      lastBig = big;
      zeroSinceUnit = false;
      continue;
    }
    return undefined;
  }
  if (pending !== -1) {
    // 一万五 = 15,000 and 三百五 = 350: a bare trailing digit sits one order below the last unit.
    section += lastUnit >= 100 && !zeroSinceUnit ? (pending * lastUnit) / 10 : pending;
  }
  const value = total + section;
  return Number.isSafeInteger(value) ? value : undefined;
}

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'sym' && t.key === '-';
}

/** The next token index after `j`, stepping over one hyphen between two words ("twenty-five"). */
function nextWord(tokens: readonly Token[], j: number): number {
  return isHyphen(tokens[j]) && tokens[j + 1]?.kind === 'word' ? j + 1 : j;
}

type WordClass = 'none' | 'a' | 'ones' | 'teens' | 'tens' | 'hundred' | 'scale' | 'dozen';

/** Reads English number words from token `i`: three, twenty-five, one hundred and twenty, a dozen, five thousand. */
function readEnglishWords(tokens: readonly Token[], i: number): { end: number; value: number } | undefined {
  let total = 0;
  let current = 0;
  let prev: WordClass = 'none';
  let best: { end: number; value: number } | undefined;
  let j = i;
  for (let steps = 0; steps < 40 && j < tokens.length; steps++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const key = t.key;
    const ones = lookup(ENGLISH_ONES, key);
    const tens = lookup(ENGLISH_TENS, key);
    const scale = lookup(ENGLISH_SCALE_EXPONENTS, key);
    if ((key === 'a' || key === 'an') && prev === 'none') {
      const next = tokens[j + 1];
      if (!next || !['hundred', 'thousand', 'million', 'billion', 'dozen'].includes(next.key)) break;
      current = 1;
      prev = 'a';
    } else if (ones !== undefined) {
      if (prev === 'ones' || prev === 'teens' || prev === 'a') break;
      if (prev === 'tens' && (ones === 0 || ones >= 10)) break;
      current += ones;
      prev = ones >= 10 ? 'teens' : 'ones';
    } else if (tens !== undefined) {
      if (prev !== 'none' && prev !== 'hundred' && prev !== 'scale') break;
      current += tens;
      prev = 'tens';
    } else if (key === 'hundred') {
      if (prev !== 'ones' && prev !== 'teens' && prev !== 'a') break;
      current *= 100;
      prev = 'hundred';
    } else if (scale !== undefined) {
      if (prev === 'none' || prev === 'scale') break;
      total += current * 10 ** scale;
      current = 0;
      prev = 'scale';
    } else if (key === 'dozen') {
      if (prev !== 'none' && prev !== 'ones' && prev !== 'teens' && prev !== 'a') break;
      current = (current || 1) * 12;
      prev = 'dozen';
    } else if (key === 'and' && (prev === 'hundred' || prev === 'scale')) {
      const next = tokens[j + 1];
      if (
        !next ||
        (lookup(ENGLISH_ONES, next.key) === undefined && lookup(ENGLISH_TENS, next.key) === undefined)
      )
        break;
      j++;
      continue;
    } else {
      break;
    }
    j = nextWord(tokens, j + 1);
    if (prev !== 'a') best = { end: j, value: total + current };
  }
  if (best && isHyphen(tokens[best.end - 1])) return { end: best.end - 1, value: best.value };
  return best;
}

const CURRENCY_BEFORE: Readonly<Record<string, true>> = {
  $: true,
  '€': true,
  '£': true,
  '¥': true,
  '￥': true,
  usd: true,
  rmb: true,
  cny: true,
  eur: true,
  gbp: true,
};

/**
 * Finds every number in a token stream, left to right, each token in at most one number: Arabic digits with a
 * Chinese multiplier (500万, 1.2亿, 5千万) or an English scale (1.2 million, 10k, $2.5m), Chinese numerals (六, 十二,
 * 两千万, 半) and English number words (three, twenty-five, a dozen). Chinese numeral runs are consumed whole, so a
 * run is parsed once whatever its length.
 *
 * @param tokens - The statement's tokens.
 * @returns The numbers, in order.
 * @example
 * ```ts
 * readNumbers(tokenize('一年内销售额达500万元')).map((n) => n.value); // [1, 5000000]
 * ```
 */
export function readNumbers(tokens: readonly Token[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (t.kind === 'num') {
      let exponent = 0;
      let factor = 1;
      let j = i + 1;
      let scaled = false;
      // 500万, 1.2亿, 5千万: Chinese multipliers, but not the metric units 千米 / 千克 / 百分.
      while (j < n && j - i <= 3 && tokens[j]!.kind === 'han') {
        const e = lookup(CHINESE_MULTIPLIER_EXPONENTS, tokens[j]!.key);
        if (e === undefined) break;
        const after = tokens[j + 1];
        if ((e === 2 || e === 3) && after && lookup(MULTIPLIER_UNIT_BREAKERS, after.key)) break;
        exponent += e;
        scaled = true;
        j++;
      }
      const next = tokens[j];
      if (!scaled && next?.kind === 'word') {
        const scale = lookup(ENGLISH_SCALE_EXPONENTS, next.key);
        const suffix = next.space ? undefined : lookup(DIGIT_SUFFIX_EXPONENTS, next.key);
        const before = tokens[i - 1];
        const currency = before !== undefined && lookup(CURRENCY_BEFORE, before.key) === true;
        const after = tokens[j + 1];
        const letterAfter = after?.kind === 'word' && !after.space;
        if (scale !== undefined) {
          exponent += scale;
          scaled = true;
          j++;
        } else if (next.key === 'dozen') {
          factor = 12;
          scaled = true;
          j++;
        } else if (suffix !== undefined && !letterAfter && (suffix === 3 || currency)) {
          exponent += suffix;
          scaled = true;
          j++;
        }
      }
      const raw = t.key;
      const value = Number(exponent === 0 ? raw : `${raw}e${exponent}`) * factor;
      const dot = raw.indexOf('.');
      spans.push({
        first: i,
        end: j,
        value,
        source: 'digits',
        scaled,
        digits: dot === -1 ? raw.length : dot,
      });
      i = j;
      continue;
    }
    if (t.kind === 'han' && isChineseNumeralKey(t.key)) {
      let j = i + 1;
      while (j < n && tokens[j]!.kind === 'han' && isChineseNumeralKey(tokens[j]!.key)) j++;
      if (j - i <= MAX_CHINESE_RUN) {
        let run = '';
        for (let k = i; k < j; k++) run += tokens[k]!.key;
        const value = run === '半' ? 0.5 : parseChineseInteger(run);
        if (value !== undefined) {
          const scaled = run.includes('万') || run.includes('亿');
          spans.push({ first: i, end: j, value, source: 'chinese', scaled, digits: 0 });
        }
      }
      i = j;
      continue;
    }
    if (t.kind === 'word' && startsEnglishNumber(t.key)) {
      const words = readEnglishWords(tokens, i);
      if (words) {
        spans.push({
          first: i,
          end: words.end,
          value: words.value,
          source: 'words',
          scaled: false,
          digits: 0,
        });
        i = words.end;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** Han tokens are one character, so a string search is the cheapest membership test. */
const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿半';

function isChineseNumeralKey(key: string): boolean {
  return key.length === 1 && CHINESE_NUMERAL_CHARS.includes(key);
}

/** Words that can start an English number ("a" only before a scale word). */
function startsEnglishNumber(key: string): boolean {
  return (
    lookup(ENGLISH_ONES, key) !== undefined ||
    lookup(ENGLISH_TENS, key) !== undefined ||
    key === 'a' ||
    key === 'an' ||
    key === 'dozen'
  );
}

/**
 * Parses a number written in any of the forms goal sentences use: Arabic digits with grouping commas and decimals
 * (1,200.5), with a Chinese multiplier (500万, 1.2亿, 5千万) or an English scale (1.2 million, 10k), Chinese numerals
 * (六, 十二, 两千万, 一亿五千万) and English number words (three, twenty-five, one hundred and twenty, a dozen). The
 * whole text must be the number; units are not numbers (see {@link analyzeGoal} for 500万元 or 85%).
 *
 * @param text - The number as written.
 * @returns Its value, or `undefined` when the text is not exactly one number.
 * @example
 * ```ts
 * parseNumber('500万'); // 5000000
 * parseNumber('1.2亿'); // 120000000
 * parseNumber('两千万'); // 20000000
 * parseNumber('twenty-five thousand'); // 25000
 * parseNumber('a dozen'); // 12
 * parseNumber('500万元'); // undefined
 * ```
 */
export function parseNumber(text: string): number | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  const tokens = tokenize(text);
  const spans = readNumbers(tokens);
  const only = spans[0];
  if (spans.length !== 1 || !only || only.first !== 0 || only.end !== tokens.length) return undefined;
  return Number.isFinite(only.value) ? only.value : undefined;
}
