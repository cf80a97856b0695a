import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseNumber } from '../../src/analysis/index.js';

describe('parseNumber', () => {
  it.each([
    ['500万', 5_000_000],
    ['10万', 100_000],
    ['1.2亿', 120_000_000],
    ['5千万', 50_000_000],
    ['两千万', 20_000_000],
    ['六', 6],
    ['十二', 12],
    ['九十九', 99],
    ['一百零五', 105],
    ['一万五', 15_000],
    ['一亿五千万', 150_000_000],
    ['二〇二六', 2026],
    ['半', 0.5],
    ['1,200,000', 1_200_000],
    ['1,200.5', 1200.5],
    ['１２', 12],
    ['three', 3],
    ['twenty-five', 25],
    ['one hundred and twenty', 120],
    ['a dozen', 12],
    ['three dozen', 36],
    ['a million', 1_000_000],
    ['1.2 million', 1_200_000],
    ['5 thousand', 5000],
    ['10k', 10_000],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['500万元', '85%', 'three cats', '', '百', '万', 'one two', 'x'])('%s is not a number', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it('rejects malformed Chinese numerals', () => {
    for (const text of [
      '百',
      '千',
      '万',
      '亿',
      '十十',
      '一万一万',
      '两〇',
      '三四五六七八九十一二三四五六七八九十一二三四五',
    ]) {
      expect(parseChineseInteger(text)).toBeUndefined();
    }
  });
});
