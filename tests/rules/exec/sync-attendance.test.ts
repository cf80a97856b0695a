import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, ruleIds } from '../helpers.js';

const onlyWang = (c: Input) => {
  c.meetings.push({
    id: 'sync-2026-11-25',
    kind: 'progress-sync',
    topic: '新产品上市第12周补充同步会',
    heldOn: '2026-11-25',
    attendees: ['wang'],
    progress: { done: [{ department: 'rd', item: '修复上市前缺陷' }] },
  });
};

describe('exec.sync-attendance', () => {
  it('fires for a progress sync attended only by wang, in both locales', async () => {
    const en = await evaluateChanged(onlyWang);
    expect(ruleIds(en)).toEqual(['exec.sync-attendance']);
    expect(en.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'meeting',
      subjectId: 'sync-2026-11-25',
      path: '/meetings/3/attendees',
      message:
        'Progress sync “新产品上市第12周补充同步会” (2026-11-25) had no attendee from these execution departments: 市场部, 销售部',
    });
    const zh = await evaluateChanged(onlyWang, { locale: 'zh-CN' });
    expect(zh.findings[0]?.message).toBe(
      '进度同步会「新产品上市第12周补充同步会」（2026-11-25）没有以下执行部门的人员参加：市场部、销售部',
    );
  });

  it('counts a department through any of its people, and ignores other meeting kinds', async () => {
    const withLiaisons = await evaluateChanged((c) => {
      onlyWang(c);
      c.meetings[3].attendees = ['wu', 'li', 'zhao'];
    });
    expect(withLiaisons.findings).toEqual([]);
    const review = await evaluateChanged((c) => {
      onlyWang(c);
      c.meetings[3].kind = 'review';
    });
    expect(findingsOf(review, 'exec.sync-attendance')).toEqual([]);
  });

  it('leaves minutes without attendees to exec.minutes-complete', async () => {
    const report = await evaluateChanged((c) => {
      onlyWang(c);
      c.meetings[3].attendees = [];
    });
    expect(ruleIds(report)).toEqual(['exec.minutes-complete']);
  });
});
