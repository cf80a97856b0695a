import { describe, expect, it } from 'vitest';
import { AFTER, closedOut, evaluateChanged, ruleIds } from '../helpers.js';

describe('retro.practices', () => {
  it('fires for a retrospective without reusable practices', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
        delete c.retrospective.reusablePractices;
      },
      { now: AFTER },
    );
    expect(ruleIds(report)).toEqual(['retro.practices']);
    expect(report.findings[0]).toMatchObject({ severity: 'info', path: '/retrospective/reusablePractices' });
  });

  it('does not fire for a complete retrospective', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
      },
      { now: AFTER },
    );
    expect(ruleIds(report)).not.toContain('retro.practices');
    expect(report.findings).toEqual([]);
  });
});
