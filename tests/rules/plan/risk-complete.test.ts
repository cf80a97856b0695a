import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.risk-complete', () => {
  it('fires for a risk without a response', async () => {
    const report = await evaluateChanged((c) => {
      delete c.risks[0].response;
    });
    expect(ruleIds(report)).toEqual(['plan.risk-complete']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'risk',
      subjectId: 'supply',
      path: '/risks/0/response',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('plan.risk-complete');
  });

  it('fires for a risk without an owner', async () => {
    const report = await evaluateChanged((c) => {
      delete c.risks[1].owner;
    });
    expect(report.findings[0]).toMatchObject({ ruleId: 'plan.risk-complete', path: '/risks/1/owner' });
  });
});
