import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('exec.action-overdue', () => {
  it('fires for an open action past its due date', async () => {
    const report = await evaluateChanged((c) => {
      c.meetings[1].actions[0].done = false;
    });
    expect(ruleIds(report)).toEqual(['exec.action-overdue']);
    expect(report.findings[0]).toMatchObject({
      severity: 'info',
      scope: 'action',
      subjectId: 'sync-2026-11-16/actions/0',
      path: '/meetings/1/actions/0',
      message: 'Action “确认上市发布会场地” (owner 李娜) was due on 2026-11-20, 6 days ago, and is not done',
    });
  });

  it('does not fire on the due date itself', async () => {
    const report = await evaluateChanged(
      (c) => {
        c.meetings[1].actions[0].done = false;
      },
      { now: '2026-11-20' },
    );
    expect(ruleIds(report)).not.toContain('exec.action-overdue');
    expect(report.findings).toEqual([]);
  });
});
