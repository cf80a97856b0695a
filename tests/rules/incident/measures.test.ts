import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('incident.measures', () => {
  it('fires for an incident without measures', async () => {
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
      c.incidents[0].measures = [];
    });
    expect(ruleIds(report)).toEqual(['incident.measures']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'incident',
      subjectId: 'outage',
      path: '/incidents/0/measures',
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
    expect(ruleIds(report)).not.toContain('incident.measures');
    expect(report.findings).toEqual([]);
  });
});
