// The schedule's public functions on input a caller should not pass: date helpers answer NaN or 'Invalid Date'
// for what is no date, functions over structures throw only a CrossdeptError with code invalid_argument, and
// nothing loops forever.
import { describe, expect, it } from 'vitest';
import { forecastMilestones, scheduleMilestones } from '../../src/schedule/critical-path.js';
import { addDays, toDayNumber, weekdayOf } from '../../src/schedule/day.js';
import { resolveDue } from '../../src/schedule/due.js';
import { topologicalIndices, topologicalOrder } from '../../src/schedule/graph.js';
import {
  addWorkdays,
  isWorkday,
  workCalendar,
  workdaysBetween,
  workdaysBetweenDays,
} from '../../src/schedule/working-days.js';
import { example } from '../fixtures/example.js';
import { failure, trapped, unconvertible, withThrowingGetter } from '../fixtures/hostile.js';

const PERIOD = { start: '2026-09-01', end: '2026-11-30' };

describe('date helpers on values that are no date', () => {
  it('addWorkdays ends for any number of working days, giving Invalid Date past 10^12', () => {
    expect(addWorkdays('2026-01-01', 1e300)).toBe('Invalid Date');
    expect(addWorkdays('2026-01-01', 2e12)).toBe('Invalid Date');
    expect(addWorkdays('2026-09-25', 1)).toBe('2026-09-28');
  });

  it('addDays and weekdayOf answer Invalid Date and NaN for values that are not numbers', () => {
    for (const days of [Symbol('d'), 1n, unconvertible, '1']) {
      expect(addDays('2026-09-01', days as never)).toBe('Invalid Date');
    }
    for (const day of [Symbol('d'), 1n, unconvertible]) expect(weekdayOf(day as never)).toBeNaN();
  });

  it('resolveDue answers Invalid Date for a spec or period it cannot resolve, never throwing', () => {
    for (const due of [
      null,
      5,
      Symbol('d'),
      trapped(),
      { month: 1e300, part: 'start' },
      { month: 1, part: 'x' },
    ]) {
      expect(resolveDue(due as never, PERIOD)).toBe('Invalid Date');
    }
    for (const period of [null, {}, trapped(), { start: '2026-02-30' }]) {
      expect(resolveDue({ days: 1 }, period as never)).toBe('Invalid Date');
    }
    expect(resolveDue({ month: 2, part: 'mid' }, PERIOD)).toBe('2026-10-15');
  });
});

describe('calendars that are not calendars', () => {
  it('are an invalid_argument error naming the calendar, not a TypeError', () => {
    for (const calendar of ['2026-10-01', 5, [], { holidays: '2026-10-01' }, trapped()]) {
      failure(() => workCalendar(calendar as never), 'invalid_argument');
      failure(() => workdaysBetween('2026-09-01', '2026-09-30', calendar as never), 'invalid_argument');
      failure(() => isWorkday('2026-09-01', calendar as never), 'invalid_argument');
      failure(() => addWorkdays('2026-09-01', 3, calendar as never), 'invalid_argument');
    }
    const error = failure(() => workCalendar({ workdays: 3 } as never), 'invalid_argument');
    expect(error.issues[0]).toMatchObject({ pointer: '/calendar/workdays' });
    expect(error.issues[0]?.message).toBe(
      '参数 calendar.workdays 应为工作日历 { holidays?, workdays? }（ISO 日期列表）',
    );
  });

  it('take null as no calendar, skip entries that are no date, and re-read prepared forms made elsewhere', () => {
    expect(workCalendar(null as never)).toEqual(workCalendar());
    expect(workCalendar({ holidays: ['2026-10-01', 5, null] as never })).toEqual(
      workCalendar({ holidays: ['2026-10-01'] }),
    );
    const made = { prepared: true, holidays: [toDayNumber('2026-10-01')], workdays: [] } as const;
    expect(workdaysBetweenDays(toDayNumber('2026-09-30'), toDayNumber('2026-10-02'), made)).toBe(1);
    failure(() => workdaysBetweenDays(0, 7, { prepared: true, holidays: 'x' } as never), 'invalid_argument');
    expect(workdaysBetweenDays(0, 7, { prepared: true, holidays: null } as never)).toBe(5);
  });
});

describe('dependency graphs and collaborations that are not what the schedule reads', () => {
  it('topologicalOrder and topologicalIndices throw invalid_argument with the path to the bad node', () => {
    for (const nodes of [null, 5, 'ab', trapped([])])
      failure(() => topologicalOrder(nodes as never), 'invalid_argument');
    const cases: [unknown, string][] = [
      [[null], '/nodes/0'],
      [[{ id: 5 }], '/nodes/0/id'],
      [[{ id: 'a', dependsOn: 'b' }], '/nodes/0/dependsOn'],
      [[{ id: 'a', dependsOn: [null] }], '/nodes/0/dependsOn'],
      [{ milestones: [{ id: 'a' }, {}] }, '/nodes/milestones/1/id'],
    ];
    for (const [nodes, pointer] of cases) {
      const error = failure(() => topologicalOrder(nodes as never), 'invalid_argument');
      expect(error.issues[0]?.pointer).toBe(pointer);
    }
    failure(() => topologicalIndices([withThrowingGetter({ id: 'a' }, 'id')]), 'invalid_argument');
    expect(
      topologicalOrder([
        { id: 'b', dependsOn: ['a'] },
        { id: 'a', dependsOn: null as never },
      ]).order,
    ).toEqual(['a', 'b']);
  });

  it('scheduleMilestones and forecastMilestones throw invalid_argument for what is not a collaboration', () => {
    const c = example();
    for (const bad of [
      null,
      'c',
      { ...c, milestones: 5 },
      { ...c, period: null },
      { ...c, milestones: [null] },
      trapped(),
    ]) {
      failure(() => scheduleMilestones(bad as never), 'invalid_argument');
      failure(() => forecastMilestones(bad as never, '2026-11-26'), 'invalid_argument');
    }
    const error = failure(
      () => scheduleMilestones({ ...c, period: { start: 'soon' } } as never),
      'invalid_argument',
    );
    expect(error.issues[0]?.messages).toEqual({
      'zh-CN': '参数 collaboration.period 应为协作周期 { start, end }（ISO 日期）',
      en: 'Argument collaboration.period must be a period { start, end } of ISO dates',
    });
    expect(forecastMilestones(c, '2026-11-26', null as never)).toEqual(forecastMilestones(c, '2026-11-26'));
    for (const schedule of [5, 'x', { milestones: 'x' }, trapped()]) {
      failure(() => forecastMilestones(c, '2026-11-26', schedule as never), 'invalid_argument');
    }
    expect(forecastMilestones(c, Symbol('now') as never).length).toBe(c.milestones.length);
  });
});
