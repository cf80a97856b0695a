import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('team.core-authority', () => {
  it('fires for a core member who neither decides nor owns anything', async () => {
    const report = await evaluateChanged((c) => {
      delete c.milestones[0].owner;
    });
    expect(ruleIds(report)).toEqual(['team.core-authority']);
    expect(report.findings[0]).toMatchObject({
      severity: 'info',
      scope: 'person',
      subjectId: 'wu',
      path: '/people/1',
      message: 'Core member 吴涛 (研发部) has no decision authority and owns no responsibility or milestone',
    });
  });

  it('does not fire for a member outside the core team', async () => {
    const report = await evaluateChanged((c) => {
      delete c.milestones[0].owner;
      c.team.core = ['wang', 'li', 'zhao', 'sun', 'zhou'];
    });
    expect(ruleIds(report)).not.toContain('team.core-authority');
    expect(report.findings).toEqual([]);
  });
});
