import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('conflict.escalate', () => {
  it('fires when negotiation failed, escalating to level 1', async () => {
    const report = await evaluateChanged((c) => {
      const k = c.conflicts[0];
      k.status = 'negotiating';
      delete k.resolvedOn;
      delete k.resolution;
      k.negotiations = [{ on: '2026-11-25', facilitator: 'wang', outcome: 'failed' }];
      k.raisedOn = '2026-11-24';
    });
    expect(ruleIds(report)).toEqual(['conflict.escalate']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      scope: 'conflict',
      subjectId: 'budget-priority',
      path: '/conflicts/0',
      message:
        'Negotiation on conflict “线上推广预算与线下渠道投入的优先级” failed; escalate it to level 1 (部门经理)',
    });
    expect(report.actions).toEqual([
      {
        type: 'escalate',
        ruleId: 'conflict.escalate',
        scope: 'conflict',
        subjectId: 'budget-priority',
        toLevel: 1,
        title: '部门经理',
        // The day the negotiation failed.
        dueOn: '2026-11-25',
        reason: report.findings[0]?.message,
      },
    ]);
  });

  it('does not fire for a resolved conflict', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('conflict.escalate');
  });

  it('escalates to the next level, with its title and person, when a level timebox runs out', async () => {
    const report = await evaluateChanged((c) => {
      const k = c.conflicts[0];
      k.status = 'escalated';
      delete k.resolvedOn;
      delete k.resolution;
      k.escalations = [{ level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20' }];
    });
    expect(ruleIds(report)).toEqual(['conflict.escalate']);
    expect(report.actions[0]).toMatchObject({
      toLevel: 2,
      title: '分管副总',
      person: 'zhou',
      dueOn: '2026-11-26',
    });
    expect(report.findings[0]?.message).toBe(
      'Conflict “线上推广预算与线下渠道投入的优先级” has been at level 1 (部门经理) for 4 working days, beyond its timebox of 3; escalate it to level 2 (分管副总)',
    );
  });

  it('does not escalate beyond the top level: the finding stays, no action, and the ladder is exhausted', async () => {
    const report = await evaluateChanged((c) => {
      const k = c.conflicts[0];
      k.status = 'escalated';
      delete k.resolvedOn;
      k.escalations = [
        { level: 1, on: '2026-10-13', acknowledgedOn: '2026-10-13' },
        { level: 2, on: '2026-10-19', acknowledgedOn: '2026-10-19' },
        { level: 3, on: '2026-10-26', acknowledgedOn: '2026-10-26' },
      ];
    });
    expect(ruleIds(report)).toEqual(['conflict.escalate', 'escalation.exhausted']);
    expect(report.actions).toEqual([]);
    expect(report.findings[0]?.message).toBe(
      'Conflict “线上推广预算与线下渠道投入的优先级” is still unresolved, at level 3 (总经理) since 2026-10-26, for 23 working days (timebox 5)',
    );
  });

  it('keeps the finding without an action while the current level’s timebox runs, and warns ahead', async () => {
    const report = await evaluateChanged((c) => {
      const k = c.conflicts[0];
      k.status = 'escalated';
      delete k.resolvedOn;
      delete k.resolution;
      k.escalations = [{ level: 1, on: '2026-11-24', acknowledgedOn: '2026-11-24' }];
    });
    expect(ruleIds(report)).toEqual(['conflict.escalate']);
    expect(report.actions).toEqual([]);
    expect(report.upcoming).toEqual([
      {
        ruleId: 'conflict.escalate',
        scope: 'conflict',
        subjectId: 'budget-priority',
        toLevel: 2,
        dueOn: '2026-11-30',
        title: '分管副总',
        person: 'zhou',
      },
    ]);
  });

  it('asks the lowest common superior of the parties’ heads when the path names nobody at the level', async () => {
    const report = await evaluateChanged((c) => {
      const k = c.conflicts[0];
      k.status = 'open';
      delete k.resolvedOn;
      delete k.resolution;
      c.people[2].reportsTo = 'wang'; // li (mkt) → wang → zhou
      c.people[3].reportsTo = 'zhou'; // zhao (sales) → zhou
      c.people[0].reportsTo = 'zhou';
    });
    expect(report.actions).toMatchObject([{ toLevel: 1, person: 'zhou', dueOn: '2026-10-20' }]);
  });

  it('fires when the negotiation timebox runs out', async () => {
    const report = await evaluateChanged((c) => {
      const k = c.conflicts[0];
      k.status = 'open';
      delete k.resolvedOn;
      k.negotiations = [{ on: '2026-10-12', outcome: 'pending' }];
    });
    expect(ruleIds(report)).toEqual(['conflict.escalate']);
    expect(report.actions[0]?.toLevel).toBe(1);
  });
});
