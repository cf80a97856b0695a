import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('incident.impact', () => {
  it('fires for an incident without an impact assessment', async () => {
    const report = await evaluateChanged((c) => {
      c.incidents = [
        {
          id: 'outage',
          description: '测试环境故障',
          occurredOn: '2026-11-20',
          status: 'contained', // open past its containment timebox, it would also be escalated
          temporaryOwner: 'wu',
          measures: ['切换备用环境'],
          impact: { summary: '联调推迟两天', scheduleDays: 2 },
        },
      ];
      delete c.incidents[0].impact;
    });
    expect(ruleIds(report)).toEqual(['incident.impact']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'incident',
      subjectId: 'outage',
      path: '/incidents/0/impact',
    });
  });

  it('does not fire for a complete emergency plan', async () => {
    const report = await evaluateChanged((c) => {
      c.incidents = [
        {
          id: 'outage',
          description: '测试环境故障',
          occurredOn: '2026-11-20',
          status: 'contained', // open past its containment timebox, it would also be escalated
          temporaryOwner: 'wu',
          measures: ['切换备用环境'],
          impact: { summary: '联调推迟两天', scheduleDays: 2 },
        },
      ];
    });
    expect(ruleIds(report)).not.toContain('incident.impact');
    expect(report.findings).toEqual([]);
  });
});
