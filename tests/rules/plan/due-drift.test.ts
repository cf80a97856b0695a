import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, ruleIds } from '../helpers.js';

const drifted = (c: Input) => {
  c.milestones[1].baselineDue = '2026-10-09';
};

describe('plan.due-drift', () => {
  it('fires when the due date is later than the one agreed at kickoff (en)', async () => {
    const report = await evaluateChanged(drifted);
    expect(ruleIds(report)).toEqual(['plan.due-drift']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'milestone',
      subjectId: 'promo-plan',
      path: '/milestones/1/due',
      message:
        'Milestone “推广方案定稿” is now due on 2026-10-16, 7 days after the 2026-10-09 agreed at kickoff (tolerance 0 days): the slip was re-planned rather than escalated',
    });
  });

  it('speaks Chinese, and reads a relative baseline', async () => {
    const report = await evaluateChanged(
      (c) => {
        c.milestones[4].baselineDue = { month: 3, part: 'mid' };
      },
      { locale: 'zh-CN' },
    );
    expect(findingsOf(report, 'plan.due-drift')[0]?.message).toBe(
      '里程碑「产品上市」的时限 2026-11-30 比启动时约定的 2026-11-15 晚 15 天（容差 0 天）：延误被重新计划而没有升级',
    );
  });

  it('does not fire within the tolerance, for an earlier due date, or without a baseline', async () => {
    const config = { rules: { 'plan.due-drift': { params: { toleranceDays: 7 } } } };
    expect((await evaluateChanged(drifted, { config })).findings).toEqual([]);
    const earlier = await evaluateChanged((c) => {
      c.milestones[1].baselineDue = '2026-10-20';
    });
    expect(earlier.findings).toEqual([]);
    const same = await evaluateChanged((c) => {
      c.milestones[0].baselineDue = { month: 1, part: 'end' };
    });
    expect(same.findings).toEqual([]);
  });
});
