import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('exec.minutes-complete', () => {
  it('fires for minutes without attendees', async () => {
    const report = await evaluateChanged((c) => {
      c.meetings[0].attendees = [];
    });
    expect(ruleIds(report)).toEqual(['exec.minutes-complete']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'meeting',
      subjectId: 'sync-2026-10-12',
      path: '/meetings/0/attendees',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('exec.minutes-complete');
  });

  it('fires for a progress sync with neither done nor undone items', async () => {
    const report = await evaluateChanged((c) => {
      c.meetings[2].progress = { done: [], undone: [] };
    });
    expect(ruleIds(report)).toEqual(['exec.minutes-complete']);
    expect(report.findings[0]).toMatchObject({ subjectId: 'sync-2026-11-23', path: '/meetings/2/progress' });
  });

  it('does not fire for a review without progress items', async () => {
    const report = await evaluateChanged((c) => {
      c.meetings[2].kind = 'review';
      c.meetings[2].progress = { done: [], undone: [] };
    });
    expect(ruleIds(report)).not.toContain('exec.minutes-complete');
  });
});
