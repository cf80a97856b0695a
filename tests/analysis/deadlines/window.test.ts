import { describe, expect, it } from 'vitest';
import { windowRecogniser } from '../../../src/analysis/deadlines/window.js';
import { example } from '../../fixtures/example.js';
import { recognise } from './recognise.js';

const reference = '2026-09-01';

describe('windowRecogniser', () => {
  it.each([
    ['3个月内完成产品上市', '3', '3个月内', 3, 'month', '2026-11-30'],
    ['一个半月内完成', '一', '一个半月内', 1.5, 'month', '2026-10-15'],
    ['两周内完成', '两', '两周内', 2, 'week', '2026-09-14'],
    ['未来六个月完成', '未', '未来六个月', 6, 'month', '2027-02-28'],
    ['Launch the app within three months', 'within', 'within three months', 3, 'month', '2026-11-30'],
    ['Sign 20 clients in the next 30 days', 'in', 'in the next 30 days', 30, 'day', '2026-09-30'],
    ['Grow the list over the next year', 'over', 'over the next year', 1, 'year', '2027-08-31'],
  ])('%s → %s', (statement, at, text, amount, unit, date) => {
    expect(recognise(windowRecogniser, statement, at, { reference })).toEqual({
      text,
      form: 'within',
      amount,
      unit,
      date,
    });
  });

  it('counts working days after the reference on the calendar', () => {
    const { calendar } = example();
    const workdays = (options: { calendar?: typeof calendar }) =>
      recognise(windowRecogniser, '10个工作日内完成', '10', { reference: '2026-09-24', ...options });
    expect(workdays({ calendar })).toEqual({
      text: '10个工作日内',
      form: 'within',
      amount: 10,
      unit: 'workday',
      date: '2026-10-14',
    });
    expect(workdays({})?.date).toBe('2026-10-08');
  });

  it('rejects a duration without a closing word, a service level and a short unit without within', () => {
    expect(recognise(windowRecogniser, '3个月完成上市', '3', { reference })).toBeUndefined();
    expect(recognise(windowRecogniser, '客服2小时内回复客户', '2', { reference })).toBeUndefined();
    expect(recognise(windowRecogniser, 'Respond to tickets within 24 hours', 'within', { reference })).toBe(
      undefined,
    );
    expect(recognise(windowRecogniser, 'Train for 3 hours', 'for', { reference })).toBeUndefined();
  });
});
