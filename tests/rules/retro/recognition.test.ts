import { describe, expect, it } from 'vitest';
import { AFTER, closedOut, evaluateChanged, ruleIds } from '../helpers.js';

describe('retro.recognition', () => {
  it('fires for a retrospective without recognitions', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
        c.retrospective.recognitions = [];
      },
      { now: AFTER },
    );
    expect(ruleIds(report)).toEqual(['retro.recognition']);
    expect(report.findings[0]).toMatchObject({ severity: 'info', path: '/retrospective/recognitions' });
  });

  it('does not fire for a complete retrospective', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
      },
      { now: AFTER },
    );
    expect(ruleIds(report)).not.toContain('retro.recognition');
    expect(report.findings).toEqual([]);
  });

  it('can be switched off by the PMO config', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
        c.retrospective.recognitions = [];
      },
      { now: AFTER, config: { rules: { 'retro.recognition': 'off' } } },
    );
    expect(report.findings).toEqual([]);
  });
});
