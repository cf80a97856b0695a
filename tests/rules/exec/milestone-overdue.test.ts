import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('exec.milestone-overdue', () => {
  it('fires for an open milestone past its due date', async () => {
    const report = await evaluateChanged((c) => {
      c.milestones.push({
        id: 'venue',
        name: '发布会场地确认',
        department: 'mkt',
        due: '2026-11-20',
        status: 'planned',
      });
    });
    expect(ruleIds(report)).toEqual(['exec.milestone-overdue']);
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      scope: 'milestone',
      subjectId: 'venue',
      path: '/milestones/5',
      message: 'Milestone “发布会场地确认” was due on 2026-11-20, 6 days ago, and is not done',
    });
  });

  it('does not fire for a done milestone', async () => {
    const report = await evaluateChanged((c) => {
      c.milestones.push({ id: 'venue', name: '发布会场地确认', due: '2026-11-20', status: 'done' });
    });
    expect(ruleIds(report)).not.toContain('exec.milestone-overdue');
    expect(report.findings).toEqual([]);
  });
});
