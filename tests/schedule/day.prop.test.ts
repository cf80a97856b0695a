// toDayNumber parses dates itself (no array per call); it must accept exactly the dates isoDateParts accepts, and
// agree with the calendar of Date.UTC on them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateParts } from '../../src/model/primitives.js';
import { fromDayNumber, toDayNumber } from '../../src/schedule/day.js';

const DAY_MS = 86_400_000;

/** Text that is often almost a date: digits and dashes in date-like places, sometimes off by one character. */
const dateLikeArb = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.stringMatching(/^[0-9-x ]{8,11}$/),
  fc.string({ maxLength: 12 }),
);

describe('toDayNumber', () => {
  // Law: a text is a day exactly when isoDateParts says it is a date, and then it is that date's day number.
  it('accepts exactly the ISO dates isoDateParts accepts, with the day number of Date.UTC (property)', () => {
    fc.assert(
      fc.property(dateLikeArb, (text) => {
        const parts = isoDateParts(text);
        const day = toDayNumber(text);
        if (parts === undefined) {
          expect(day).toBeNaN();
          return;
        }
        const utc = new Date(0);
        utc.setUTCFullYear(parts[0], parts[1] - 1, parts[2]);
        expect(day).toBe(Math.floor(utc.getTime() / DAY_MS));
        expect(fromDayNumber(day)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers NaN for what is not text', () => {
    for (const value of [null, undefined, 20260901, ['2026-09-01'], { length: 10 }]) {
      expect(toDayNumber(value as never)).toBeNaN();
    }
  });
});
