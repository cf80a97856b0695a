import type { Collaboration } from '../model/types.js';
import { openActions } from '../registers/open-actions.js';

/**
 * An open action item for the calendar: one of the action register's open actions ({@link openActions}) that has
 * a due date.
 *
 * @example
 * ```ts
 * import type { CalendarAction } from './open-actions.js';
 *
 * const action: CalendarAction = { id: 'sync-2026-11-23/actions/0', meeting: 'sync-2026-11-23', item: '确认发布会物料', due: '2026-11-27' };
 * ```
 */
export interface CalendarAction {
  /** The action's register id: its `id`, else `<meeting id>/actions/<index>` (stable while minutes are appended to). */
  readonly id: string;
  readonly meeting: string;
  readonly item: string;
  readonly owner?: string;
  /** The resolved due date, ISO. */
  readonly due: string;
}

/**
 * The open action items with a due date, as the action register sees them at `now` (done by `done` or `doneOn`,
 * meetings held after `now` not yet counted), oldest first.
 *
 * @param c - A parsed collaboration.
 * @param now - The day the calendar is written, ISO.
 * @returns The open actions that have a due date.
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import { openActionItems } from './open-actions.js';
 *
 * declare const collaboration: Collaboration;
 * for (const a of openActionItems(collaboration, '2026-11-26')) console.log(a.due, a.item);
 * ```
 */
export function openActionItems(c: Collaboration, now: string): CalendarAction[] {
  return openActions(c, { now }).flatMap((a): CalendarAction[] =>
    a.due === undefined
      ? []
      : [
          {
            id: a.id,
            meeting: a.meetingId,
            item: a.item,
            ...(a.owner !== undefined ? { owner: a.owner } : {}),
            due: a.due,
          },
        ],
  );
}
