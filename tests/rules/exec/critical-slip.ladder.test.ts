import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, NOW, withOutage } from '../helpers.js';

describe('exec.critical-slip on the escalation ladder', () => {
  it('with the incident and an acknowledged level-1 escalation on 2026-11-20, asks for level 2 (zhou)', async () => {
    const report = await evaluateChanged((c) => {
      withOutage(c);
      c.milestones[4].escalations = [
        { level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20', acknowledgedBy: 'li' },
      ];
    });
    const [finding] = findingsOf(report, 'exec.critical-slip');
    expect(finding?.message).toBe(
      'Milestone “产品上市” is forecast to finish on 2026-12-07, 7 days after its due date 2026-11-30, beyond its float of 0 days and the tolerance of 0 days; it has been at level 1 (部门经理) for 4 working days, beyond its timebox of 3; escalate it to level 2 (分管副总)',
    );
    expect(report.actions.find((a) => a.ruleId === 'exec.critical-slip')).toEqual({
      type: 'escalate',
      ruleId: 'exec.critical-slip',
      scope: 'milestone',
      subjectId: 'launch',
      toLevel: 2,
      title: '分管副总',
      person: 'zhou',
      dueOn: NOW,
      reason: finding?.message,
    });
    const zh = await evaluateChanged(
      (c) => {
        withOutage(c);
        c.milestones[4].escalations = [{ level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20' }];
      },
      { locale: 'zh-CN' },
    );
    expect(findingsOf(zh, 'exec.critical-slip')[0]?.message).toBe(
      '里程碑「产品上市」预计 2026-12-07 完成，比时限 2026-11-30 晚 7 天，超出总浮动 0 天与容差 0 天；在第 1 级（部门经理）已停留 4 个工作日，超过时限 3 个工作日，应升级至第 2 级（分管副总）',
    );
  });

  it('keeps the finding but asks for nothing while level 1 is within its timebox, and warns ahead', async () => {
    const report = await evaluateChanged((c) => {
      withOutage(c);
      c.milestones[4].escalations = [{ level: 1, on: '2026-11-25', acknowledgedOn: '2026-11-25' }];
    });
    expect(findingsOf(report, 'exec.critical-slip')[0]?.message).toBe(
      'Milestone “产品上市” is forecast to finish on 2026-12-07, 7 days after its due date 2026-11-30, beyond its float of 0 days and the tolerance of 0 days; it is at level 1 (部门经理) since 2026-11-25, for 1 working days (timebox 3)',
    );
    expect(report.actions.filter((a) => a.ruleId === 'exec.critical-slip')).toEqual([]);
    // Level 1's timebox runs through 2026-11-30; level 2 is due on 2026-12-01, 3 working days away: beyond the
    // default warning of 2 working days, within 3.
    expect(report.upcoming.filter((u) => u.ruleId === 'exec.critical-slip')).toEqual([]);
    const warned = await evaluateChanged(
      (c) => {
        withOutage(c);
        c.milestones[4].escalations = [{ level: 1, on: '2026-11-25', acknowledgedOn: '2026-11-25' }];
      },
      { config: { escalation: { warnWorkdays: 3 } } },
    );
    expect(warned.upcoming.filter((u) => u.ruleId === 'exec.critical-slip')).toEqual([
      {
        ruleId: 'exec.critical-slip',
        scope: 'milestone',
        subjectId: 'launch',
        toLevel: 2,
        dueOn: '2026-12-01',
        title: '分管副总',
        person: 'zhou',
      },
    ]);
  });

  it('a recorded level is never asked for again (2027-02-15 no longer says level 1 forever)', async () => {
    const report = await evaluateChanged(
      (c) => {
        c.milestones[4].escalations = [
          { level: 1, on: '2026-12-01' },
          { level: 2, on: '2026-12-07' },
          { level: 3, on: '2026-12-14' },
        ];
      },
      { now: '2027-02-15' },
    );
    expect(report.actions.filter((a) => a.subjectId === 'launch')).toEqual([]);
    expect(findingsOf(report, 'exec.critical-slip')).toHaveLength(1);
    expect(findingsOf(report, 'escalation.exhausted')).toMatchObject([
      { subjectId: 'milestone/launch/3', path: '/milestones/4/escalations/2' },
    ]);
  });

  it('names the owner’s k-th superior when the path names nobody at the level', async () => {
    const report = await evaluateChanged((c) => {
      withOutage(c);
      c.milestones[4].owner = 'li';
      c.people[2].reportsTo = 'wang'; // li → wang → zhou
      c.people[0].reportsTo = 'zhou';
      c.escalationPath[1].person = undefined;
      delete c.escalationPath[1].person;
      c.milestones[4].escalations = [{ level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20' }];
    });
    expect(report.actions.find((a) => a.ruleId === 'exec.critical-slip')?.person).toBe('zhou');
  });

  it('tunes the level timebox by config when the path sets none', async () => {
    const report = await evaluateChanged(
      (c) => {
        withOutage(c);
        delete c.escalationPath[0].timeboxDays;
        c.milestones[4].escalations = [{ level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20' }];
      },
      { config: { rules: { 'exec.critical-slip': { params: { levelTimeboxDays: 5 } } } } },
    );
    expect(report.actions.filter((a) => a.ruleId === 'exec.critical-slip')).toEqual([]);
  });
});
