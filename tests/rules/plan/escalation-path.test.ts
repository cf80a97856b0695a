import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.escalation-path', () => {
  it('fires with a one-level escalation path', async () => {
    const report = await evaluateChanged((c) => {
      c.escalationPath = c.escalationPath.slice(0, 1);
    });
    expect(ruleIds(report)).toEqual(['plan.escalation-path']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/escalationPath',
      message: 'The escalation path has 1 level(s), fewer than the required 2',
    });
  });

  it('does not fire with exactly two levels', async () => {
    const report = await evaluateChanged((c) => {
      c.escalationPath = c.escalationPath.slice(0, 2);
    });
    expect(ruleIds(report)).not.toContain('plan.escalation-path');
    expect(report.findings).toEqual([]);
  });
});
