import type { Subject } from './subjects.js';

/**
 * The next level of the escalation ladder for a subject: the level after the highest escalation recorded for it,
 * level 1 when none is recorded (today conflicts alone record escalations, so every other subject starts at 1).
 *
 * @param subject - The subject a rule fired for.
 * @returns The level an escalate action with `toLevel: next` goes to.
 * @example
 * ```ts
 * import type { Subject } from './subjects.js';
 *
 * declare const conflict: Subject<'conflict'>; // escalated to level 1 once
 * nextLadderLevel(conflict); // 2
 * ```
 */
export function nextLadderLevel(subject: Subject): number {
  if (subject.scope !== 'conflict') return 1;
  const escalations = (subject as Subject<'conflict'>).entity.escalations ?? [];
  let highest = 0;
  for (const e of escalations) if (e.level > highest) highest = e.level;
  return highest + 1;
}
