import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf } from '../helpers.js';

describe('scope.change-approved', () => {
  it('fires for an item added after the scope was agreed with no approver (en)', async () => {
    const report = await evaluateChanged((c) => {
      c.scope.changes = [{ on: '2026-10-20', change: 'added', item: '海外渠道' }];
    });
    expect(findingsOf(report, 'scope.change-approved')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        scope: 'scope-change',
        subjectId: '海外渠道',
        path: '/scope/changes/0/approvedBy',
        message:
          'Scope item “海外渠道” was added on 2026-10-20, after the scope was agreed on 2026-09-01, and no approver is named (approvedBy): scope creep',
      }),
    ]);
  });

  it('fires for an approver without decision authority, in Chinese', async () => {
    const report = await evaluateChanged(
      (c) => {
        c.scope.changes = [{ on: '2026-10-20', change: 'added', item: '海外渠道', approvedBy: 'wu' }];
      },
      { locale: 'zh-CN' },
    );
    expect(findingsOf(report, 'scope.change-approved')[0]?.message).toBe(
      '范围事项「海外渠道」于 2026-10-20 加入，批准人 吴涛 没有决策权',
    );
  });

  it('does not fire when approved with authority, for removals, or on the day the scope was agreed', async () => {
    const report = await evaluateChanged((c) => {
      c.scope.changes = [
        { on: '2026-10-20', change: 'added', item: '海外渠道', approvedBy: 'zhou' },
        { on: '2026-10-21', change: 'removed', item: '售后培训' },
        { on: '2026-09-01', change: 'added', item: '渠道铺货' },
      ];
    });
    expect(report.findings).toEqual([]);
  });

  it('rejects an approver who is not a person of the collaboration', async () => {
    await expect(
      evaluateChanged((c) => {
        c.scope.changes = [{ on: '2026-10-20', change: 'added', item: '海外渠道', approvedBy: 'zhuo' }];
      }),
    ).rejects.toMatchObject({ code: 'invalid_collaboration' });
  });
});
