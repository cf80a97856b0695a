import { describe, expect, it } from 'vitest';
import { analyzeGoal } from '../../../src/analysis/analyze-goal.js';
import { DEADLINE_RECOGNISERS } from '../../../src/analysis/deadlines/recognisers.js';

describe('DEADLINE_RECOGNISERS', () => {
  it('lists every recogniser once, in order of precedence', () => {
    expect(DEADLINE_RECOGNISERS.map((r) => r.name)).toEqual([
      'recurring',
      'numeric-date',
      'chinese-date',
      'quarter',
      'half-year',
      'relative-month',
      'window',
      'english-date',
      'weekday',
      'relative-time',
      'day-of-month',
    ]);
  });

  it('lets the earlier recogniser win where two could read the same tokens', () => {
    const forms = (statement: string) =>
      analyzeGoal(statement, { reference: '2026-09-01' }).timeBound.evidence.map((d) => [d.text, d.form]);
    // recurring before day-of-month: 每月5日前 is not the 5th.
    expect(forms('每月5日前提交报表')).toEqual([['每月5日前', 'recurring']]);
    // relative-month before window: 第二个月 is month 2 of the period.
    expect(forms('第二个月底前完成')).toEqual([['第二个月底前', 'relative']]);
    // numeric before Chinese dates: 2026-03-31 is one date.
    expect(forms('2026-03-31前完成')).toEqual([['2026-03-31前', 'date']]);
  });
});
