// The testing arbitraries on any arguments: each is built, or refuses its arguments with a CrossdeptError
// (invalid_argument), as it is built; and what it builds generates values without throwing.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import * as testing from '../../src/testing/index.js';
import { TESTING_CONTRACTS } from './contracts.js';
import { field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const PERIOD = { start: '2026-09-01', end: '2026-11-30' };
const CTX = {
  period: PERIOD,
  departments: ['rd', 'mkt'],
  people: ['wang', 'li'],
  milestones: ['beta', 'launch'],
  conflicts: ['budget'],
};
const VALID: readonly unknown[] = [CTX, PERIOD, ['m-0', 'm-1'], 'rd'];
const PATHS = [
  ['period'],
  ['period', 'start'],
  ['departments'],
  ['departments', 0],
  ['people'],
  ['milestones'],
  ['end'],
  [0],
];
const structure = mostlyValid(VALID.length, PATHS);
const id = field(['rd', 'wang', 'x-1'], ['']);

/** Calls an export; when it returns an arbitrary, draws one value from it, which must not throw either. */
function drawn(make: (...args: never[]) => unknown) {
  return (...args: unknown[]) => {
    const made = (make as (...a: unknown[]) => unknown)(...args);
    if (made instanceof fc.Arbitrary) expect(fc.sample(made, { numRuns: 1, seed: 1 })).toHaveLength(1);
    return made;
  };
}

const ENTRIES: readonly [keyof typeof testing & string, fc.Arbitrary<readonly Recipe[]>][] = [
  ['calendarArb', fc.tuple(structure)],
  [
    'collaborationArb',
    fc.tuple(
      fc.oneof(
        hostile,
        object({
          size: field(['small', { milestones: 3, people: 2 }], ['huge', { people: -1 }]),
          phase: field(['executing', 'derived', 'any'], ['later']),
        }),
      ),
    ),
  ],
  ['communicationArb', fc.tuple(hostile)],
  ['compact', fc.tuple(fc.oneof(field([{ a: 1, b: undefined }]), hostile))],
  ['conflictArb', fc.tuple(id, structure)],
  ['departmentArb', fc.tuple(id)],
  ['dueArb', fc.tuple(structure)],
  ['escalationPathArb', fc.tuple(structure)],
  ['goalArb', fc.tuple(structure)],
  ['idArb', fc.tuple(hostile)],
  ['ids', fc.tuple(field(['m', 'd']), field([0, 3], [-1, 1.5, 1e9]))],
  ['incidentArb', fc.tuple(id, structure)],
  [
    'isoDateArb',
    fc.tuple(
      field(['2026-01-01', undefined], ['2026-02-30']),
      field(['2026-12-31', undefined], ['2020-01-01']),
    ),
  ],
  ['meetingArb', fc.tuple(id, structure)],
  ['milestonesArb', fc.tuple(structure, structure)],
  ['periodArb', fc.tuple(hostile)],
  ['personArb', fc.tuple(id, structure)],
  ['responsibilityArb', fc.tuple(structure)],
  ['retrospectiveArb', fc.tuple(structure)],
  ['riskArb', fc.tuple(id, structure)],
  ['scopeArb', fc.tuple(hostile)],
  ['teamArb', fc.tuple(structure)],
  ['textArb', fc.tuple(hostile)],
];

describe('the testing arbitraries on any arguments (property)', () => {
  for (const [name, args] of ENTRIES) {
    const make = (testing as Record<string, (...a: never[]) => unknown>)[name]!;
    sweep({ name, contract: TESTING_CONTRACTS[name]!, args, call: drawn(make), valid: VALID });
  }
});
