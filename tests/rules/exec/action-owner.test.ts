import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('exec.action-owner', () => {
  it('fires for an action without an owner', async () => {
    const report = await evaluateChanged((c) => {
      delete c.meetings[0].actions[0].owner;
    });
    expect(ruleIds(report)).toEqual(['exec.action-owner']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'action',
      subjectId: 'sync-2026-10-12/actions/0',
      path: '/meetings/0/actions/0/owner',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('exec.action-owner');
  });

  it('fires for an action without a due date', async () => {
    const report = await evaluateChanged((c) => {
      delete c.meetings[1].actions[0].due;
    });
    expect(ruleIds(report)).toEqual(['exec.action-owner']);
    expect(report.findings[0]?.path).toBe('/meetings/1/actions/0/due');
  });
});
