import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openActions } from '../../src/index.js';
import { collaborationArb, isoDateArb } from '../../src/testing/index.js';

const RUNS = { numRuns: 60 };

describe('openActions laws', () => {
  it('an action marked done leaves openActions', () => {
    fc.assert(
      fc.property(collaborationArb({ size: 'small' }), isoDateArb('2020-01-01', '2031-12-31'), (c, now) => {
        const before = openActions(c, { now });
        for (const meeting of c.meetings ?? []) for (const a of meeting.actions ?? []) a.done = true;
        expect(openActions(c, { now })).toEqual([]);
        expect(before.every((a) => a.carriedOver >= 0 && a.overdueDays >= 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('marking one action done removes exactly that action', () => {
    fc.assert(
      fc.property(collaborationArb({ size: 'small' }), isoDateArb('2020-01-01', '2031-12-31'), (c, now) => {
        const before = openActions(c, { now });
        fc.pre(before.length > 0);
        const first = before[0]!;
        const [meetingId, , index] = first.id.split('/');
        const meeting = c.meetings?.find((m) => m.id === meetingId);
        const action = meeting?.actions?.[Number(index)];
        if (action === undefined) return;
        action.done = true;
        expect(openActions(c, { now })).toEqual(before.slice(1));
      }),
      RUNS,
    );
  });

  it('carriedOver never decreases as now moves later', () => {
    fc.assert(
      fc.property(
        collaborationArb({ size: 'small' }),
        isoDateArb('2020-01-01', '2031-12-31'),
        fc.integer({ min: 0, max: 400 }),
        (c, now, days) => {
          for (const meeting of c.meetings ?? []) for (const a of meeting.actions ?? []) a.done = false;
          const later = new Date(Date.parse(`${now}T00:00:00Z`) + days * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const at = new Map(openActions(c, { now }).map((a) => [a.id, a.carriedOver]));
          for (const a of openActions(c, { now: later })) {
            const before = at.get(a.id);
            if (before !== undefined) expect(a.carriedOver).toBeGreaterThanOrEqual(before);
          }
          // Nothing open earlier is closed later when no action is ever done.
          const laterIds = new Set(openActions(c, { now: later }).map((a) => a.id));
          for (const id of at.keys()) expect(laterIds.has(id)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('is sorted oldest first', () => {
    fc.assert(
      fc.property(collaborationArb({ size: 'medium' }), isoDateArb('2020-01-01', '2031-12-31'), (c, now) => {
        const held = new Map((c.meetings ?? []).map((m) => [m.id, m.heldOn]));
        const dates = openActions(c, { now }).map((a) => held.get(a.meetingId) ?? '');
        expect(dates).toEqual([...dates].sort());
      }),
      RUNS,
    );
  });
});
