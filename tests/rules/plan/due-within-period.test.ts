import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.due-within-period', () => {
  it('fires for a responsibility due after the period', async () => {
    const report = await evaluateChanged((c) => {
      c.responsibilities[0].due = '2026-12-15';
    });
    expect(ruleIds(report)).toEqual(['plan.due-within-period']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'responsibility',
      subjectId: 'responsibilities/0',
      path: '/responsibilities/0/due',
      message: 'The due date of “研发部”, 2026-12-15, is after the period ends on 2026-11-30',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('plan.due-within-period');
  });

  it('fires for a milestone due after the period', async () => {
    const report = await evaluateChanged((c) => {
      c.milestones[4].due = '2026-12-05';
    });
    expect(ruleIds(report)).toEqual(['plan.due-within-period']);
    expect(report.findings[0]).toMatchObject({
      scope: 'milestone',
      subjectId: 'launch',
      path: '/milestones/4/due',
    });
  });
});
