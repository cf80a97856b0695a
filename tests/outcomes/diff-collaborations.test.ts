import { describe, expect, it } from 'vitest';
import type { CollaborationInput } from '../../src/model/types.js';
import { diffCollaborations } from '../../src/outcomes/diff-collaborations.js';
import { OutcomesError } from '../../src/outcomes/errors.js';
import { changed, type Input, NOW } from '../rules/helpers.js';

const input = (mutate?: (c: Input) => void) => changed(mutate) as CollaborationInput;

describe('diffCollaborations', () => {
  it('reports the launch moved by 15 days, the finding it causes, and nothing else', () => {
    const diff = diffCollaborations(
      input(),
      input((c) => {
        c.milestones[4].due = '2026-12-15';
      }),
      { now: NOW, locale: 'en' },
    );
    expect(diff.changes).toEqual([
      { op: 'changed', pointer: '/milestones/launch/due', before: '2026-11-30', after: '2026-12-15' },
    ]);
    expect(diff.milestones).toEqual([
      { id: 'launch', dueBefore: '2026-11-30', dueAfter: '2026-12-15', deltaDays: 15 },
    ]);
    expect(diff.scope).toEqual({ added: [], removed: [] });
    expect(diff.findings.added.map((f) => [f.ruleId, f.subjectId, f.message])).toEqual([
      [
        'plan.due-within-period',
        'launch',
        'The due date of “产品上市”, 2026-12-15, is after the period ends on 2026-11-30',
      ],
    ]);
    expect(diff.findings.resolved).toEqual([]);
  });

  it('names entries by id, lists without ids by their entries, and the scope items added and removed', () => {
    const diff = diffCollaborations(
      input(),
      input((c) => {
        c.people.push({ id: 'ma', name: '马超', department: 'rd' });
        c.people[5].title = '客服培训主管';
        c.team.liaisons.cs = 'sun';
        c.scope.included = ['直播带货', ...c.scope.included.filter((i: string) => i !== '售后培训')];
        c.milestones[2].due = { month: 2, part: 'end' };
      }),
      { now: NOW, locale: 'zh-CN' },
    );
    expect(diff.changes.map((c) => [c.op, c.pointer])).toEqual([
      ['changed', '/milestones/distribution/due'],
      ['added', '/people/ma'],
      ['changed', '/people/qian/title'],
      ['removed', '/scope/included'],
      ['added', '/scope/included'],
      ['changed', '/team/liaisons/cs'],
    ]);
    expect(diff.changes[0]).toMatchObject({
      before: { month: 2, part: 'mid' },
      after: { month: 2, part: 'end' },
    });
    expect(diff.milestones).toEqual([
      { id: 'distribution', dueBefore: '2026-10-15', dueAfter: '2026-10-31', deltaDays: 16 },
    ]);
    expect(diff.scope).toEqual({ added: ['直播带货'], removed: ['售后培训'] });
  });

  it('reports findings resolved by the newer version', () => {
    const late = input((c) => {
      c.milestones[4].due = '2026-12-15';
    });
    const diff = diffCollaborations(late, input(), { now: NOW, locale: 'en' });
    expect(diff.findings.added).toEqual([]);
    expect(diff.findings.resolved.map((f) => f.ruleId)).toEqual(['plan.due-within-period']);
  });

  it('rejects a version that does not parse, saying which', () => {
    try {
      diffCollaborations(input(), { id: 'x' } as never, { now: NOW, locale: 'en' });
      expect.fail('returned');
    } catch (error) {
      expect(error).toBeInstanceOf(OutcomesError);
      expect((error as OutcomesError).code).toBe('invalid_collaboration');
      expect((error as OutcomesError).issues[0]?.path[0]).toBe('after');
    }
    expect(() => diffCollaborations(input(), input(), { now: '' })).toThrow(OutcomesError);
  });
});
