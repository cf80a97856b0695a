import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.risk-register', () => {
  it('fires without risks', async () => {
    const report = await evaluateChanged((c) => {
      c.risks = [];
    });
    expect(ruleIds(report)).toEqual(['plan.risk-register']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/risks',
      message: 'The risk register is empty: 0 risks are registered',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('plan.risk-register');
  });

  it('does not apply in the forming phase', async () => {
    const report = await evaluateChanged((c) => {
      c.risks = [];
      c.phase = 'forming';
    });
    expect(report.findings).toEqual([]);
  });
});
