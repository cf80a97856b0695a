import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('exec.undone-reason', () => {
  it('fires for an undone item without a reason', async () => {
    const report = await evaluateChanged((c) => {
      delete c.meetings[0].progress.undone[0].reason;
    });
    expect(ruleIds(report)).toEqual(['exec.undone-reason']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'undone-item',
      subjectId: 'sync-2026-10-12/undone/0',
      path: '/meetings/0/progress/undone/0/reason',
      message: 'The undone item “渠道铺货” of 销售部 in “新产品上市第6周进度同步会” gives no reason',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('exec.undone-reason');
  });
});
