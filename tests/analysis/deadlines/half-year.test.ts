import { describe, expect, it } from 'vitest';
import { halfYearRecogniser } from '../../../src/analysis/deadlines/half-year.js';
import { recognise } from './recognise.js';

describe('halfYearRecogniser', () => {
  it('reads a half with its year as a date', () => {
    expect(recognise(halfYearRecogniser, 'Hire ten engineers in H1 2026', 'H1')).toEqual({
      text: 'H1 2026',
      form: 'date',
      date: '2026-06-30',
    });
    expect(recognise(halfYearRecogniser, 'Close the gap in H2 2027', 'H2')).toEqual({
      text: 'H2 2027',
      form: 'date',
      date: '2027-12-31',
    });
  });

  it('reads a half without a year in the reference year', () => {
    expect(recognise(halfYearRecogniser, 'Ship it in H2', 'H2', { reference: '2026-09-01' })).toEqual({
      text: 'H2',
      form: 'relative',
      date: '2026-12-31',
    });
    expect(recognise(halfYearRecogniser, 'Ship it in H2', 'H2')).toEqual({ text: 'H2', form: 'relative' });
  });

  it('rejects a third half and a letter set apart from its number', () => {
    expect(recognise(halfYearRecogniser, 'Ship it in H3', 'H3')).toBeUndefined();
    expect(recognise(halfYearRecogniser, 'Grade H 1 steel', 'H')).toBeUndefined();
  });
});
