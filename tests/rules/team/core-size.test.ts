import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('team.core-size', () => {
  it('fires when the core team has 9 members', async () => {
    const report = await evaluateChanged((c) => {
      c.people.push(
        { id: 'ma', name: '马超', department: 'sales', decisionAuthority: true },
        { id: 'he', name: '何静', department: 'mkt', decisionAuthority: true },
      );
      c.team.core = ['wang', 'wu', 'li', 'zhao', 'sun', 'qian', 'zhou', 'ma', 'he'];
      c.people[5].decisionAuthority = true;
    });
    expect(ruleIds(report)).toEqual(['team.core-size']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/team/core',
      message: 'The core team has 9 members, above the maximum of 8',
    });
    const zh = await evaluateChanged(
      (c) => {
        c.team.core = ['wang', 'wu', 'li', 'zhao'];
      },
      { locale: 'zh-CN' },
    );
    expect(ruleIds(zh)).toEqual(['team.core-size']);
    expect(zh.findings[0]?.message).toBe('核心成员 4 人，少于下限 5 人');
    expect(zh.findings[0]?.explanation).toContainEqual({
      fact: 'coreTeamSize',
      operator: 'lessThan',
      expected: 5,
      actual: 4,
      result: true,
    });
  });

  it('does not fire at the lower bound of 5 members', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('team.core-size');
  });

  it('uses the configured bounds', async () => {
    const report = await evaluateChanged(() => {}, {
      config: { rules: { 'team.core-size': { params: { min: 6, max: 10 } } } },
    });
    expect(report.findings[0]?.message).toBe('The core team has 5 members, below the minimum of 6');
  });
});
