import { describe, expect, it } from 'vitest';
import { chineseDateRecogniser } from '../../../src/analysis/deadlines/chinese-date.js';
import { recognise } from './recognise.js';

describe('chineseDateRecogniser', () => {
  it.each([
    ['2026年3月31日前完成', '2026年3月31日', '2026-03-31'],
    ['2026年底前完成', '2026年底', '2026-12-31'],
    ['2026年第三季度上线', '2026年第三季度', '2026-09-30'],
    ['2026年上半年完成', '2026年上半年', '2026-06-30'],
    ['2026财年收入翻番', '2026财年', '2026-12-31'],
    ['2026年完成', '2026年', '2026-12-31'],
  ])('%s → %s (%s)', (statement, text, date) => {
    expect(recognise(chineseDateRecogniser, statement, text)).toEqual({
      text,
      form: 'date',
      date,
      absolute: true,
    });
  });

  it.each([
    ['8月底前完成', '8月底', '2027-08-31'],
    ['6月中旬前完成', '6月中旬', '2027-06-15'],
    ['12月31日前完成', '12月31日', '2026-12-31'],
    ['10月份完成', '10月份', '2026-10-31'],
  ])('reads %s in the reference year, rolled forward when past', (statement, text, date) => {
    expect(recognise(chineseDateRecogniser, statement, text, { reference: '2026-09-01' })).toEqual({
      text,
      form: 'date',
      date,
      absolute: true,
    });
  });

  it('leaves a month without a reference unresolved', () => {
    expect(recognise(chineseDateRecogniser, '8月底前完成', '8')).toEqual({
      text: '8月底',
      form: 'date',
      absolute: true,
    });
  });

  it('rejects durations and months that do not exist', () => {
    expect(recognise(chineseDateRecogniser, '3个月内完成', '3')).toBeUndefined();
    expect(recognise(chineseDateRecogniser, '13月底前完成', '13')).toBeUndefined();
    expect(recognise(chineseDateRecogniser, '两月内完成', '两')).toBeUndefined();
  });
});
