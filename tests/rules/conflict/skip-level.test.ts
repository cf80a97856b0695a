import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('conflict.skip-level', () => {
  it('fires when an escalation skips level 2', async () => {
    const report = await evaluateChanged((c) => {
      c.conflicts[0].escalations = [
        { level: 1, on: '2026-10-13' },
        { level: 3, on: '2026-10-14' },
      ];
    });
    expect(ruleIds(report)).toEqual(['conflict.skip-level']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'conflict',
      subjectId: 'budget-priority',
      path: '/conflicts/0/escalations',
      message: 'Conflict “线上推广预算与线下渠道投入的优先级” was escalated to levels 1, 3, skipping level 2',
    });
  });

  it('does not fire for levels 1, 2, 3', async () => {
    const report = await evaluateChanged((c) => {
      c.conflicts[0].escalations = [
        { level: 1, on: '2026-10-13' },
        { level: 2, on: '2026-10-14' },
        { level: 3, on: '2026-10-15' },
      ];
    });
    expect(ruleIds(report)).not.toContain('conflict.skip-level');
    expect(report.findings).toEqual([]);
  });

  it('fires when the first escalation is not to level 1', async () => {
    const report = await evaluateChanged((c) => {
      c.conflicts[0].escalations = [{ level: 2, on: '2026-10-13' }];
    });
    expect(ruleIds(report)).toEqual(['conflict.skip-level']);
  });
});
