import { describe, expect, it } from 'vitest';
import { quarterRecogniser } from '../../../src/analysis/deadlines/quarter.js';
import { recognise } from './recognise.js';

describe('quarterRecogniser', () => {
  it.each([
    ['Launch in Q3 2026', 'Q3', 'Q3 2026', '2026-09-30'],
    ['Launch by the third quarter of 2026', 'third', 'third quarter of 2026', '2026-09-30'],
    ['Ship in Q4 FY2026', 'Q4', 'Q4 FY2026', '2026-12-31'],
  ])('%s → %s (%s)', (statement, at, text, date) => {
    expect(recognise(quarterRecogniser, statement, at)).toEqual({ text, form: 'date', date, absolute: true });
  });

  it.each([
    ['Q3结束前上线', 'Q3', 'Q3', '2026-09-30'],
    ['在第四季度末之前完成', '第', '第四季度', '2026-12-31'],
    ['一季度完成', '一', '一季度', '2027-03-31'],
    ['by the end of Q2', 'Q2', 'Q2', '2027-06-30'],
    ['in the 3rd quarter', '3', '3rd quarter', '2026-09-30'],
  ])('reads %s in the reference year, rolled forward when past', (statement, at, text, date) => {
    expect(recognise(quarterRecogniser, statement, at, { reference: '2026-09-01' })).toEqual({
      text,
      form: 'date',
      date,
      absolute: false,
    });
  });

  it('rejects quarters that do not exist and months of the period', () => {
    expect(recognise(quarterRecogniser, 'Q5 revenue', 'Q5')).toBeUndefined();
    expect(recognise(quarterRecogniser, '第三个月完成', '第')).toBeUndefined();
    expect(recognise(quarterRecogniser, 'the fifth quarter', 'fifth')).toBeUndefined();
  });
});
