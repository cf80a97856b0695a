import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.decision-mechanism', () => {
  it('fires without a decision mechanism', async () => {
    const report = await evaluateChanged((c) => {
      delete c.decisionMechanism;
    });
    expect(ruleIds(report)).toEqual(['plan.decision-mechanism']);
    expect(report.findings[0]).toMatchObject({ severity: 'warning', path: '/decisionMechanism' });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('plan.decision-mechanism');
  });
});
