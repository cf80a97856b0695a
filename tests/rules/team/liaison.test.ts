import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('team.liaison', () => {
  it('fires for a department without a liaison', async () => {
    const report = await evaluateChanged((c) => {
      delete c.team.liaisons.cs;
    });
    expect(ruleIds(report)).toEqual(['team.liaison']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'department',
      subjectId: 'cs',
      path: '/team/liaisons/cs',
      message: '客服部 has no daily liaison',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('team.liaison');
  });

  it('fires when the liaison belongs to another department', async () => {
    const report = await evaluateChanged((c) => {
      c.team.liaisons.cs = 'wang';
    });
    expect(ruleIds(report)).toEqual(['team.liaison']);
    expect(report.findings[0]?.message).toBe(
      'The liaison of 客服部, 王磊, belongs to 研发部, not to this department',
    );
  });
});
