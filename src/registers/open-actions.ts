import type { Locale } from '../i18n/locale.js';
import type { Collaboration, CollaborationInput } from '../model/types.js';
import { fromDayNumber, toDayNumber } from '../schedule/day.js';
import { resolveDue } from '../schedule/due.js';
import { isActionDone, meetingDays, meetingsBetween } from './carried.js';
import { readRegisterInput } from './read-input.js';

/**
 * Options of {@link openActions}.
 *
 * @example
 * ```ts
 * import type { OpenActionsOptions } from 'crossdept';
 *
 * const options: OpenActionsOptions = { now: '2026-11-26', locale: 'en' };
 * ```
 */
export interface OpenActionsOptions {
  /** The date the register is seen from, ISO `YYYY-MM-DD`; the library never reads the clock. */
  readonly now: string;
  /** The locale of the issues' messages when the input is rejected: `zh-CN` (the default) or `en`. */
  readonly locale?: Locale;
}

/**
 * One action item not done at `now`.
 *
 * - `id`: its `id`, else `<meeting id>/actions/<index>` (0-based), the subject id findings give it.
 * - `dueDay` / `due`: the resolved due date as a day number and as an ISO date, when it has one.
 * - `overdueDays`: calendar days from the due date to `now` (0 when not yet due or without a due date).
 * - `carriedOver`: the meetings held after the one that raised it, up to `now`.
 *
 * @example
 * ```ts
 * import type { OpenAction } from 'crossdept';
 *
 * const a: OpenAction = {
 *   id: 'sync-2026-10-12/actions/0', meetingId: 'sync-2026-10-12', item: '协调采购部加急处理供应商产能',
 *   owner: 'zhao', dueDay: 20742, due: '2026-10-16', overdueDays: 41, carriedOver: 2,
 * };
 * ```
 */
export interface OpenAction {
  readonly id: string;
  readonly meetingId: string;
  readonly item: string;
  readonly owner?: string;
  readonly dueDay?: number;
  readonly due?: string;
  readonly overdueDays: number;
  readonly carriedOver: number;
}

/**
 * The open actions of a parsed collaboration at `nowDay` (see {@link openActions}); the meetings held after
 * `nowDay` have raised nothing yet.
 *
 * @param c - A parsed collaboration.
 * @param nowDay - Today as a day number.
 * @returns The open actions, oldest first.
 */
export function openActionsOf(c: Collaboration, nowDay: number): OpenAction[] {
  const days = meetingDays(c);
  const raised: { readonly day: number; readonly order: number; readonly action: OpenAction }[] = [];
  let order = 0;
  c.meetings.forEach((meeting) => {
    const day = toDayNumber(meeting.heldOn);
    meeting.actions?.forEach((item, index) => {
      order++;
      if (!(day <= nowDay) || isActionDone(item, nowDay)) return;
      const resolved = item.due === undefined ? undefined : toDayNumber(resolveDue(item.due, c.period));
      const dueDay = resolved !== undefined && Number.isFinite(resolved) ? resolved : undefined;
      const action: OpenAction = {
        id: item.id ?? `${meeting.id}/actions/${index}`,
        meetingId: meeting.id,
        item: item.item,
        ...(item.owner === undefined ? {} : { owner: item.owner }),
        ...(dueDay === undefined ? {} : { dueDay, due: fromDayNumber(dueDay) }),
        overdueDays: dueDay === undefined ? 0 : Math.max(0, nowDay - dueDay),
        carriedOver: meetingsBetween(days, day, nowDay),
      };
      raised.push({ day, order, action });
    });
  });
  raised.sort((a, b) => a.day - b.day || a.order - b.order);
  return raised.map((r) => r.action);
}

/**
 * Every action item not done at `now`, across meetings, oldest first (by the date of the meeting that raised
 * it, then in document order): the register a progress sync reads out under "open actions carried over". An
 * action is done when `done: true`, or when it has a `doneOn` on or before `now` and no `done: false`; actions
 * of meetings held after `now` are not raised yet. Deterministic; reads no clock.
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `now` (ISO date, required) and `locale` (of the messages of a rejection).
 * @returns The open actions.
 * @throws {@link RegisterError} (and never anything else) with code `invalid_options`, `invalid_locale`,
 *   `invalid_now`, or `invalid_collaboration` with the issues of `parseCollaboration`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { loadCollaboration, openActions } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   for (const a of openActions(loaded.data, { now: '2026-11-26' })) {
 *     console.log(a.id, a.owner, a.due, a.overdueDays, a.carriedOver);
 *   }
 * }
 * ```
 */
export function openActions(
  collaboration: Collaboration | CollaborationInput,
  options: OpenActionsOptions,
): readonly OpenAction[] {
  const { c, now } = readRegisterInput(collaboration, options, true);
  return openActionsOf(c, toDayNumber(now));
}
