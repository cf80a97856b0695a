import fc from 'fast-check';
import { argumentError, guarded } from '../i18n/argument.js';
import type { Due, Period } from '../model/primitives.js';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from '../schedule/day.js';
import { checkCount, checkDate, checkPeriod, checkText } from './arguments.js';

const WORDS = [
  '研发部',
  '市场部',
  '销售部',
  '客服部',
  '财务部',
  '推广方案',
  '测试版产品',
  '渠道铺货',
  '售后培训',
  '预算',
  'Launch plan',
  'Beta build',
  'Budget review',
  'Training records',
];

/**
 * Display text: a realistic word, or arbitrary printable text (which may contain `|`, `\`, `<` or line breaks,
 * so renderers and serialisers meet hostile values).
 *
 * @returns An arbitrary of non-empty strings.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { textArb } from 'crossdept/testing';
 *
 * fc.assert(fc.property(textArb(), (text) => text.length > 0));
 * ```
 */
export function textArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('<script>alert(1)</script>', 'a | b', 'line1\nline2', 'back\\slash'),
    },
  );
}

/**
 * Ids valid for the model: lowercase letters, digits and `-`, starting with a letter.
 *
 * @returns An arbitrary of ids.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { idArb } from 'crossdept/testing';
 *
 * fc.sample(idArb(), 3); // e.g. ['a', 'k-3', 'rd']
 * ```
 */
export function idArb(): fc.Arbitrary<string> {
  return fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/);
}

/**
 * `count` distinct ids with a prefix (`d-0`, `d-1`, …) so ids of different kinds never collide.
 *
 * @param prefix - The id prefix.
 * @param count - How many.
 * @returns The ids.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when `prefix` is not text or `count`
 *   not a whole number from 0 to 100,000; nothing else.
 * @example
 * ```ts
 * ids('m', 2); // ['m-0', 'm-1']
 * ```
 */
export function ids(prefix: string, count: number): string[] {
  const p = checkText(prefix, ['prefix']);
  const n = checkCount(count, ['count']);
  return Array.from({ length: n }, (_, i) => `${p}-${i}`);
}

/**
 * ISO dates between two bounds, inclusive.
 *
 * @param min - Earliest ISO date (default 2020-01-01).
 * @param max - Latest ISO date (default 2030-12-31).
 * @returns An arbitrary of ISO dates.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { isoDateArb } from 'crossdept/testing';
 *
 * fc.sample(isoDateArb('2026-01-01', '2026-12-31'), 2);
 * ```
 */
export function isoDateArb(min = '2020-01-01', max = '2030-12-31'): fc.Arbitrary<string> {
  const from = toDayNumber(checkDate(min, ['min']));
  const to = toDayNumber(checkDate(max, ['max']));
  if (to < from) throw argumentError('invalid_argument', ['max'], { kind: 'date' });
  return fc.integer({ min: from, max: to }).map(fromDayNumber);
}

/**
 * A collaboration period of 14 to 400 days starting between 2020 and 2030.
 *
 * @returns An arbitrary of periods.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { periodArb } from 'crossdept/testing';
 *
 * fc.assert(fc.property(periodArb(), (p) => p.start <= p.end));
 * ```
 */
export function periodArb(): fc.Arbitrary<Period> {
  return fc
    .tuple(isoDateArb(), fc.integer({ min: 14, max: 400 }))
    .map(([start, length]) => ({ start, end: addDays(start, length) }));
}

/**
 * Due dates inside a period: an ISO date, `{ month, part }` or `{ days }`.
 *
 * @param period - The collaboration period.
 * @returns An arbitrary of due specs that resolve within (or, for `{ month, part: 'end' }`, near) the period.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { dueArb } from 'crossdept/testing';
 *
 * fc.sample(dueArb({ start: '2026-09-01', end: '2026-11-30' }), 3);
 * ```
 */
export function dueArb(period: Period): fc.Arbitrary<Due> {
  const args = [checkPeriod(period, ['period'])] as const;
  return guarded(['period'], () => dueArbOf(...args));
}

function dueArbOf(period: Period): fc.Arbitrary<Due> {
  const span = Math.max(0, daysBetween(period.start, period.end));
  const months = Math.max(1, Math.floor(span / 31));
  return fc.oneof(
    isoDateArb(period.start, period.end),
    fc.record({
      month: fc.integer({ min: 1, max: months }),
      part: fc.constantFrom('start', 'mid', 'end') as fc.Arbitrary<'start' | 'mid' | 'end'>,
    }),
    fc.record({ days: fc.integer({ min: 0, max: span }) }),
  );
}
