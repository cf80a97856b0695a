import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../../helpers.js';

describe('goal.smart.measurable', () => {
  it('fires when no measure has a numeric target', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.measures[0].target;
    });
    expect(ruleIds(report)).toEqual(['goal.smart.measurable']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      path: '/goal/measures',
      message: 'The goal is not measurable: 0 measures have a numeric target, at least 1 is needed',
    });
  });

  it('does not fire when one of several measures has a target', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.measures.push({ metric: '客户满意度' });
    });
    expect(ruleIds(report)).not.toContain('goal.smart.measurable');
    expect(report.findings).toEqual([]);
  });
});
