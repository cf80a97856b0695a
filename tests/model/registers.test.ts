import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../src/model/parse.js';
import { exampleInput } from '../fixtures/example.js';

function issuesOf(mutate: (c: ReturnType<typeof exampleInput>) => void) {
  const c = exampleInput();
  mutate(c);
  const result = parseCollaboration(c, { locale: 'en' });
  return result.success ? [] : result.issues.map((i) => [i.pointer, i.code, i.message]);
}

const registers = (c: ReturnType<typeof exampleInput>) => {
  c.problems = [
    {
      id: 'p-supply',
      raisedOn: '2026-10-12',
      raisedBy: 'zhao',
      description: '供应商产能不足',
      needs: '采购部协调',
      owner: 'zhao',
      status: 'resolved',
      resolvedOn: '2026-10-16',
      resolution: '加急排产',
      conflict: 'budget-priority',
    },
  ];
  c.decisions = [
    {
      id: 'd-budget',
      title: '推广预算分配',
      on: '2026-10-12',
      driver: 'li',
      approver: 'wang',
      contributors: ['sales', 'zhao'],
      informed: ['gm'],
      outcome: '线上推广预算暂定10万元',
      source: { meeting: 'sync-2026-10-12' },
    },
  ];
  Object.assign(c.meetings[0], {
    recorder: 'wu',
    distribution: ['rd', 'mkt', 'sales', 'cs'],
    nextOn: '2026-10-19',
    decisions: ['d-budget'],
  });
  c.meetings[0].progress.owner = 'wu';
  c.meetings[0].discussions[0].owner = 'wang';
  Object.assign(c.meetings[0].actions[0], { id: 'a-supply', doneOn: '2026-10-15' });
  Object.assign(c.responsibilities[0], { accountable: 'wang', consulted: ['mkt'], informed: ['zhou'] });
};

describe('the registers in the model', () => {
  it('parse when every reference exists', () => {
    expect(issuesOf(registers)).toEqual([]);
  });

  it('check every person, department, conflict, meeting and decision reference', () => {
    const issues = issuesOf((c) => {
      registers(c);
      c.problems[0].raisedBy = 'nobody';
      c.problems[0].conflict = 'no-conflict';
      c.decisions[0].approver = 'wnag';
      c.decisions[0].informed = ['gmm'];
      c.decisions[0].source = { meeting: 'sync-x' };
      c.meetings[0].recorder = 'x';
      c.meetings[0].distribution = ['rd', 'hr'];
      c.meetings[0].decisions = ['d-none'];
      c.responsibilities[0].accountable = 'ghost';
    });
    expect(issues.map(([pointer]) => pointer)).toEqual([
      '/responsibilities/0/accountable',
      '/meetings/0/recorder',
      '/meetings/0/distribution/1',
      '/meetings/0/decisions/0',
      '/problems/0/raisedBy',
      '/problems/0/conflict',
      '/decisions/0/approver',
      '/decisions/0/informed/0',
      '/decisions/0/source/meeting',
    ]);
    expect(issues[6]?.[2]).toBe('Reference to an unknown person "wnag"; did you mean "wang"?');
  });

  it('reject duplicate action ids across meetings', () => {
    const issues = issuesOf((c) => {
      c.meetings[0].actions[0].id = 'a1';
      c.meetings[1].actions[0].id = 'a1';
    });
    expect(issues).toEqual([
      [
        '/meetings/1/actions/0/id',
        'duplicate_id',
        'Duplicate action item id "a1" (first used at /meetings/0/actions/0/id)',
      ],
    ]);
  });

  it('check an escalation source’s shape, id and level', () => {
    const at = (source: unknown) =>
      issuesOf((c) => {
        registers(c);
        c.decisions[0].source = source;
      });
    expect(at({ escalation: 'conflict/budget-priority/2' })).toEqual([]);
    expect(at({ escalation: 'conflict/budget-priority/4' })).toEqual([
      ['/decisions/0/source/escalation', 'unknown_reference', 'Reference to an unknown escalation level "4"'],
    ]);
    expect(at({ escalation: 'milestone/lanch/1' })[0]?.[2]).toBe(
      'Reference to an unknown milestone "lanch"; did you mean "launch"?',
    );
    expect(at({ escalation: 'risk/supply/1' })[0]?.[0]).toBe('/decisions/0/source/escalation');
    expect(at({ escalation: 'incident/none/1' })[0]?.[1]).toBe('unknown_reference');
  });
});
