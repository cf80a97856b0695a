// calendarOf read back by ical.js: every milestone, meeting, open action and escalation comes back with its date
// and text; UIDs are stable and SEQUENCE/DTSTAMP follow `now`; Chinese text survives folding at 75 octets.
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../src/integrations/calendar-of.js';
import { IntegrationError } from '../../src/integrations/errors.js';
import type { Report } from '../../src/rules/report.js';
import { example, exampleInput, parsed } from '../fixtures/example.js';
import { readCalendar } from '../support/ical.js';

const NOW = '2026-11-26';
const EMPTY: Report = { findings: [], actions: [], upcoming: [], summary: { error: 0, warning: 0, info: 0 } };

/** The example with one open action due, one meeting with a time and a place, and a long Chinese note. */
function busy() {
  const input = exampleInput();
  const meeting = input.meetings.at(-1);
  meeting.time = '14:00-15:30';
  meeting.location = '总部 3 楼大会议室（A301）';
  meeting.actions = [
    {
      item: '确认发布会物料与现场彩排安排，并同步给市场部和销售部全部区域负责人',
      owner: 'li',
      due: '2026-11-27',
    },
    { item: '已完成的事项', owner: 'li', due: '2026-11-24', done: true },
    { item: '没有期限的事项', owner: 'li' },
  ];
  return parsed(input);
}

const escalating: Report = {
  ...EMPTY,
  actions: [
    {
      type: 'escalate',
      ruleId: 'conflict.escalate-after-failed-negotiation',
      scope: 'conflict',
      subjectId: 'budget-priority',
      toLevel: 2,
      title: '分管副总',
      reason: '两次协商未达成一致',
    },
  ],
};

describe('calendarOf', () => {
  it('gives every milestone as an all-day event on its due date, with status and forecast', () => {
    const c = example();
    const { name, events } = readCalendar(calendarOf(c, { now: NOW, locale: 'zh-CN' }));
    expect(name).toBe('新产品上市（crossdept）');
    const milestones = events.filter((e) => e.uid.includes('/milestone/'));
    expect(milestones.map((e) => e.uid)).toEqual(
      c.milestones.map((m) => `new-product-launch/milestone/${m.id}@crossdept`),
    );
    const launch = milestones.find((e) => e.uid === 'new-product-launch/milestone/launch@crossdept')!;
    expect(launch).toMatchObject({
      summary: '里程碑：产品上市',
      start: '2026-11-30',
      end: '2026-12-01',
      allDay: true,
    });
    expect(launch.description).toBe('状态：进行中\n预测完成：2026-11-30（按期）\n负责部门：市场部');
    const distribution = milestones.find((e) => e.uid.endsWith('/distribution@crossdept'))!;
    expect(distribution.description).toContain('完成于：2026-10-23（延误 8 天）');
  });

  it('gives meetings with their time and place, and all-day when the minutes give no time', () => {
    const { events } = readCalendar(calendarOf(busy(), { now: NOW, locale: 'en' }));
    const timed = events.find((e) => e.uid === 'new-product-launch/meeting/sync-2026-11-23@crossdept')!;
    expect(timed).toMatchObject({
      summary: '新产品上市第12周进度同步会',
      start: '2026-11-23T14:00:00',
      end: '2026-11-23T15:30:00',
      allDay: false,
      location: '总部 3 楼大会议室（A301）',
    });
    expect(timed.description).toContain('Attendees: 王磊, 吴涛, 李娜, 赵强, 钱晨');
    const untimed = events.find((e) => e.uid === 'new-product-launch/meeting/sync-2026-10-12@crossdept')!;
    expect(untimed).toMatchObject({ start: '2026-10-12', allDay: true, location: 'online' });
  });

  it('gives open action items (not done, with a due date) on their due dates', () => {
    const { events } = readCalendar(calendarOf(busy(), { now: NOW, locale: 'zh-CN' }));
    const actions = events.filter((e) => e.uid.includes('/action/'));
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      uid: 'new-product-launch/action/sync-2026-11-23/actions/0@crossdept',
      summary: '待办：确认发布会物料与现场彩排安排，并同步给市场部和销售部全部区域负责人',
      start: '2026-11-27',
    });
    expect(actions[0]!.description).toBe('负责人：李娜\n来自会议：新产品上市第12周进度同步会（2026-11-23）');
  });

  it('gives the escalations due on now and those coming up on their dates, named by their subject', () => {
    const report = {
      ...escalating,
      upcoming: [
        {
          ruleId: 'x',
          scope: 'milestone',
          subjectId: 'launch',
          toLevel: 3,
          dueOn: '2026-12-03',
          title: '总经理',
        },
      ],
    } as Report;
    const { events } = readCalendar(calendarOf(example(), { now: NOW, locale: 'zh-CN', report }));
    const escalations = events.filter((e) => e.uid.includes('/escalation/'));
    expect(escalations.map((e) => [e.uid, e.start, e.summary])).toEqual([
      [
        'new-product-launch/escalation/budget-priority.2@crossdept',
        NOW,
        '升级到第 2 级：线上推广预算与线下渠道投入的优先级',
      ],
      ['new-product-launch/escalation/launch.3@crossdept', '2026-12-03', '即将升级到第 3 级：产品上市'],
    ]);
    expect(escalations[0]!.description).toBe('决策人：分管副总\n原因：两次协商未达成一致');
  });

  it('keeps UIDs across exports and raises SEQUENCE and DTSTAMP with now, so clients update events', () => {
    const before = readCalendar(calendarOf(example(), { now: '2026-11-20', locale: 'en' })).events;
    const after = readCalendar(calendarOf(example(), { now: NOW, locale: 'en' })).events;
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]!.sequence).toBe(before[0]!.sequence + 6);
    expect(after[0]!.stamp).toBe('2026-11-26T00:00:00Z');
    expect(calendarOf(example(), { now: NOW, locale: 'en' })).toBe(
      calendarOf(example(), { now: NOW, locale: 'en' }),
    );
  });

  it('folds lines at 75 octets without splitting a character, and Chinese text comes back whole', () => {
    const text = calendarOf(busy(), { now: NOW, locale: 'zh-CN' });
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r\n]/); // something was folded
    expect(text).not.toContain('\uFFFD');
    const { events } = readCalendar(text);
    expect(events.find((e) => e.uid.includes('/action/'))!.summary).toBe(
      '待办：确认发布会物料与现场彩排安排，并同步给市场部和销售部全部区域负责人',
    );
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('rejects bad options and data with an IntegrationError carrying localized issues', () => {
    const attempt = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const badNow = attempt(() => calendarOf(example(), { now: '2026-02-30', locale: 'en' }));
    expect(badNow).toBeInstanceOf(IntegrationError);
    expect((badNow as IntegrationError).code).toBe('invalid_now');
    expect((badNow as IntegrationError).issues[0]!.message).toContain('2026-02-30');
    const badLocale = attempt(() => calendarOf(example(), { now: NOW, locale: 'fr' as never }));
    expect((badLocale as IntegrationError).code).toBe('invalid_locale');
    const badReport = attempt(() => calendarOf(example(), { now: NOW, locale: 'en', report: [] as never }));
    expect((badReport as IntegrationError).code).toBe('invalid_report');
    const badData = attempt(() => calendarOf({ id: 1 } as never, { now: NOW, locale: 'zh-CN' }));
    expect((badData as IntegrationError).code).toBe('invalid_collaboration');
    expect((badData as IntegrationError).issues.length).toBeGreaterThan(0);
  });
});
