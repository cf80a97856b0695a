// Laws of number reading: a number written in any supported form reads back as the value it was written from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGoal, parseChineseInteger, parseNumber } from '../../src/analysis/index.js';

const DIGITS = '零一二三四五六七八九';
const SMALL = ['', '十', '百', '千'];

/** A reference writer of Chinese numerals: 10005 → 一万零五, 150000 → 十五万, 12 → 十二. */
function chineseSection(n: number): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL[p]!;
  }
  return out;
}

function toChinese(n: number): string {
  if (n === 0) return '零';
  let out = '';
  let rest = n;
  let gap = false;
  for (const [size, unit] of [
    [1e8, '亿'],
    [1e4, '万'],
    [1, ''],
  ] as const) {
    const q = Math.floor(rest / size);
    rest %= size;
    if (q === 0) {
      if (out !== '') gap = true;
      continue;
    }
    if (out !== '' && (gap || q < 1000)) out += '零';
    gap = false;
    out += chineseSection(q) + unit;
  }
  return out.startsWith('一十') ? out.slice(1) : out;
}

const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** A reference writer of English numbers: 125 → "one hundred and twenty-five" (with `and` when asked). */
function toEnglish(n: number, and: boolean): string {
  const below1000 = (m: number): string[] => {
    const words: string[] = [];
    const h = Math.floor(m / 100);
    const r = m % 100;
    if (h > 0) words.push(ONES[h]!, 'hundred');
    if (r > 0) {
      if (h > 0 && and) words.push('and');
      words.push(r < 20 ? ONES[r]! : TENS[Math.floor(r / 10)]! + (r % 10 ? `-${ONES[r % 10]}` : ''));
    }
    return words;
  };
  if (n === 0) return 'zero';
  const words: string[] = [];
  for (const [size, name] of [
    [1e6, 'million'],
    [1e3, 'thousand'],
    [1, ''],
  ] as const) {
    const q = Math.floor(n / size) % 1000;
    if (q === 0) continue;
    words.push(...below1000(q));
    if (name) words.push(name);
  }
  return words.join(' ');
}

/** A decimal written with up to two fraction digits, as goal sentences write them: 1.2, 35, 0.05. */
const decimal = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .filter(([i, f]) => i > 0 || f > 0)
  .map(([i, f, withFraction]) =>
    withFraction && f > 0 ? `${i}.${String(f).padStart(2, '0').replace(/0$/, '')}` : String(i),
  );

function strong(statement: string): number[] {
  return analyzeGoal(statement)
    .measurable.evidence.filter((q) => q.strength === 'strong')
    .map((q) => q.value);
}

describe('numbers round-trip', () => {
  it('N万 reads as N × 10,000, alone and as an amount of money', () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const expected = Number(`${n}e4`);
        expect(parseNumber(`${n}万`)).toBe(expected);
        expect(strong(`首月销售额达${n}万元`)).toEqual([expected]);
      }),
    );
  });

  it('N亿 reads as N × 100,000,000', () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const expected = Number(`${n}e8`);
        expect(parseNumber(`${n}亿`)).toBe(expected);
        expect(strong(`全年实现营业收入${n}亿元`)).toEqual([expected]);
      }),
    );
  });

  it('N% reads as N', () => {
    fc.assert(
      fc.property(decimal, (n) => {
        const [q] = analyzeGoal(`将客户满意度提高${n}%`).measurable.evidence;
        expect(q).toMatchObject({ value: Number(n), unit: '%', strength: 'strong' });
      }),
    );
  });

  it('"N thousand" and "N million" read as N × 1,000 and N × 1,000,000', () => {
    fc.assert(
      fc.property(decimal, (n) => {
        expect(parseNumber(`${n} thousand`)).toBe(Number(`${n}e3`));
        expect(parseNumber(`${n} million`)).toBe(Number(`${n}e6`));
        expect(strong(`Sell ${n} thousand units`)).toEqual([Number(`${n}e3`)]);
      }),
    );
  });

  it('digits with grouping commas read as the integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (n) => {
        const grouped = n.toLocaleString('en-US');
        expect(parseNumber(grouped)).toBe(n);
      }),
    );
  });

  it('Chinese numerals from 零 to 九千九百九十九亿… read back as the integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const text = toChinese(n);
        expect(parseChineseInteger(text)).toBe(n);
        expect(parseNumber(text)).toBe(n);
      }),
    );
  });

  it('Chinese numerals 一 to 九十九 count what follows them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99 }), (n) => {
        expect(strong(`招聘${toChinese(n)}名工程师`)).toEqual([n]);
      }),
    );
  });

  it('English number words read back as the integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.boolean(), (n, and) => {
        expect(parseNumber(toEnglish(n, and))).toBe(n);
      }),
    );
  });

  it('English number words count what follows them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), (n) => {
        expect(strong(`Hire ${toEnglish(n, false)} engineers`)).toEqual([n]);
      }),
    );
  });
});
