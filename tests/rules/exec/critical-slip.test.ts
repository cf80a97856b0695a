import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('exec.critical-slip', () => {
  it('fires when the forecast slip exceeds the float, and escalates to level 1', async () => {
    const report = await evaluateChanged((c) => {
      c.milestones[4].durationDays = 20;
    });
    expect(ruleIds(report)).toEqual(['exec.critical-slip']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      scope: 'milestone',
      subjectId: 'launch',
      path: '/milestones/4',
      message:
        'Milestone “产品上市” is forecast to finish on 2026-12-03, 3 days after its due date 2026-11-30, beyond its float of 0 days and the tolerance of 0 days; escalate',
    });
    expect(report.actions).toEqual([
      {
        type: 'escalate',
        ruleId: 'exec.critical-slip',
        scope: 'milestone',
        subjectId: 'launch',
        toLevel: 1,
        title: '部门经理',
        // A snapshot cannot date a slip before now.
        dueOn: '2026-11-26',
        reason: report.findings[0]?.message,
      },
    ]);
  });

  it('does not fire within the configured tolerance', async () => {
    const report = await evaluateChanged(
      (c) => {
        c.milestones[4].durationDays = 20;
      },
      { config: { rules: { 'exec.critical-slip': { params: { toleranceDays: 3 } } } } },
    );
    expect(ruleIds(report)).not.toContain('exec.critical-slip');
    expect(report.findings).toEqual([]);
  });
});
