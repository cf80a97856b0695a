import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, ruleIds } from '../helpers.js';

describe('exec.sync-overdue', () => {
  it('fires when the weekly sync is more than the grace days overdue', async () => {
    const report = await evaluateChanged((c) => {
      c.meetings.splice(2, 1);
    });
    expect(ruleIds(report)).toEqual(['exec.sync-overdue']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/meetings',
      message:
        'The last progress sync was on 2026-11-16; at the weekly cadence the next was due by 2026-11-23, 3 days ago (grace: 2 days)',
    });
  });

  it('does not fire within the grace days', async () => {
    const report = await evaluateChanged(
      (c) => {
        c.meetings.splice(2, 1);
      },
      { now: '2026-11-25' },
    );
    expect(ruleIds(report)).not.toContain('exec.sync-overdue');
    expect(report.findings).toEqual([]);
  });

  it('applies only while executing', async () => {
    for (const phase of ['planning', 'closing']) {
      const report = await evaluateChanged((c) => {
        c.meetings.splice(2, 1);
        c.phase = phase;
      });
      expect(ruleIds(report)).not.toContain('exec.sync-overdue');
    }
  });

  it('counts from the period start when no sync was held', async () => {
    const report = await evaluateChanged(
      (c) => {
        c.meetings = [];
      },
      { now: '2026-09-11' },
    );
    expect(findingsOf(report, 'exec.sync-overdue')[0]?.message).toContain('2026-09-01');
  });
});
