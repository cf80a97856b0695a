import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('incident.owner', () => {
  it('fires for an incident without a temporary owner', async () => {
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
      delete c.incidents[0].temporaryOwner;
    });
    expect(ruleIds(report)).toEqual(['incident.owner']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      scope: 'incident',
      subjectId: 'outage',
      path: '/incidents/0/temporaryOwner',
      message: 'Incident “测试环境故障” has no temporary owner',
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
    expect(ruleIds(report)).not.toContain('incident.owner');
    expect(report.findings).toEqual([]);
  });
});
