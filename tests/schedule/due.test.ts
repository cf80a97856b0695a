import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from '../../src/schedule/day.js';
import { resolveDue } from '../../src/schedule/due.js';
import { isoDateArb } from '../../src/testing/index.js';

const period = { start: '2026-09-01', end: '2026-11-30' };

describe('resolveDue', () => {
  it('resolves the example’s relative due dates', () => {
    expect(resolveDue({ month: 1, part: 'end' }, period)).toBe('2026-09-30');
    expect(resolveDue({ month: 2, part: 'mid' }, period)).toBe('2026-10-15');
    expect(resolveDue({ month: 2, part: 'end' }, period)).toBe('2026-10-31');
    expect(resolveDue({ month: 3, part: 'start' }, period)).toBe('2026-11-01');
    expect(resolveDue({ days: 10 }, period)).toBe('2026-09-11');
    expect(resolveDue('2026-11-30', period)).toBe('2026-11-30');
  });

  it('clamps month ends like date-fns', () => {
    const jan31 = { start: '2026-01-31' };
    expect(resolveDue({ month: 2, part: 'start' }, jan31)).toBe('2026-02-28');
    expect(resolveDue({ month: 1, part: 'end' }, jan31)).toBe('2026-02-27');
    expect(resolveDue({ month: 1, part: 'end' }, { start: '2024-01-31' })).toBe('2024-02-28');
  });

  it('month N start ≤ mid and start ≤ end, and end is the day before month N+1 starts (property)', () => {
    fc.assert(
      fc.property(isoDateArb(), fc.integer({ min: 1, max: 36 }), (start, month) => {
        const p = { start };
        const s = resolveDue({ month, part: 'start' }, p);
        const m = resolveDue({ month, part: 'mid' }, p);
        const e = resolveDue({ month, part: 'end' }, p);
        const next = resolveDue({ month: month + 1, part: 'start' }, p);
        expect(daysBetween(s, m)).toBe(14);
        expect(s <= e).toBe(true);
        expect(addDays(e, 1)).toBe(next);
      }),
      { numRuns: 300 },
    );
  });
});

describe('day numbers', () => {
  it('round-trip ISO dates (property)', () => {
    fc.assert(
      fc.property(isoDateArb('1900-01-01', '2200-12-31'), (d) => {
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
      }),
    );
  });
  it('reject impossible dates', () => {
    expect(toDayNumber('2026-02-29')).toBeNaN();
    expect(toDayNumber('2024-02-29')).toBe(toDayNumber('2024-02-28') + 1);
  });
});
