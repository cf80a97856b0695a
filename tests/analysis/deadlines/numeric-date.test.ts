import { describe, expect, it } from 'vitest';
import { numericDateRecogniser } from '../../../src/analysis/deadlines/numeric-date.js';
import { recognise } from './recognise.js';

describe('numericDateRecogniser', () => {
  it.each([
    ['2026-03-31前完成', '2026', '2026-03-31', '2026-03-31'],
    ['2026/3/31前完成', '2026', '2026/3/31', '2026-03-31'],
    ['2026.3.31前完成', '2026', '2026.3.31', '2026-03-31'],
    ['2026-03前完成', '2026', '2026-03', '2026-03-31'],
    ['Plan the retreat by 8/1/2014', '8', '8/1/2014', '2014-08-01'],
    ['Plan the retreat by 8/1/14', '8', '8/1/14', '2014-08-01'],
    ['Plan the retreat by 31/1/2027', '31', '31/1/2027', '2027-01-31'],
    ['Plan the retreat by 8/1', '8', '8/1', '2027-08-01'],
    ['8/1前完成', '8', '8/1', '2027-08-01'],
  ])('%s → %s (%s)', (statement, at, text, date) => {
    expect(recognise(numericDateRecogniser, statement, at, { reference: '2026-09-01' })).toEqual({
      text,
      form: 'date',
      date,
      absolute: true,
    });
  });

  it('rejects numbers that only look like dates', () => {
    const near = (statement: string, at: string) =>
      recognise(numericDateRecogniser, statement, at, { reference: '2026-09-01' });
    expect(near('Support customers 24/7', '24')).toBeUndefined();
    expect(near('3/4 of the team', '3')).toBeUndefined();
    expect(near('版本 2026.3 发布', '2026')).toBeUndefined();
    expect(near('2026-13-01前完成', '2026')).toBeUndefined();
    expect(near('2026-02-30前完成', '2026')).toBeUndefined();
  });
});
