import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, NOW, ruleIds, withOutage } from '../helpers.js';

describe('incident.escalate', () => {
  it('fires with the critical slip it causes: launch slips 7 days beyond 0 float, both ask for level 1', async () => {
    const report = await evaluateChanged(withOutage);
    expect(ruleIds(report)).toEqual(['exec.critical-slip', 'incident.escalate']);
    expect(findingsOf(report, 'exec.critical-slip')[0]).toMatchObject({
      subjectId: 'launch',
      message:
        'Milestone “产品上市” is forecast to finish on 2026-12-07, 7 days after its due date 2026-11-30, beyond its float of 0 days and the tolerance of 0 days; escalate',
    });
    expect(findingsOf(report, 'incident.escalate')[0]).toMatchObject({
      severity: 'error',
      scope: 'incident',
      subjectId: 'outage',
      path: '/incidents/0',
      message:
        'Incident “渠道系统故障” occurred on 2026-11-20 and is still not contained after 4 working days, beyond the containment timebox of 1; escalate it to level 1 (部门经理)',
    });
    expect(report.actions).toEqual([
      {
        type: 'escalate',
        ruleId: 'exec.critical-slip',
        scope: 'milestone',
        subjectId: 'launch',
        toLevel: 1,
        title: '部门经理',
        dueOn: NOW,
        reason: findingsOf(report, 'exec.critical-slip')[0]?.message,
      },
      {
        type: 'escalate',
        ruleId: 'incident.escalate',
        scope: 'incident',
        subjectId: 'outage',
        toLevel: 1,
        title: '部门经理',
        // Open beyond one working day: due from the second working day after 2026-11-20 (a Friday).
        dueOn: '2026-11-24',
        reason: findingsOf(report, 'incident.escalate')[0]?.message,
      },
    ]);
  });

  it('in Chinese', async () => {
    const report = await evaluateChanged(withOutage, { locale: 'zh-CN' });
    expect(findingsOf(report, 'incident.escalate')[0]?.message).toBe(
      '突发事件「渠道系统故障」发生于 2026-11-20，已 4 个工作日仍未控制，超过控制时限 1 个工作日，应升级至第 1 级（部门经理）',
    );
  });

  it('fires for a contained incident whose impact causes a critical slip, naming the milestones', async () => {
    const report = await evaluateChanged((c) => {
      withOutage(c);
      c.incidents[0].status = 'contained';
    });
    expect(findingsOf(report, 'incident.escalate')[0]?.message).toBe(
      'Incident “渠道系统故障” delays the schedule by 7 days and puts 产品上市 beyond their float; escalate it to level 1 (部门经理)',
    );
    expect(report.actions.find((a) => a.ruleId === 'incident.escalate')?.dueOn).toBe(NOW);
  });

  it('does not fire for a closed incident, which no longer delays the forecast', async () => {
    const report = await evaluateChanged((c) => {
      withOutage(c);
      c.incidents[0].status = 'closed';
    });
    expect(report.findings).toEqual([]);
  });

  it('does not fire for an open incident within its containment timebox and without schedule impact', async () => {
    const report = await evaluateChanged(
      (c) => {
        withOutage(c);
        delete c.incidents[0].impact.scheduleDays;
      },
      { now: '2026-11-23' },
    );
    expect(ruleIds(report)).not.toContain('incident.escalate');
    // It becomes due on the next working day: a warning comes ahead of it.
    expect(report.upcoming).toEqual([
      {
        ruleId: 'incident.escalate',
        scope: 'incident',
        subjectId: 'outage',
        toLevel: 1,
        dueOn: '2026-11-24',
        title: '部门经理',
      },
    ]);
  });

  it('climbs from level 1 to level 2 (zhou) once level 1’s timebox ran out, the PMO tuning the containment timebox', async () => {
    const report = await evaluateChanged(
      (c) => {
        withOutage(c);
        c.incidents[0].escalations = [{ level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20' }];
      },
      { config: { rules: { 'incident.escalate': { params: { containTimeboxDays: 10 } } } } },
    );
    expect(findingsOf(report, 'incident.escalate')[0]?.message).toBe(
      'Incident “渠道系统故障” has been at level 1 (部门经理) for 4 working days, beyond its timebox of 3; escalate it to level 2 (分管副总)',
    );
    expect(report.actions.find((a) => a.ruleId === 'incident.escalate')).toMatchObject({
      toLevel: 2,
      person: 'zhou',
      dueOn: '2026-11-26',
    });
  });

  it('asks the temporary owner’s superior at level 1 when the path names nobody there', async () => {
    const report = await evaluateChanged((c) => {
      withOutage(c);
      c.people[4].reportsTo = 'zhou'; // sun → zhou
    });
    expect(report.actions.find((a) => a.ruleId === 'incident.escalate')?.person).toBe('zhou');
  });
});
