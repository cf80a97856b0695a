import { isIsoDate } from '../model/primitives.js';
import type { Collaboration } from '../model/types.js';
import { resolveDue } from '../schedule/due.js';

/**
 * An open action item of a meeting: not done, with a due date.
 *
 * @example
 * ```ts
 * import type { OpenAction } from './open-actions.js';
 *
 * const action: OpenAction = { id: 'sync-2026-11-23.1', meeting: 'sync-2026-11-23', item: '确认发布会物料', due: '2026-11-27' };
 * ```
 */
export interface OpenAction {
  /** `<meeting id>.<position in the meeting's actions, from 1>`: stable while the minutes are only appended to. */
  readonly id: string;
  readonly meeting: string;
  readonly item: string;
  readonly owner?: string;
  /** The resolved due date, ISO. */
  readonly due: string;
}

/**
 * The open action items of a collaboration's meetings (not done, with a due date that resolves), in meeting and
 * item order. The one place the calendar reads open actions from; when the collaboration's registers track
 * actions of their own, they are read here too.
 *
 * @param c - A parsed collaboration.
 * @returns The open actions.
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import { openActionItems } from './open-actions.js';
 *
 * declare const c: Collaboration;
 * for (const a of openActionItems(c)) console.log(a.due, a.item);
 * ```
 */
export function openActionItems(c: Collaboration): OpenAction[] {
  return c.meetings.flatMap((meeting) =>
    (meeting.actions ?? []).flatMap((action, i): OpenAction[] => {
      if (action.done === true || action.due === undefined) return [];
      const due = resolveDue(action.due, c.period);
      if (!isIsoDate(due)) return [];
      return [
        {
          id: `${meeting.id}.${i + 1}`,
          meeting: meeting.id,
          item: action.item,
          ...(action.owner !== undefined ? { owner: action.owner } : {}),
          due,
        },
      ];
    }),
  );
}
