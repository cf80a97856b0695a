import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../../helpers.js';

describe('goal.smart.specific', () => {
  it('fires when goal.specific is missing', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.specific;
    });
    expect(ruleIds(report)).toEqual(['goal.smart.specific']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      scope: 'collaboration',
      path: '/goal/specific',
      message: 'The goal is not specific: goal.specific is missing or blank',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('goal.smart.specific');
  });

  it('fires when goal.specific is blank', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.specific = '   ';
    });
    expect(ruleIds(report)).toEqual(['goal.smart.specific']);
  });
});
