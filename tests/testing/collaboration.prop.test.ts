import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../src/model/parse.js';
import { scheduleMilestones } from '../../src/schedule/critical-path.js';
import { resolveDue } from '../../src/schedule/due.js';
import { collaborationArb, dueArb, isoDateArb, periodArb } from '../../src/testing/index.js';

describe('collaborationArb', () => {
  it('honours a fixed phase and the derived option', () => {
    fc.assert(
      fc.property(collaborationArb({ phase: 'planning' }), (c) => {
        expect(c.phase).toBe('planning');
      }),
      { numRuns: 30 },
    );
    fc.assert(
      fc.property(collaborationArb({ phase: 'derived' }), (c) => {
        expect('phase' in c).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('respects size bounds', () => {
    fc.assert(
      fc.property(collaborationArb({ size: { departments: 2, people: 3, milestones: 5 } }), (c) => {
        expect(c.departments!.length).toBeGreaterThanOrEqual(1);
        expect(c.departments!.length).toBeLessThanOrEqual(2);
        expect(c.people!.length).toBeLessThanOrEqual(3);
        expect(c.milestones!.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 50 },
    );
  });

  it('large collaborations parse and have acyclic milestones', () => {
    fc.assert(
      fc.property(collaborationArb({ size: 'large' }), (c) => {
        const r = parseCollaboration(c);
        expect(r.success).toBe(true);
        if (r.success) expect(scheduleMilestones(r.data).cycle).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });
});

describe('primitive arbitraries', () => {
  it('periods are ordered and dues resolve inside a month of the period', () => {
    fc.assert(
      fc.property(
        periodArb().chain((p) => fc.tuple(fc.constant(p), dueArb(p))),
        ([p, due]) => {
          expect(p.start <= p.end).toBe(true);
          const d = resolveDue(due, p);
          expect(d >= p.start).toBe(true);
        },
      ),
    );
  });

  it('isoDateArb stays within its bounds', () => {
    fc.assert(
      fc.property(isoDateArb('2026-01-01', '2026-01-31'), (d) => {
        expect(d >= '2026-01-01' && d <= '2026-01-31').toBe(true);
      }),
    );
  });
});
