import { describe, expect, it } from 'vitest';
import { evaluateChanged, type Input, ruleIds } from '../helpers.js';

const problem =
  (raisedOn: string, extra: Record<string, unknown> = {}) =>
  (c: Input) => {
    c.problems = [
      {
        id: 'ad-slot',
        raisedOn,
        raisedBy: 'li',
        description: '电视广告时段被竞品抢占',
        owner: 'li',
        status: 'in-progress',
        ...extra,
      },
    ];
  };

describe('exec.problem-stale', () => {
  it('fires for a problem unresolved after more than 5 working days and not a conflict, in both locales', async () => {
    // 2026-11-18 (Wednesday) to 2026-11-26 (Thursday): 6 working days.
    const en = await evaluateChanged(problem('2026-11-18'));
    expect(ruleIds(en)).toEqual(['exec.problem-stale']);
    expect(en.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'problem',
      subjectId: 'ad-slot',
      path: '/problems/0',
      message:
        'Problem “电视广告时段被竞品抢占”, raised on 2026-11-18, is still unresolved after 6 working days and has not become a conflict to escalate (timebox: 5)',
    });
    const zh = await evaluateChanged(problem('2026-11-18'), { locale: 'zh-CN' });
    expect(zh.findings[0]?.message).toBe(
      '问题「电视广告时段被竞品抢占」自 2026-11-18 提出已 6 个工作日仍未解决，也未转为冲突升级（时限 5 个工作日）',
    );
  });

  it('does not fire within the timebox, once linked to a conflict, or once resolved', async () => {
    expect((await evaluateChanged(problem('2026-11-19'))).findings).toEqual([]);
    expect((await evaluateChanged(problem('2026-11-18', { conflict: 'budget-priority' }))).findings).toEqual(
      [],
    );
    expect((await evaluateChanged(problem('2026-11-18', { status: 'resolved' }))).findings).toEqual([]);
  });

  it('takes its timebox from the PMO config', async () => {
    const tuned = await evaluateChanged(problem('2026-11-18'), {
      config: { rules: { 'exec.problem-stale': { params: { timeboxDays: 6 } } } },
    });
    expect(tuned.findings).toEqual([]);
  });
});
