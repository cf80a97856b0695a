import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, withOutage } from '../helpers.js';

const atTop = (on: string) => (c: Input) => {
  withOutage(c);
  c.incidents[0].escalations = [
    { level: 1, on: '2026-11-02', acknowledgedOn: '2026-11-02' },
    { level: 2, on: '2026-11-06', acknowledgedOn: '2026-11-06' },
    { level: 3, on, acknowledgedOn: on, decision: '待定' },
  ];
  c.incidents[0].occurredOn = '2026-10-30';
};

describe('escalation.exhausted', () => {
  it('fires on the top-level record once its timebox ran out, in both locales', async () => {
    const en = await evaluateChanged(atTop('2026-11-13'));
    expect(findingsOf(en, 'escalation.exhausted')).toEqual([
      expect.objectContaining({
        severity: 'error',
        scope: 'escalation',
        subjectId: 'incident/outage/3',
        path: '/incidents/0/escalations/2',
        message:
          'Incident “渠道系统故障” has been at the top level 3 (总经理) since 2026-11-13, for 9 working days, beyond its timebox of 5; no level is left: it needs a decision now',
      }),
    ]);
    expect(en.actions.filter((a) => a.subjectId === 'outage')).toEqual([]);
    const zh = await evaluateChanged(atTop('2026-11-13'), { locale: 'zh-CN' });
    expect(findingsOf(zh, 'escalation.exhausted')[0]?.message).toBe(
      '突发事件「渠道系统故障」自 2026-11-13 起在最高层级第 3 级（总经理），已 9 个工作日，超过时限 5 个工作日，已无更高层级可升，须当即决策',
    );
  });

  it('does not fire while the top level’s timebox runs, or once the subject is settled', async () => {
    expect(findingsOf(await evaluateChanged(atTop('2026-11-20')), 'escalation.exhausted')).toEqual([]);
    const closed = await evaluateChanged((c) => {
      atTop('2026-11-13')(c);
      c.incidents[0].status = 'closed';
    });
    expect(findingsOf(closed, 'escalation.exhausted')).toEqual([]);
  });
});
