import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../../helpers.js';

describe('goal.smart.achievable', () => {
  it('fires when goal.achievable is missing', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.achievable;
    });
    expect(ruleIds(report)).toEqual(['goal.smart.achievable']);
    expect(report.findings[0]).toMatchObject({ severity: 'warning', path: '/goal/achievable' });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('goal.smart.achievable');
  });
});
