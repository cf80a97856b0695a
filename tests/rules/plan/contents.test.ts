import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.contents', () => {
  it('fires when decisions are not covered', async () => {
    const report = await evaluateChanged((c) => {
      c.communication.contents = ['progress', 'issues'];
    });
    expect(ruleIds(report)).toEqual(['plan.contents']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/communication/contents',
      message: 'The communication plan does not cover: decisions',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('plan.contents');
  });
});
