import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.channels', () => {
  it('fires without a channel', async () => {
    const report = await evaluateChanged((c) => {
      c.communication.channels = [];
    });
    expect(ruleIds(report)).toEqual(['plan.channels']);
    expect(report.findings[0]).toMatchObject({ severity: 'warning', path: '/communication/channels' });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('plan.channels');
  });
});
