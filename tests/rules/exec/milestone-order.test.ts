import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('exec.milestone-order', () => {
  it('fires for a milestone due before its prerequisite', async () => {
    const report = await evaluateChanged((c) => {
      c.milestones[1].due = '2026-09-20';
    });
    expect(ruleIds(report)).toEqual(['exec.milestone-order']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'milestone',
      subjectId: 'promo-plan',
      path: '/milestones/1/due',
      message:
        'Milestone “推广方案定稿” is due on 2026-09-20, before its prerequisite “测试版产品交付” is due on 2026-09-30',
    });
  });

  it('does not fire when due on the same day as the prerequisite', async () => {
    const report = await evaluateChanged((c) => {
      c.milestones[1].due = '2026-09-30';
    });
    expect(ruleIds(report)).not.toContain('exec.milestone-order');
    expect(report.findings).toEqual([]);
  });
});
