import { describe, expect, it } from 'vitest';
import { recurringRecogniser } from '../../../src/analysis/deadlines/recurring.js';
import { recognise } from './recognise.js';

describe('recurringRecogniser', () => {
  it.each([
    ['财务部每月5日前提交费用报表', '每', '每月5日前'],
    ['每周五前提交周报', '每', '每周五前'],
    ['每季度末完成盘点', '每', '每季度末'],
    ['每个月的10号前结账', '每', '每个月的10号前'],
    ['Submit the report by the 5th of each month', '5', '5th of each month'],
    [
      'Close the books on the first business day of every month',
      'first',
      'first business day of every month',
    ],
    ['Each month by the 5th, send the invoices', 'Each', 'Each month by the 5th'],
  ])('%s → %s', (statement, at, text) => {
    expect(recognise(recurringRecogniser, statement, at)).toEqual({ text, form: 'recurring' });
  });

  it('does not take a cadence without a day or a closing word for a deadline', () => {
    expect(recognise(recurringRecogniser, '每月召开一次例会', '每')).toBeUndefined();
    expect(recognise(recurringRecogniser, 'We meet every month', 'every')).toBeUndefined();
    expect(recognise(recurringRecogniser, 'the 5th of the month', '5')).toBeUndefined();
  });
});
