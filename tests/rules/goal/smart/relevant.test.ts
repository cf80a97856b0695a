import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../../helpers.js';

describe('goal.smart.relevant', () => {
  it('fires when goal.relevant is blank', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.relevant = '';
    });
    expect(ruleIds(report)).toEqual(['goal.smart.relevant']);
    expect(report.findings[0]).toMatchObject({ severity: 'warning', path: '/goal/relevant' });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('goal.smart.relevant');
  });
});
