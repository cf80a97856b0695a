import { parseCollaboration } from '../../src/model/parse.js';
import type { Collaboration } from '../../src/model/types.js';
import { collaborationArb } from '../../src/testing/index.js';

/** Parsed collaborations of medium size. */
export const parsedCollaborationArb = collaborationArb({ size: 'medium' }).map((input) => {
  const result = parseCollaboration(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
});

/** The collaboration with milestones `i` and `j` waiting for each other. */
export function withCycle(c: Collaboration, i: number, j: number): Collaboration {
  const a = c.milestones[i]!.id;
  const b = c.milestones[j]!.id;
  return {
    ...c,
    milestones: c.milestones.map((m, k) =>
      k === i
        ? { ...m, dependsOn: [...(m.dependsOn ?? []), b] }
        : k === j
          ? { ...m, dependsOn: [...(m.dependsOn ?? []), a] }
          : m,
    ),
  };
}
