import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, ruleIds } from '../helpers.js';

const sync25 = {
  id: 'sync-2026-11-25',
  kind: 'progress-sync',
  topic: '新产品上市第12周补充同步会',
  heldOn: '2026-11-25',
  attendees: ['wang', 'wu', 'li', 'zhao', 'sun'],
  progress: { done: [{ department: 'sales', item: '渠道铺货完成' }] },
};
const reopen = (c: Input) => {
  c.meetings[0].actions[0].done = false;
};

describe('exec.action-carried', () => {
  it('does not fire for the 12 October action carried over 2 meetings; exec.action-overdue does', async () => {
    const report = await evaluateChanged(reopen);
    expect(ruleIds(report)).toEqual(['exec.action-overdue']);
  });

  it('fires once a third meeting is held after it, in both locales', async () => {
    const mutate = (c: Input) => {
      reopen(c);
      c.meetings.push(sync25);
    };
    const en = await evaluateChanged(mutate);
    expect(ruleIds(en).sort()).toEqual(['exec.action-carried', 'exec.action-overdue']);
    expect(findingsOf(en, 'exec.action-carried')[0]).toMatchObject({
      severity: 'warning',
      scope: 'action',
      subjectId: 'sync-2026-10-12/actions/0',
      path: '/meetings/0/actions/0',
      message:
        'Action “协调采购部加急处理供应商产能” (owner 赵强), raised at “新产品上市第6周进度同步会” on 2026-10-12, has been carried over 3 meetings and is still open (at most 2)',
    });
    const zh = await evaluateChanged(mutate, { locale: 'zh-CN' });
    expect(findingsOf(zh, 'exec.action-carried')[0]?.message).toBe(
      '行动项「协调采购部加急处理供应商产能」（负责人赵强）自 2026-10-12「新产品上市第6周进度同步会」提出后，已跨 3 次会议仍未完成（最多 2 次）',
    );
  });

  it('uses the action’s id as its subject id, and the PMO can raise maxCarried', async () => {
    const mutate = (c: Input) => {
      reopen(c);
      c.meetings[0].actions[0].id = 'supply';
      c.meetings.push(sync25);
    };
    const report = await evaluateChanged(mutate);
    expect(findingsOf(report, 'exec.action-carried')[0]?.subjectId).toBe('supply');
    const tuned = await evaluateChanged(mutate, {
      config: { rules: { 'exec.action-carried': { params: { maxCarried: 3 } } } },
    });
    expect(ruleIds(tuned)).not.toContain('exec.action-carried');
  });

  it('counts only meetings held up to now, and not for a done action', async () => {
    const early = await evaluateChanged(
      (c) => {
        reopen(c);
        c.meetings.push(sync25);
      },
      { now: '2026-11-24' },
    );
    expect(ruleIds(early)).not.toContain('exec.action-carried');
    const done = await evaluateChanged((c) => {
      c.meetings[0].actions[0] = {
        item: '协调采购部',
        owner: 'zhao',
        due: '2026-10-16',
        doneOn: '2026-10-15',
      };
      c.meetings.push(sync25);
    });
    expect(done.findings).toEqual([]);
  });
});
