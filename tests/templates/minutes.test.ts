import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/model/types.js';
import { renderTemplate } from '../../src/templates/index.js';
import { exampleWith } from './helpers.js';

const withMeeting = (m: Partial<Meeting>) =>
  exampleWith((e) => ({ meetings: [{ ...e.meetings[0]!, ...m }] }));
const md = (c: ReturnType<typeof withMeeting>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  renderTemplate('minutes', c, { locale, format: 'markdown', meeting: 'sync-2026-10-12' });

describe('minutes', () => {
  it('mirrors template 2: topic, time, place, attendees, progress, discussion, actions', () => {
    const text = md(withMeeting({}));
    expect(text).toContain('| 会议主题 | 新产品上市第6周进度同步会 |');
    expect(text).toContain('| 会议时间 | 2026-10-12 |');
    expect(text).toContain('| 会议地点/形式 | 线上 |');
    expect(text).toContain('| 研发部 | 王磊 | 研发部经理 |');
    expect(text).toContain('| 销售部 | 渠道铺货 | 供应商产能不足 |');
    expect(text).toContain('| 销售部 | 渠道铺货 | 协调采购部加急处理 |');
    expect(text).toContain('| 市场部：增加线上推广预算<br>销售部：优先保障线下渠道投入 |');
    expect(text).toContain('| 协调采购部加急处理供应商产能 | 赵强（销售部经理） | 2026-10-16 |');
  });

  it('names the chair as each agenda item’s lead, and shows time and location', () => {
    const text = md(
      withMeeting({ chair: 'wang', time: '14:00-15:00', location: '3楼会议室', form: 'in-person' }),
    );
    expect(text).toContain('### 议程1：进度同步（负责人：王磊（研发部经理））');
    expect(text).toContain('### 议程4：行动项（负责人：王磊（研发部经理））');
    expect(text).toContain('| 会议时间 | 2026-10-12 14:00-15:00 |');
    expect(text).toContain('| 会议地点/形式 | 3楼会议室（线下） |');
    const en = md(withMeeting({ chair: 'wang', location: 'Room 3' }), 'en');
    expect(en).toContain('### Item 1: Progress update (lead: 王磊 (研发部经理))');
    expect(en).toContain('| Place or format | Room 3 (Online) |');
  });

  it('shows an unknown attendee by id, and "none" for empty sections', () => {
    const text = md(
      withMeeting({ attendees: ['ghost'], progress: { done: [], undone: [] }, discussions: [], actions: [] }),
    );
    expect(text).toContain('|  | ghost |  |');
    expect(text).toContain('#### 已完成事项\n\n无\n');
    expect(text).toContain('#### 需支持资源\n\n无\n');
  });

  it('blank form: a lead to fill in for every agenda item', () => {
    const text = renderTemplate('minutes', null, { locale: 'zh-CN', format: 'markdown' });
    expect(text).toContain('### 议程2：问题讨论（负责人：\u3000\u3000\u3000\u3000\u3000）');
  });

  it('follows the meeting kind, names each part’s owner, shows done or open and the actions carried over', async () => {
    const { exampleWithRegisters } = await import('./fixtures.js');
    const c = exampleWithRegisters();
    const sync = renderTemplate('minutes', c, {
      locale: 'zh-CN',
      format: 'markdown',
      meeting: 'sync-2026-10-12',
    });
    expect(sync).toContain('### 议程1：进度同步（负责人：吴涛（项目负责人））');
    expect(sync).toContain('### 议程2：问题讨论（负责人：李娜（市场部主管））');
    expect(sync).toContain('### 议程3：决策事项（负责人：王磊（研发部经理））');
    expect(sync).toContain(
      '| 协调采购部加急处理供应商产能 | 赵强（销售部经理） | 2026-10-16 | 已完成（2026-10-15） |',
    );
    expect(sync).toContain('| 记录人 | 吴涛（项目负责人） |');
    expect(sync).toContain('| 下次会议 | 2026-10-19 |');
    const decision = renderTemplate(
      'minutes',
      { ...c, meetings: c.meetings.map((m, i) => (i === 0 ? { ...m, kind: 'decision' as const } : m)) },
      { locale: 'en', format: 'markdown', meeting: 'sync-2026-10-12' },
    );
    expect(decision).toContain('### Item 1: Decisions');
    const later = renderTemplate('minutes', c, {
      locale: 'en',
      format: 'markdown',
      meeting: 'sync-2026-11-23',
    });
    expect(later).toContain('## Open actions carried over');
    expect(later).toContain(
      '| 确认上市发布会场地 | 李娜 (市场部主管) | 2026-11-20 | 2026-11-16 新产品上市第11周进度同步会 | 1 | 3 days |',
    );
    // The meeting's own actions are not carried over to itself, nor are earlier actions done by then.
    const first = renderTemplate('minutes', c, {
      locale: 'en',
      format: 'markdown',
      meeting: 'sync-2026-11-16',
    });
    expect(first).toContain('## Open actions carried over\n\nNone\n');
    expect(first).not.toContain('| Minutes taken by');
  });
});
