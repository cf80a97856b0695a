import { describe, expect, it } from 'vitest';
import { closedOut, evaluateChanged, ruleIds } from '../helpers.js';

describe('retro.held', () => {
  it('fires more than 14 days after the period without a retrospective', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
        delete c.retrospective;
      },
      { now: '2026-12-15' },
    );
    expect(ruleIds(report)).toEqual(['retro.held']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'collaboration',
      path: '/retrospective',
      message: 'The period ended on 2026-11-30, 15 days ago (more than 14), and no retrospective is recorded',
    });
  });

  it('does not fire 14 days after the period', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
        delete c.retrospective;
      },
      { now: '2026-12-14' },
    );
    expect(ruleIds(report)).not.toContain('retro.held');
    expect(report.findings).toEqual([]);
  });
});
