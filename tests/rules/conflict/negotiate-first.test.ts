import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('conflict.negotiate-first', () => {
  it('fires for an escalation with no negotiation before it', async () => {
    const report = await evaluateChanged((c) => {
      c.conflicts[0].negotiations = [{ on: '2026-10-14', outcome: 'agreed' }];
      c.conflicts[0].escalations = [{ level: 1, on: '2026-10-13' }];
    });
    expect(ruleIds(report)).toEqual(['conflict.negotiate-first']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'conflict',
      subjectId: 'budget-priority',
      path: '/conflicts/0/negotiations',
    });
  });

  it('does not fire when the negotiation is on the day of the escalation', async () => {
    const report = await evaluateChanged((c) => {
      c.conflicts[0].escalations = [{ level: 1, on: '2026-10-12' }];
    });
    expect(ruleIds(report)).not.toContain('conflict.negotiate-first');
    expect(report.findings).toEqual([]);
  });
});
