import { describe, expect, it } from 'vitest';
import { AFTER, closedOut, evaluateChanged, ruleIds } from '../helpers.js';

describe('retro.complete', () => {
  it('fires for a retrospective without lessons', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
        c.retrospective.lessons = [];
      },
      { now: AFTER },
    );
    expect(ruleIds(report)).toEqual(['retro.complete']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/retrospective/lessons',
      message: 'The retrospective records no lessons',
    });
  });

  it('does not fire for a complete retrospective', async () => {
    const report = await evaluateChanged(
      (c) => {
        closedOut(c);
      },
      { now: AFTER },
    );
    expect(ruleIds(report)).not.toContain('retro.complete');
    expect(report.findings).toEqual([]);
  });
});
