import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('team.leader-authority', () => {
  it('fires when the leader may not decide conflicts', async () => {
    const report = await evaluateChanged((c) => {
      c.team.leaderAuthority = ['coordinate', 'allocate-resources'];
    });
    expect(ruleIds(report)).toEqual(['team.leader-authority']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/team/leaderAuthority',
      message: 'The team leader’s authority lacks: decide conflicts',
    });
    const zh = await evaluateChanged(
      (c) => {
        c.team.leaderAuthority = ['coordinate'];
      },
      { locale: 'zh-CN' },
    );
    expect(zh.findings[0]?.message).toBe('组长权限缺少：调配资源、裁决冲突');
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('team.leader-authority');
  });
});
