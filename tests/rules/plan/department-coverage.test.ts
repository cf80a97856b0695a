import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.department-coverage', () => {
  it('fires for a support department without a responsibility row', async () => {
    const report = await evaluateChanged((c) => {
      c.responsibilities.splice(3, 1);
    });
    expect(ruleIds(report)).toEqual(['plan.department-coverage']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'department',
      subjectId: 'cs',
      path: '/departments/3',
      message: 'Support department 客服部 has no row in the responsibility table',
    });
  });

  it('does not fire for a decision department without a row', async () => {
    const report = await evaluateChanged();
    expect(report.findings).toEqual([]);
  });
});
