import { describe, expect, it } from 'vitest';
import { relativeTimeRecogniser } from '../../../src/analysis/deadlines/relative-time.js';
import { recognise } from './recognise.js';

const reference = '2026-09-10';

describe('relativeTimeRecogniser', () => {
  it.each([
    ['月底前完成', '月', '月底', 'relative', '2026-09-30'],
    ['年底前完成', '年', '年底', 'relative', '2026-12-31'],
    ['今年完成', '今', '今年', 'relative', '2026-12-31'],
    ['下个月完成', '下', '下个月', 'relative', '2026-10-31'],
    ['上半年完成', '上', '上半年', 'relative', '2026-06-30'],
    ['Finish by the end of the month', 'end', 'end of the month', 'relative', '2026-09-30'],
    ['Finish next quarter', 'next', 'next quarter', 'relative', '2026-12-31'],
    ['Finish by year-end', 'year', 'year-end', 'relative', '2026-12-31'],
    ['在国庆节前完成开业', '国', '国庆节', 'event', '2026-10-01'],
  ])('%s → %s (%s)', (statement, at, text, form, date) => {
    expect(recognise(relativeTimeRecogniser, statement, at, { reference })).toEqual({ text, form, date });
  });

  it('reads an event without a date, and a half with its year as a date', () => {
    expect(recognise(relativeTimeRecogniser, '首月销售额达500万元', '首', { reference })).toEqual({
      text: '首月',
      form: 'event',
    });
    expect(recognise(relativeTimeRecogniser, 'in the first half of 2027', 'first', { reference })).toEqual({
      text: 'first half of 2027',
      form: 'date',
      date: '2027-06-30',
      absolute: true,
    });
  });

  it('claims a baseline without a date', () => {
    expect(recognise(relativeTimeRecogniser, '比去年增长10%', '去', { reference })).toEqual({
      text: '去年',
      form: 'relative',
      baseline: true,
    });
  });

  it('leaves "the end of month 2" to the period-month recogniser, and ignores words outside its lexicon', () => {
    expect(recognise(relativeTimeRecogniser, 'by the end of month 2', 'end', { reference })).toBeUndefined();
    expect(recognise(relativeTimeRecogniser, 'a monthly report', 'monthly', { reference })).toBeUndefined();
  });
});
