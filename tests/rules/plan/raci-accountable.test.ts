import { describe, expect, it } from 'vitest';
import { evaluateChanged, type Input, ruleIds } from '../helpers.js';

const raci = (accountable: (string | undefined)[]) => (c: Input) => {
  accountable.forEach((a, i) => {
    if (a !== undefined) c.responsibilities[i].accountable = a;
  });
};

describe('plan.raci-accountable', () => {
  it('does not apply while no row names an accountable person', async () => {
    expect((await evaluateChanged()).findings).toEqual([]);
  });

  it('does not fire when every row has one accountable person with decision authority', async () => {
    expect((await evaluateChanged(raci(['wang', 'li', 'zhao', 'zhou']))).findings).toEqual([]);
  });

  it('fires for a row without an accountable person, in both locales', async () => {
    const en = await evaluateChanged(raci(['wang', 'li', 'zhao', undefined]));
    expect(ruleIds(en)).toEqual(['plan.raci-accountable']);
    expect(en.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'responsibility',
      subjectId: 'responsibilities/3',
      path: '/responsibilities/3/accountable',
      message:
        'Row 4 of the responsibility table (客服部) names no accountable person (A): with RACI every duty has exactly one',
    });
    const zh = await evaluateChanged(raci(['wang', 'li', 'zhao', undefined]), { locale: 'zh-CN' });
    expect(zh.findings[0]?.message).toBe(
      '职责表第 4 行（客服部）没有批准人（A）：使用 RACI 时每项职责都要有且只有一位批准人',
    );
  });

  it('fires for an accountable person without decision authority', async () => {
    const report = await evaluateChanged(raci(['wu', 'li', 'zhao', 'sun']));
    expect(report.findings.map((f) => f.message)).toEqual([
      'Row 1 of the responsibility table (研发部): the accountable person (A) 吴涛 holds no decision authority',
    ]);
  });

  it('fires for each row of a duty given several accountable people', async () => {
    const report = await evaluateChanged((c) => {
      raci(['wang', 'li', 'zhao', 'sun'])(c);
      c.responsibilities.push({
        department: 'gm',
        owner: 'zhou',
        duty: '完成产品功能开发',
        deliverable: '验收报告',
        due: { month: 1, part: 'end' },
        accountable: 'zhou',
      });
    });
    expect(report.findings.map((f) => [f.subjectId, f.message])).toEqual([
      [
        'responsibilities/0',
        'Row 1 of the responsibility table (研发部): the same duty has 2 accountable people (A): 王磊, 周平',
      ],
      [
        'responsibilities/4',
        'Row 5 of the responsibility table (总经办): the same duty has 2 accountable people (A): 王磊, 周平',
      ],
    ]);
  });
});
