import { describe, expect, it } from 'vitest';
import { openActions, RegisterError } from '../../src/index.js';
import { exampleInput as rawInput } from '../fixtures/example.js';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into the example freely to change one field.
const exampleInput = (): any => rawInput();

const NOW = '2026-11-26';

describe('openActions', () => {
  it('lists nothing for the worked example, whose actions are all done', () => {
    expect(openActions(exampleInput(), { now: NOW })).toEqual([]);
  });

  it('lists an open action with its subject id, due date, overdue days and meetings carried over', () => {
    const c = exampleInput();
    c.meetings[0].actions[0].done = false;
    expect(openActions(c, { now: NOW })).toEqual([
      {
        id: 'sync-2026-10-12/actions/0',
        meetingId: 'sync-2026-10-12',
        item: '协调采购部加急处理供应商产能',
        owner: 'zhao',
        dueDay: 20742,
        due: '2026-10-16',
        overdueDays: 41,
        carriedOver: 2,
      },
    ]);
  });

  it('lists oldest first, uses the action id when given, and counts only meetings held up to now', () => {
    const c = exampleInput();
    c.meetings[1].actions[0].done = false;
    c.meetings[1].actions[0].id = 'venue';
    c.meetings[0].actions[0].done = false;
    c.meetings.push({
      id: 'sync-2026-11-30',
      kind: 'progress-sync',
      topic: '第13周进度同步会',
      heldOn: '2026-11-30',
      attendees: ['wang'],
      actions: [{ item: '发布会彩排', owner: 'li' }],
    });
    const list = openActions(c, { now: NOW });
    expect(list.map((a) => [a.id, a.carriedOver, a.overdueDays])).toEqual([
      ['sync-2026-10-12/actions/0', 2, 41],
      ['venue', 1, 6],
    ]);
    const later = openActions(c, { now: '2026-12-01' });
    expect(later.map((a) => [a.id, a.carriedOver])).toEqual([
      ['sync-2026-10-12/actions/0', 3],
      ['venue', 2],
      ['sync-2026-11-30/actions/0', 0],
    ]);
    expect(later[2]).not.toHaveProperty('due');
    expect(later[2]?.overdueDays).toBe(0);
  });

  it('reads doneOn: done from that day on unless done is false', () => {
    const c = exampleInput();
    c.meetings[0].actions[0] = { item: '协调采购部', owner: 'zhao', due: '2026-10-16', doneOn: '2026-10-20' };
    expect(openActions(c, { now: '2026-10-19' }).map((a) => a.id)).toEqual(['sync-2026-10-12/actions/0']);
    expect(openActions(c, { now: '2026-10-20' })).toEqual([]);
    c.meetings[0].actions[0].done = false;
    expect(openActions(c, { now: '2026-10-20' })).toHaveLength(1);
  });

  it('rejects a bad date, a bad locale and a collaboration that does not parse with a RegisterError', () => {
    const c = exampleInput();
    expect(() => openActions(c, { now: '2026-02-30' })).toThrow(RegisterError);
    expect(() => openActions(c, { now: NOW, locale: 'fr' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_locale' }),
    );
    expect(() => openActions({ id: 'x' } as never, { now: NOW, locale: 'en' })).toThrow(
      expect.objectContaining({ code: 'invalid_collaboration' }),
    );
    try {
      openActions(c, { now: 'today', locale: 'en' });
    } catch (error) {
      expect(error).toBeInstanceOf(RegisterError);
      expect((error as RegisterError).issues[0]).toMatchObject({
        code: 'invalid_now',
        path: ['now'],
        message: 'The date "today" is not a valid date (YYYY-MM-DD)',
      });
    }
  });
});
