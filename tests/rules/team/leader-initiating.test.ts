import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('team.leader-initiating', () => {
  it('notes a leader from another department than the initiating one, in both locales', async () => {
    const mutate = (c: Record<string, { leader?: string } | string>) => {
      c.initiatingDepartment = 'mkt';
    };
    const en = await evaluateChanged(mutate);
    expect(ruleIds(en)).toEqual(['team.leader-initiating']);
    expect(en.findings[0]).toMatchObject({
      severity: 'info',
      path: '/team/leader',
      message:
        'The team leader 王磊 is from 研发部, not the initiating department 市场部; the leader is usually its head',
    });
    const zh = await evaluateChanged(mutate, { locale: 'zh-CN' });
    expect(zh.findings[0]?.message).toBe(
      '组长王磊来自研发部，不是发起部门市场部；组长通常由发起部门负责人担任',
    );
  });

  it('is quiet without an initiating department (scope.initiator speaks) or before forming', async () => {
    const none = await evaluateChanged((c) => {
      delete c.initiatingDepartment;
    });
    expect(ruleIds(none)).toEqual(['scope.initiator']);
    const early = await evaluateChanged((c) => {
      c.initiatingDepartment = 'mkt';
      c.phase = 'initiating';
    });
    expect(ruleIds(early)).not.toContain('team.leader-initiating');
  });
});
