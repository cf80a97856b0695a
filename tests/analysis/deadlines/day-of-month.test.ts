import { describe, expect, it } from 'vitest';
import { dayOfMonthRecogniser } from '../../../src/analysis/deadlines/day-of-month.js';
import { recognise } from './recognise.js';

const reference = '2026-09-10';

describe('dayOfMonthRecogniser', () => {
  it.each([
    ['15号前提交报表', '15号', '2026-09-15'],
    ['5日前提交报表', '5日', '2026-10-05'],
    ['31日之前结账', '31日', '2026-10-31'],
    ['10日以前结账', '10日', '2026-09-10'],
  ])('%s → %s (%s)', (statement, text, date) => {
    expect(recognise(dayOfMonthRecogniser, statement, text, { reference })).toEqual({
      text,
      form: 'date',
      date,
    });
  });

  it('rejects a window of days and a day with no deadline word', () => {
    expect(recognise(dayOfMonthRecogniser, '15日内完成', '15', { reference })).toBeUndefined();
    expect(recognise(dayOfMonthRecogniser, '15日完成', '15', { reference })).toBeUndefined();
  });
});
