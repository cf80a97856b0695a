import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, ruleIds } from '../helpers.js';

// 2026-11-24 is a Tuesday: one working day before now (2026-11-26 is Thursday) is 11-25.
const problem =
  (raisedOn: string, extra: Record<string, unknown> = {}) =>
  (c: Input) => {
    c.problems = [
      {
        id: 'venue-power',
        raisedOn,
        raisedBy: 'li',
        description: '发布会场地供电不足',
        needs: '行政部协调临时电源',
        status: 'open',
        conflict: 'budget-priority',
        ...extra,
      },
    ];
  };

describe('exec.problem-owner', () => {
  it('fires for an open problem without owner one working day after it was raised, in both locales', async () => {
    const en = await evaluateChanged(problem('2026-11-25'));
    expect(ruleIds(en)).toEqual(['exec.problem-owner']);
    expect(en.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'problem',
      subjectId: 'venue-power',
      path: '/problems/0/owner',
      message:
        'Problem “发布会场地供电不足”, raised by 李娜 on 2026-11-25, still has no owner 1 working days later (timebox: 1)',
    });
    const zh = await evaluateChanged(problem('2026-11-25'), { locale: 'zh-CN' });
    expect(zh.findings[0]?.message).toBe(
      '问题「发布会场地供电不足」由李娜于 2026-11-25 提出，1 个工作日后仍没有负责人（时限 1 个工作日）',
    );
  });

  it('does not fire on the day it is raised, with an owner, or once resolved', async () => {
    expect((await evaluateChanged(problem('2026-11-26'))).findings).toEqual([]);
    expect((await evaluateChanged(problem('2026-11-20', { owner: 'li' }))).findings).toEqual([]);
    expect(
      (await evaluateChanged(problem('2026-11-20', { status: 'resolved', resolvedOn: '2026-11-21' })))
        .findings,
    ).toEqual([]);
  });

  it('counts working days on the calendar, and the PMO can widen the timebox', async () => {
    // Raised on Friday 2026-10-09; 10-10 is a make-up workday, so at 10-10 one working day has passed.
    const weekend = await evaluateChanged(problem('2026-10-09'), { now: '2026-10-10' });
    expect(findingsOf(weekend, 'exec.problem-owner')).toHaveLength(1);
    const tuned = await evaluateChanged(problem('2026-11-25'), {
      config: { rules: { 'exec.problem-owner': { params: { ownerTimeboxDays: 2 } } } },
    });
    expect(tuned.findings).toEqual([]);
  });
});
