import { describe, expect, it } from 'vitest';
import { evaluateChanged, type Input, ruleIds } from '../helpers.js';

const decision = (approver: string, mechanism?: string) => (c: Input) => {
  if (mechanism !== undefined) c.decisionMechanism = mechanism;
  c.decisions = [
    {
      id: 'online-budget',
      title: '线上推广预算暂定10万元',
      on: '2026-10-12',
      driver: 'li',
      approver,
      contributors: ['sales'],
      informed: ['gm'],
      outcome: '线上推广预算暂定10万元，线下渠道投入保持原预算',
      source: { meeting: 'sync-2026-10-12' },
    },
  ];
};

describe('plan.decision-approver', () => {
  it('does not fire when the leader approves under leader-decides', async () => {
    expect((await evaluateChanged(decision('wang'))).findings).toEqual([]);
  });

  it('fires when someone else approves under leader-decides, in both locales', async () => {
    const en = await evaluateChanged(decision('li'));
    expect(ruleIds(en)).toEqual(['plan.decision-approver']);
    expect(en.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'decision',
      subjectId: 'online-budget',
      path: '/decisions/0/approver',
      message:
        'Decision “线上推广预算暂定10万元” was approved by 李娜, but the mechanism is leader-decides: the team leader 王磊 approves',
    });
    const zh = await evaluateChanged(decision('li'), { locale: 'zh-CN' });
    expect(zh.findings[0]?.message).toBe(
      '决策「线上推广预算暂定10万元」由李娜批准，但决策机制是组长决策，应由组长王磊批准',
    );
  });

  it('under superior-approval accepts the escalation path or authority outside the team, not the team', async () => {
    expect((await evaluateChanged(decision('zhou', 'superior-approval'))).findings).toEqual([]);
    const team = await evaluateChanged(decision('wang', 'superior-approval'));
    expect(team.findings.map((f) => f.message)).toEqual([
      'Decision “线上推广预算暂定10万元” was approved by 王磊, but the mechanism is superior-approval: a person on the escalation path or with decision authority outside the team approves',
    ]);
    const outside = await evaluateChanged((c) => {
      decision('zhou', 'superior-approval')(c);
      c.escalationPath[1].person = undefined;
      delete c.escalationPath[1].person;
    });
    expect(outside.findings).toEqual([]);
  });

  it('does not check department votes', async () => {
    expect((await evaluateChanged(decision('qian', 'department-vote'))).findings).toEqual([]);
  });
});
