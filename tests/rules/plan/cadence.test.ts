import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.cadence', () => {
  it('fires without a regular cadence', async () => {
    const report = await evaluateChanged((c) => {
      c.communication.cadences = [{ kind: 'ad-hoc' }];
    });
    expect(ruleIds(report)).toEqual(['plan.cadence']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/communication/cadences',
      message: 'The communication plan has no weekly, biweekly or monthly cadence (it has: ad-hoc)',
    });
  });

  it('does not fire with a monthly cadence only', async () => {
    const report = await evaluateChanged((c) => {
      c.communication.cadences = [{ kind: 'monthly' }];
    });
    expect(ruleIds(report)).not.toContain('plan.cadence');
    expect(report.findings).toEqual([]);
  });
});
