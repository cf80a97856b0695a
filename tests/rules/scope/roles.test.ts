import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('scope.roles', () => {
  it('fires when no department executes', async () => {
    const report = await evaluateChanged((c) => {
      for (const d of c.departments) if (d.role === 'execution') d.role = 'decision';
    });
    expect(ruleIds(report)).toEqual(['scope.roles']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      path: '/departments',
      message: 'No department has the execution role: 0 of 5 departments execute',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('scope.roles');
  });

  it('fires when no department decides', async () => {
    const report = await evaluateChanged((c) => {
      c.departments[4].role = 'support';
      c.responsibilities.push({
        department: 'gm',
        owner: 'zhou',
        duty: '审批',
        deliverable: '审批意见',
        due: { month: 3, part: 'end' },
      });
    });
    expect(ruleIds(report)).toEqual(['scope.roles']);
    expect(report.findings[0]?.message).toBe(
      'No department has the decision role: 0 of 5 departments decide',
    );
  });
});
