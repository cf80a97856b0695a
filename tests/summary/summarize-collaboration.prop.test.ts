// Laws of the summary over generated collaborations: every milestone is either forecast or reported as
// unscheduled, the critical path is a chain of critical milestones, a dependency cycle is data and never a
// failure, and raw input summarizes as its parsed collaboration does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeCollaboration } from '../../src/index.js';
import type { Collaboration } from '../../src/model/types.js';
import { isoDateArb } from '../../src/testing/index.js';
import { parsedCollaborationArb, withCycle } from './arbitraries.js';

describe('summarizeCollaboration (property)', () => {
  it('forecasts every milestone of an acyclic plan along a chain of critical milestones', () => {
    fc.assert(
      fc.property(parsedCollaborationArb, isoDateArb(), (c, now) => {
        const s = summarizeCollaboration(c, { now });
        expect(s.now).toBe(now);
        expect(s.cycle).toBeNull();
        expect(s.unscheduled).toEqual([]);
        expect(s.milestones.map((m) => m.id).sort()).toEqual(c.milestones.map((m) => m.id).sort());
        const byId = new Map(s.milestones.map((m) => [m.id, m]));
        const deps = new Map(c.milestones.map((m) => [m.id, m.dependsOn ?? []]));
        expect(s.criticalPath.length > 0).toBe(c.milestones.length > 0);
        expect(s.plannedFinish === null).toBe(c.milestones.length === 0);
        s.criticalPath.forEach((step, k) => {
          expect(byId.get(step.id)?.critical).toBe(true);
          if (k > 0) expect(deps.get(step.id)).toContain(s.criticalPath[k - 1]!.id);
        });
        for (const m of s.milestones) expect(m.critical).toBe(m.totalFloat <= 0);
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
      { numRuns: 60 },
    );
  });

  it('reports a dependency cycle as data and still forecasts the milestones it does not block', () => {
    const cyclicArb = parsedCollaborationArb
      .filter((c) => c.milestones.length >= 2)
      .chain((c) =>
        fc
          .tuple(fc.nat(c.milestones.length - 1), fc.nat(c.milestones.length - 1))
          .filter(([i, j]) => i !== j)
          .map(([i, j]): Collaboration => withCycle(c, i, j)),
      );
    fc.assert(
      fc.property(cyclicArb, isoDateArb(), (c, now) => {
        const s = summarizeCollaboration(c, { now });
        expect(s.cycle?.length).toBeGreaterThanOrEqual(2);
        expect(s.criticalPath).toEqual([]);
        expect(s.plannedFinish).toBeNull();
        for (const id of s.cycle!) expect(s.unscheduled).toContain(id);
        const forecast = s.milestones.map((m) => m.id);
        expect([...forecast, ...s.unscheduled].sort()).toEqual(c.milestones.map((m) => m.id).sort());
      }),
      { numRuns: 60 },
    );
  });

  it('summarizes raw input (the collaboration as JSON data) as it does the parsed collaboration', () => {
    fc.assert(
      fc.property(parsedCollaborationArb, isoDateArb(), (c, now) => {
        const raw: unknown = JSON.parse(JSON.stringify(c));
        expect(summarizeCollaboration(raw as Collaboration, { now, locale: 'en' })).toEqual(
          summarizeCollaboration(c, { now }),
        );
      }),
      { numRuns: 30 },
    );
  });
});
