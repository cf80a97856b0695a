import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('exec.dependency-cycle', () => {
  it('fires for a cycle, listing it, and no other milestone rule misfires', async () => {
    const report = await evaluateChanged((c) => {
      c.milestones[0].dependsOn = ['launch'];
    });
    expect(ruleIds(report)).toEqual(['exec.dependency-cycle']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      scope: 'collaboration',
      path: '/milestones/1/dependsOn',
      message: 'The milestone dependencies contain a cycle: promo-plan → launch → beta → promo-plan',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('exec.dependency-cycle');
  });

  it('does not make order or slip rules fire on milestones of a cycle', async () => {
    const report = await evaluateChanged((c) => {
      c.milestones[0].dependsOn = ['launch'];
      c.milestones[4].durationDays = 40;
      c.milestones[0].due = '2026-09-05';
    });
    expect(ruleIds(report)).toEqual(['exec.dependency-cycle']);
  });
});
