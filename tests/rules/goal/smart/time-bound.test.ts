import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../../helpers.js';

describe('goal.smart.time-bound', () => {
  it('fires when the deadline is after the period', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.deadline = '2026-12-15';
    });
    expect(ruleIds(report)).toEqual(['goal.smart.time-bound']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      path: '/goal/deadline',
      message: 'The goal deadline 2026-12-15 is after the period ends on 2026-11-30',
    });
  });

  it('does not fire when the deadline is the last day of the period', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.deadline = '2026-11-30';
    });
    expect(ruleIds(report)).not.toContain('goal.smart.time-bound');
    expect(report.findings).toEqual([]);
  });

  it('fires when there is no deadline, in the fields or in the statement', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.deadline;
      c.goal.statement = '完成产品上市，销售额达500万元';
    });
    expect(ruleIds(report)).toEqual(['goal.smart.time-bound']);
    expect(report.findings[0]).toMatchObject({
      path: '/goal/deadline',
      message: 'The goal has no deadline (goal.deadline), and its statement states no time window either',
    });
  });

  it('fires when the deadline is before the period', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.deadline = '2026-08-31';
    });
    expect(report.findings[0]?.message).toBe(
      'The goal deadline 2026-08-31 is before the period starts on 2026-09-01',
    );
  });
});
