import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('team.leader', () => {
  it('fires when no leader is named', async () => {
    const report = await evaluateChanged((c) => {
      delete c.team.leader;
    });
    expect(ruleIds(report)).toEqual(['team.leader']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      path: '/team/leader',
      message: 'No team leader is named',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('team.leader');
  });

  it('fires when the leader is not a core member', async () => {
    const report = await evaluateChanged((c) => {
      c.team.leader = 'zhou';
    });
    // 周平 is not from the initiating department either: team.leader-initiating notes it.
    expect(ruleIds(report)).toEqual(['team.leader', 'team.leader-initiating']);
    expect(report.findings[0]?.message).toBe('The team leader 周平 is not in the core team');
  });

  it('does not apply before the forming phase', async () => {
    const report = await evaluateChanged((c) => {
      delete c.team.leader;
      c.phase = 'initiating';
    });
    expect(ruleIds(report)).not.toContain('team.leader');
  });
});
