import { describe, expect, it } from 'vitest';
import { englishDateRecogniser } from '../../../src/analysis/deadlines/english-date.js';
import { recognise } from './recognise.js';

const reference = '2026-09-01';

describe('englishDateRecogniser', () => {
  it.each([
    ['Cut turnover by December 31, 2025', 'December', 'December 31, 2025', '2025-12-31'],
    ['Plan the retreat by July 2016', 'July', 'July 2016', '2016-07-31'],
    ['Ship it by June 30', 'June', 'June 30', '2027-06-30'],
    ['Ship it by 31 March 2026', '31', '31 March 2026', '2026-03-31'],
    ['Ship it by the 31st of March', '31', '31st of March', '2027-03-31'],
    ['Double revenue by FY2026', 'FY', 'FY2026', '2026-12-31'],
    ['Double revenue by FY26', 'FY', 'FY26', '2026-12-31'],
    ['Open the store by 2027', '2027', '2027', '2027-12-31'],
    ['Open the store by July', 'July', 'July', '2027-07-31'],
    ['Open the store by Oct. 15', 'Oct', 'Oct. 15', '2026-10-15'],
  ])('%s → %s (%s)', (statement, at, text, date) => {
    expect(recognise(englishDateRecogniser, statement, at, { reference })).toEqual({
      text,
      form: 'date',
      date,
      absolute: true,
    });
  });

  it('rejects a month or a year that is not a deadline', () => {
    const near = (statement: string, at: string) =>
      recognise(englishDateRecogniser, statement, at, { reference });
    expect(near('We may finish early', 'may')).toBeUndefined();
    expect(near('July sales grew', 'July')).toBeUndefined();
    expect(near('Hire 2026 interns', '2026')).toBeUndefined();
    expect(near('Read 31 books', '31')).toBeUndefined();
  });
});
