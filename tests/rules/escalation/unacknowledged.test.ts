import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, withOutage } from '../helpers.js';

const escalatedLaunch = (record: Record<string, unknown>) => (c: Input) => {
  withOutage(c);
  c.incidents[0].status = 'contained';
  c.milestones[4].escalations = [record];
};

describe('escalation.unacknowledged', () => {
  it('names the level’s title and decider when the current escalation is not acknowledged in time', async () => {
    const mutate = escalatedLaunch({ level: 1, on: '2026-11-23' });
    const en = await evaluateChanged((c) => {
      mutate(c);
      c.milestones[4].owner = 'li';
      c.people[2].reportsTo = 'wang';
    });
    expect(findingsOf(en, 'escalation.unacknowledged')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        scope: 'escalation',
        subjectId: 'milestone/launch/1',
        path: '/milestones/4/escalations/0',
        message:
          'The escalation of milestone “产品上市” to level 1 (部门经理 王磊) on 2026-11-23 is not acknowledged after 3 working days, beyond the acknowledgement timebox of 1',
      }),
    ]);
    const zh = await evaluateChanged(mutate, { locale: 'zh-CN' });
    expect(findingsOf(zh, 'escalation.unacknowledged')[0]?.message).toBe(
      '里程碑「产品上市」于 2026-11-23 升级至第 1 级（部门经理），3 个工作日仍未确认，超过确认时限 1 个工作日',
    );
  });

  it('does not fire within the acknowledgement timebox, once acknowledged, or for a superseded level', async () => {
    expect(
      findingsOf(
        await evaluateChanged(escalatedLaunch({ level: 1, on: '2026-11-25' })),
        'escalation.unacknowledged',
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        await evaluateChanged(escalatedLaunch({ level: 1, on: '2026-11-23', acknowledgedOn: '2026-11-25' })),
        'escalation.unacknowledged',
      ),
    ).toEqual([]);
    const report = await evaluateChanged((c) => {
      escalatedLaunch({ level: 1, on: '2026-11-16' })(c);
      c.milestones[4].escalations.push({ level: 2, on: '2026-11-20', acknowledgedOn: '2026-11-20' });
    });
    expect(findingsOf(report, 'escalation.unacknowledged')).toEqual([]);
  });

  it('is tunable: ackTimeboxDays', async () => {
    const report = await evaluateChanged(escalatedLaunch({ level: 1, on: '2026-11-23' }), {
      config: { rules: { 'escalation.unacknowledged': { params: { ackTimeboxDays: 3 } } } },
    });
    expect(findingsOf(report, 'escalation.unacknowledged')).toEqual([]);
  });

  it('does not fire once the subject is resolved', async () => {
    const report = await evaluateChanged((c) => {
      c.conflicts[0].escalations = [{ level: 1, on: '2026-10-13' }];
    });
    expect(findingsOf(report, 'escalation.unacknowledged')).toEqual([]);
  });
});
