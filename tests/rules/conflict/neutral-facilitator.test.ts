import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, ruleIds } from '../helpers.js';

describe('conflict.neutral-facilitator', () => {
  it('fires when one of the parties’ own people facilitated the first negotiation, in both locales', async () => {
    const mutate = (c: Input) => {
      c.conflicts[0].negotiations = [
        { on: '2026-10-12', facilitator: 'li', outcome: 'pending' },
        { on: '2026-10-13', facilitator: 'wang', outcome: 'agreed' },
      ];
    };
    const en = await evaluateChanged(mutate);
    expect(ruleIds(en)).toEqual(['conflict.neutral-facilitator']);
    expect(en.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'conflict',
      subjectId: 'budget-priority',
      path: '/conflicts/0/negotiations',
      message:
        'The first negotiation on conflict “线上推广预算与线下渠道投入的优先级” was facilitated by 李娜 of 市场部, one of the parties; a neutral person (such as the team leader) should facilitate',
    });
    const zh = await evaluateChanged(mutate, { locale: 'zh-CN' });
    expect(findingsOf(zh, 'conflict.neutral-facilitator')[0]?.message).toBe(
      '冲突「线上推广预算与线下渠道投入的优先级」的首次协商由冲突一方市场部的李娜主持；应由中立者（如协作组长）主持',
    );
  });

  it('does not fire for the example’s neutral facilitator (wang of R&D between marketing and sales)', async () => {
    expect(findingsOf(await evaluateChanged(), 'conflict.neutral-facilitator')).toEqual([]);
  });
});
