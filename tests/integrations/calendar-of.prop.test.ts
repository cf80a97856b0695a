// Over generated collaborations: the calendar parses back (ical.js) with one event per milestone, meeting and open
// action, each on its date with its text; UIDs are unique and stable; no line passes 75 octets; same input, same text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../src/integrations/calendar-of.js';
import { openActionItems } from '../../src/integrations/open-actions.js';
import { parseCollaboration } from '../../src/model/parse.js';
import { forecastMilestones } from '../../src/schedule/critical-path.js';
import { collaborationArb } from '../../src/testing/index.js';
import { readCalendar } from '../support/ical.js';

const parsedArb = collaborationArb({ size: 'small' }).map((input) => {
  const result = parseCollaboration(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
});

const dateArb = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendarOf over generated collaborations (property)', () => {
  it('reads back every milestone, meeting and open action with its date and text', () => {
    fc.assert(
      fc.property(parsedArb, dateArb, fc.constantFrom('zh-CN' as const, 'en' as const), (c, now, locale) => {
        const text = calendarOf(c, { now, locale });
        expect(calendarOf(c, { now, locale })).toBe(text);
        const encoder = new TextEncoder();
        for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
        const { events } = readCalendar(text);
        const uids = events.map((e) => e.uid);
        expect(new Set(uids).size).toBe(uids.length);
        const byUid = new Map(events.map((e) => [e.uid, e]));

        for (const f of forecastMilestones(c, now)) {
          const m = c.milestones.find((x) => x.id === f.id)!;
          const event = byUid.get(`${c.id}/milestone/${m.id}@crossdept`);
          expect(event?.start).toBe(f.due);
          expect(event?.summary).toContain(m.name);
        }
        for (const m of c.meetings) {
          const event = byUid.get(`${c.id}/meeting/${m.id}@crossdept`);
          expect(event?.start.slice(0, 10)).toBe(m.heldOn);
          expect(event?.summary).toBe(m.topic);
        }
        const open = openActionItems(c, now);
        for (const a of open) {
          const event = byUid.get(`${c.id}/action/${a.id}@crossdept`);
          expect(event?.start).toBe(a.due);
          expect(event?.summary).toContain(a.item);
        }
        expect(events.filter((e) => e.uid.includes('/action/'))).toHaveLength(open.length);
      }),
      { numRuns: 60 },
    );
  });
});
