// The schedule on any arguments: date helpers answer every value, functions over structures throw only a
// CrossdeptError with code invalid_argument; and on every input their types admit, none of them throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/model/primitives.js';
import {
  addDays,
  addWorkdays,
  daysBetween,
  forecastMilestones,
  fromDayNumber,
  isWorkday,
  resolveDue,
  scheduleMilestones,
  toDayNumber,
  topologicalIndices,
  topologicalOrder,
  weekdayOf,
  workCalendar,
  workdaysBetween,
  workdaysBetweenDays,
} from '../../src/schedule/index.js';
import { calendarArb, collaborationArb, isoDateArb } from '../../src/testing/index.js';
import { example, parsed } from '../fixtures/example.js';
import { API_CONTRACTS } from './contracts.js';
import { FUZZ_RUNS, field, hostile, mostlyValid, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const c = example();
const CALENDAR = { holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] };
const VALID: readonly unknown[] = [c, CALENDAR, workCalendar(CALENDAR), c.milestones, scheduleMilestones(c)];
const PATHS = [
  ['milestones'],
  ['milestones', 0],
  ['milestones', 1, 'id'],
  ['milestones', 1, 'dependsOn'],
  ['milestones', 2, 'due'],
  ['milestones', 2, 'durationDays'],
  ['period'],
  ['period', 'start'],
  ['holidays'],
  ['holidays', 0],
  ['workdays'],
  ['prepared'],
  [0],
  [0, 'id'],
  [1, 'dependsOn', 0],
];
const structure = mostlyValid(VALID.length, PATHS);
const date = field(['2026-09-25', '2026-10-09', '2024-02-29', '0001-01-01'], ['2026-02-30', 'soon']);
const number = field([0, 1, 7, -3, 20_726, 1e12, 1e300, Number.NaN, Number.POSITIVE_INFINITY]);
const due = field(
  [{ month: 2, part: 'mid' }, { days: 10 }, '2026-11-30'],
  [{ month: 1e300, part: 'end' }, { part: 'x' }],
);

const ENTRIES: readonly [
  keyof typeof API_CONTRACTS & string,
  (...args: never[]) => unknown,
  fc.Arbitrary<readonly Recipe[]>,
][] = [
  ['addDays', addDays, fc.tuple(date, number)],
  ['addWorkdays', addWorkdays, fc.tuple(date, number, structure)],
  ['daysBetween', daysBetween, fc.tuple(date, date)],
  ['forecastMilestones', forecastMilestones, fc.tuple(structure, date, structure)],
  ['fromDayNumber', fromDayNumber, fc.tuple(number)],
  ['isWorkday', isWorkday, fc.tuple(date, structure)],
  ['resolveDue', resolveDue, fc.tuple(due, fc.oneof(field([c.period]), structure))],
  ['scheduleMilestones', scheduleMilestones, fc.tuple(structure)],
  ['toDayNumber', toDayNumber, fc.tuple(fc.oneof(date, hostile))],
  ['topologicalIndices', topologicalIndices, fc.tuple(structure)],
  ['topologicalOrder', topologicalOrder, fc.tuple(structure)],
  ['weekdayOf', weekdayOf, fc.tuple(number)],
  ['workCalendar', workCalendar, fc.tuple(structure)],
  ['workdaysBetween', workdaysBetween, fc.tuple(date, date, structure)],
  ['workdaysBetweenDays', workdaysBetweenDays, fc.tuple(number, number, structure)],
];

describe('the schedule on any arguments (property)', () => {
  for (const [name, call, args] of ENTRIES) {
    sweep({ name, contract: API_CONTRACTS[name]!, args, call: call as never, valid: VALID });
  }
});

describe('the schedule on what its types admit (property)', () => {
  it('never throws on parsed collaborations, ISO dates and calendars', () => {
    fc.assert(
      fc.property(
        collaborationArb({ size: 'medium' }),
        isoDateArb(),
        isoDateArb(),
        calendarArb({ start: '2026-01-01', end: '2026-12-31' }),
        fc.integer({ min: -1_000, max: 100_000 }),
        (input, a, b, calendar, n) => {
          const collaboration = parsed(input);
          const s = scheduleMilestones(collaboration);
          expect(forecastMilestones(collaboration, a, s)).toHaveLength(s.milestones.length);
          expect(topologicalOrder(collaboration).order).toHaveLength(s.milestones.length);
          expect(Number.isInteger(workdaysBetween(a, b, calendar))).toBe(true);
          expect(isIsoDate(addWorkdays(a, n, calendar))).toBe(true);
          for (const m of collaboration.milestones) {
            expect(isIsoDate(resolveDue(m.due, collaboration.period))).toBe(true);
          }
        },
      ),
      { numRuns: Math.min(FUZZ_RUNS, 200) },
    );
  });
});
