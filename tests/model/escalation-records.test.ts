import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../src/model/parse.js';
import { exampleInput } from '../fixtures/example.js';

const issuesOf = (r: ReturnType<typeof parseCollaboration>) => (r.success ? [] : r.issues);

describe('escalation records and the org chart', () => {
  it('accepts escalation records on conflicts, milestones and incidents, and reportsTo', () => {
    const input = exampleInput();
    input.people[2].reportsTo = 'zhou';
    input.people[3].reportsTo = 'zhou';
    input.milestones[4].escalations = [
      { level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20', acknowledgedBy: 'li' },
    ];
    input.incidents = [
      {
        id: 'outage',
        description: '渠道系统故障',
        occurredOn: '2026-11-20',
        temporaryOwner: 'sun',
        impact: { summary: '上市推迟一周', scheduleDays: 7 },
        affects: ['launch'],
        escalations: [{ level: 1, on: '2026-11-23', decision: '启用备用系统', decidedBy: 'wang' }],
      },
    ];
    const result = parseCollaboration(input);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.people[2]?.reportsTo).toBe('zhou');
      expect(result.data.milestones[4]?.escalations?.[0]?.acknowledgedBy).toBe('li');
      expect(result.data.incidents[0]?.escalations?.[0]?.level).toBe(1);
    }
  });

  it('reports an unknown reportsTo with a suggestion, in both locales', () => {
    const input = exampleInput();
    input.people[2].reportsTo = 'zhoux';
    for (const locale of ['en', 'zh-CN'] as const) {
      const [issue] = issuesOf(parseCollaboration(input, { locale }));
      expect(issue).toMatchObject({
        code: 'unknown_reference',
        pointer: '/people/2/reportsTo',
        suggestion: 'zhou',
      });
    }
  });

  it('reports a reportsTo cycle once, at its first person, naming the cycle', () => {
    const input = exampleInput();
    input.people[2].reportsTo = 'zhao'; // li → zhao
    input.people[3].reportsTo = 'zhou'; // zhao → zhou
    input.people[6].reportsTo = 'li'; // zhou → li
    input.people[0].reportsTo = 'li'; // wang hangs off the cycle: not reported again
    const en = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(en.map((i) => [i.code, i.pointer])).toEqual([['reports_to_cycle', '/people/2/reportsTo']]);
    expect(en[0]?.message).toBe('The reporting lines (reportsTo) form a cycle: li → zhao → zhou → li');
    const zh = issuesOf(parseCollaboration(input, { locale: 'zh-CN' }));
    expect(zh[0]?.message).toBe('汇报关系（reportsTo）构成循环：li → zhao → zhou → li');
  });

  it('reports a person who reports to themself', () => {
    const input = exampleInput();
    input.people[1].reportsTo = 'wu';
    expect(issuesOf(parseCollaboration(input, { locale: 'en' })).map((i) => i.message)).toEqual([
      'The reporting lines (reportsTo) form a cycle: wu → wu',
    ]);
  });

  it('reports an acknowledgement dated before its escalation, in both locales', () => {
    const input = exampleInput();
    input.milestones[4].escalations = [{ level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-19' }];
    const [en] = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(en).toMatchObject({
      code: 'acknowledged_before_escalation',
      pointer: '/milestones/4/escalations/0/acknowledgedOn',
      message: 'Acknowledged on 2026-11-19, before the escalation on 2026-11-20',
    });
    const [zh] = issuesOf(parseCollaboration(input, { locale: 'zh-CN' }));
    expect(zh?.message).toBe('确认日期 2026-11-19 早于升级日期 2026-11-20');
  });

  it('reports a level that is not on the escalation path, and unknown acknowledgers and deciders', () => {
    const input = exampleInput();
    input.incidents = [
      {
        id: 'outage',
        description: '故障',
        occurredOn: '2026-11-20',
        escalations: [{ level: 4, on: '2026-11-20', acknowledgedBy: 'nobody', decidedBy: 'zhuo' }],
      },
    ];
    const issues = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([
      ['unknown_escalation_level', '/incidents/0/escalations/0/level'],
      ['unknown_reference', '/incidents/0/escalations/0/acknowledgedBy'],
      ['unknown_reference', '/incidents/0/escalations/0/decidedBy'],
    ]);
    expect(issues[0]?.message).toBe(
      'Escalation level 4 is not on the escalation path (escalationPath); its levels: 1, 2, 3',
    );
    const zh = issuesOf(parseCollaboration(input, { locale: 'zh-CN' }));
    expect(zh[0]?.message).toBe('升级层级 4 不在升级路径（escalationPath）中，现有层级：1, 2, 3');
  });
});
