import { describe, expect, it } from 'vitest';
import { RulesError } from '../../src/rules/errors.js';
import { escalationLadder } from '../../src/rules/escalation-ladder.js';
import { example } from '../fixtures/example.js';
import { changed, NOW, withOutage } from './helpers.js';

describe('escalationLadder', () => {
  it('is empty for the worked example', () => {
    expect(escalationLadder(example(), { now: NOW })).toEqual([]);
  });

  it('shows who decides by when, per subject in breach or escalated', () => {
    const input = changed((c) => {
      withOutage(c);
      c.milestones[4].escalations = [
        { level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20', acknowledgedBy: 'li' },
      ];
    });
    expect(escalationLadder(input as never, { now: NOW })).toEqual([
      {
        kind: 'milestone',
        subjectId: 'launch',
        name: '产品上市',
        path: '/milestones/4',
        inBreach: true,
        inBreachSince: '2026-11-20',
        level: 1,
        records: [
          {
            level: 1,
            on: '2026-11-20',
            title: '部门经理',
            acknowledgedOn: '2026-11-20',
            acknowledgedBy: 'li',
          },
        ],
        due: { toLevel: 2, title: '分管副总', person: 'zhou', dueOn: NOW },
        exhausted: false,
      },
      {
        kind: 'incident',
        subjectId: 'outage',
        name: '渠道系统故障',
        path: '/incidents/0',
        inBreach: true,
        inBreachSince: '2026-11-24',
        level: 0,
        records: [],
        due: { toLevel: 1, title: '部门经理', dueOn: '2026-11-24' },
        exhausted: false,
      },
    ]);
  });

  it('shows an upcoming level within the warning window', () => {
    const input = changed((c) => {
      const k = c.conflicts[0];
      k.status = 'escalated';
      delete k.resolvedOn;
      delete k.resolution;
      k.escalations = [{ level: 1, on: '2026-11-24', acknowledgedOn: '2026-11-24' }];
    });
    const [entry] = escalationLadder(input as never, {
      now: NOW,
      config: { escalation: { warnWorkdays: 2 } },
    });
    expect(entry).toMatchObject({
      kind: 'conflict',
      subjectId: 'budget-priority',
      level: 1,
      upcoming: { toLevel: 2, person: 'zhou', dueOn: '2026-11-30' },
    });
    expect(entry).not.toHaveProperty('due');
  });

  it('throws a RulesError for a bad now, in the requested locale', () => {
    expect(() => escalationLadder(example(), { now: '2026-02-30', locale: 'en' })).toThrow(RulesError);
  });
});
