// The laws of the diff: a version against itself is empty; reordering id-keyed lists changes nothing; the diff
// from B to A is the diff from A to B turned round; the findings added from A to B are those resolved from B to A.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../src/model/parse.js';
import type { CollaborationInput } from '../../src/model/types.js';
import { type DiffCollaborationsResult, diffCollaborations } from '../../src/outcomes/diff-collaborations.js';
import { collaborationArb } from '../../src/testing/collaboration.js';
import { exampleInput } from '../fixtures/example.js';

const now = fc.constantFrom('2026-10-16', '2026-11-26', '2026-12-10');
const valid = (c: unknown): boolean => parseCollaboration(c).success;

/** The example with a few edits: moved due dates, a person added, a scope item swapped. */
const edited = fc
  .record({
    shift: fc.integer({ min: -10, max: 10 }),
    at: fc.integer({ min: 0, max: 4 }),
    person: fc.boolean(),
    scope: fc.boolean(),
  })
  .map(({ shift, at, person, scope }) => {
    const c = exampleInput();
    if (shift !== 0) c.milestones[at].due = { days: 30 * (at + 1) + shift };
    if (person) c.people.push({ id: 'ma', name: '马超', department: 'rd' });
    if (scope) c.scope.included = ['直播带货', ...c.scope.included.slice(1)];
    return c as CollaborationInput;
  });

const versions = fc.oneof(edited, collaborationArb());

/** A rotation of every id-keyed list (and of the lists of ids) by `k`. */
function reordered(input: CollaborationInput, k: number): CollaborationInput {
  const c = structuredClone(input) as Record<string, unknown>;
  const rotate = (list: unknown) => {
    if (!Array.isArray(list) || list.length < 2) return list;
    const s = k % list.length;
    return [...list.slice(s), ...list.slice(0, s)].reverse();
  };
  for (const key of [
    'departments',
    'people',
    'milestones',
    'risks',
    'meetings',
    'conflicts',
    'incidents',
    'escalationPath',
  ]) {
    if (key in c) c[key] = rotate(c[key]);
  }
  for (const m of (c.milestones as { dependsOn?: unknown }[] | undefined) ?? []) {
    if (m.dependsOn !== undefined) m.dependsOn = rotate(m.dependsOn);
  }
  const goal = c.goal as { measures?: unknown } | undefined;
  if (goal?.measures !== undefined) goal.measures = rotate(goal.measures);
  const team = c.team as { core?: unknown } | undefined;
  if (team?.core !== undefined) team.core = rotate(team.core);
  return c as CollaborationInput;
}

function inverse(d: DiffCollaborationsResult) {
  return {
    changes: d.changes.map((c) => ({
      op: c.op === 'added' ? 'removed' : c.op === 'removed' ? 'added' : 'changed',
      pointer: c.pointer,
      ...(c.after === undefined ? {} : { before: c.after }),
      ...(c.before === undefined ? {} : { after: c.before }),
    })),
    milestones: d.milestones.map((m) => ({
      id: m.id,
      dueBefore: m.dueAfter,
      dueAfter: m.dueBefore,
      deltaDays: -m.deltaDays,
    })),
    scope: { added: d.scope.removed, removed: d.scope.added },
    findings: { added: d.findings.resolved, resolved: d.findings.added },
  };
}

const EMPTY = {
  changes: [],
  milestones: [],
  scope: { added: [], removed: [] },
  findings: { added: [], resolved: [] },
};

describe('diffCollaborations (property)', () => {
  it('the diff of a collaboration with itself is empty', () => {
    fc.assert(
      fc.property(versions, now, (c, at) => {
        if (!valid(c)) return;
        expect(diffCollaborations(c, structuredClone(c), { now: at, locale: 'en' })).toEqual(EMPTY);
      }),
      { numRuns: 30 },
    );
  });

  it('reordering id-keyed lists changes nothing', () => {
    fc.assert(
      fc.property(versions, fc.nat(20), now, (c, k, at) => {
        if (!valid(c)) return;
        expect(diffCollaborations(c, reordered(c, k), { now: at, locale: 'en' })).toEqual(EMPTY);
      }),
      { numRuns: 30 },
    );
  });

  it('the diff from B to A is the diff from A to B turned round', () => {
    fc.assert(
      fc.property(versions, versions, now, (a, b, at) => {
        if (!valid(a) || !valid(b)) return;
        const forward = diffCollaborations(a, b, { now: at, locale: 'en' });
        const backward = diffCollaborations(b, a, { now: at, locale: 'en' });
        expect(backward).toEqual(inverse(forward));
        expect(forward.findings.added).toEqual(backward.findings.resolved);
      }),
      { numRuns: 30 },
    );
  });
});
