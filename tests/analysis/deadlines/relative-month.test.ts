import { describe, expect, it } from 'vitest';
import { relativeMonthRecogniser } from '../../../src/analysis/deadlines/relative-month.js';
import { recognise } from './recognise.js';

describe('relativeMonthRecogniser', () => {
  it.each([
    ['第二个月中旬前完成', '第', '第二个月中旬', '2026-10-15'],
    ['研发部在第一个月底前交付', '第', '第一个月底', '2026-09-30'],
    ['第三个月初启动推广', '第', '第三个月初', '2026-11-01'],
    ['第二个月完成', '第', '第二个月', '2026-10-31'],
    ['Deliver the pilot by the end of month 2', 'month', 'month 2', '2026-10-31'],
  ])('%s → %s (%s)', (statement, at, text, date) => {
    expect(recognise(relativeMonthRecogniser, statement, at, { reference: '2026-09-01' })).toEqual({
      text,
      form: 'relative',
      date,
    });
  });

  it('has no date without a reference', () => {
    expect(recognise(relativeMonthRecogniser, '第二个月中旬前完成', '第')).toEqual({
      text: '第二个月中旬',
      form: 'relative',
    });
  });

  it('rejects quarters, rates and months written in words', () => {
    expect(recognise(relativeMonthRecogniser, '第二季度完成', '第')).toBeUndefined();
    expect(recognise(relativeMonthRecogniser, 'two reports each month 3 times', 'month')).toBeUndefined();
    expect(recognise(relativeMonthRecogniser, 'by month two', 'month')).toBeUndefined();
  });
});
