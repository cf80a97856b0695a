import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collaborationArb,
  compact,
  departmentArb,
  dueArb,
  ids,
  isoDateArb,
  milestonesArb,
  personArb,
  teamArb,
} from '../../src/testing/index.js';
import { failure, trapped, withThrowingGetter } from '../fixtures/hostile.js';

const ctx = { period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: ['wang'] };

describe('the arbitraries on arguments of the wrong kind', () => {
  it('throw invalid_argument as they are built, naming the argument, instead of a TypeError', () => {
    expect(failure(() => isoDateArb('soon'), 'invalid_argument').issues[0]?.pointer).toBe('/min');
    expect(failure(() => isoDateArb('2026-12-31', '2026-01-01'), 'invalid_argument').issues[0]?.pointer).toBe(
      '/max',
    );
    failure(() => dueArb(null as never), 'invalid_argument');
    failure(() => dueArb({ start: '2026-09-01', end: '2026-08-01' }), 'invalid_argument');
    failure(() => ids('m', -1), 'invalid_argument');
    failure(() => ids('m', 1e12), 'invalid_argument');
    failure(() => ids(Symbol('m') as never, 2), 'invalid_argument');
    failure(() => departmentArb(5 as never), 'invalid_argument');
    failure(() => compact(null as never), 'invalid_argument');
    failure(() => compact(trapped()), 'invalid_argument');
  });

  it('check the entity context, and turn one they cannot use into invalid_argument', () => {
    expect(
      failure(() => personArb('p', { ...ctx, departments: 'rd' } as never), 'invalid_argument').issues[0]
        ?.pointer,
    ).toBe('/ctx/departments');
    failure(() => personArb('p', { ...ctx, departments: [] }), 'invalid_argument');
    failure(() => teamArb(trapped() as never), 'invalid_argument');
    failure(() => teamArb(withThrowingGetter(ctx, 'people')), 'invalid_argument');
    failure(() => milestonesArb([null] as never, ctx), 'invalid_argument');
  });

  it('check collaborationArb options, taking null as the defaults', () => {
    for (const options of [
      { size: 'huge' },
      { size: { milestones: -1 } },
      { size: { people: 1e9 } },
      { phase: 'later' },
      'small',
      trapped(),
    ]) {
      failure(() => collaborationArb(options as never), 'invalid_argument');
    }
    const [c] = fc.sample(collaborationArb({ size: null, phase: null } as never), { numRuns: 1, seed: 1 });
    expect(c?.period).toBeDefined();
  });
});
