import type { Locale } from '../i18n/locale.js';
import type { Collaboration } from '../model/types.js';
import { type OpenAction, openActionsOf } from '../registers/open-actions.js';
import { toDayNumber } from '../schedule/day.js';
import { fields, heading, table } from './blocks.js';
import { type TemplateContext, templateContext } from './context.js';
import type { Block, TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/**
 * The data of the open-actions register: a collaboration and the date it is seen from.
 *
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import type { OpenActionsSource } from './open-actions.js';
 *
 * const source = (c: Collaboration): OpenActionsSource => ({ collaboration: c, now: '2026-11-26' });
 * ```
 */
export interface OpenActionsSource {
  readonly collaboration: Collaboration;
  /** ISO date, checked by the caller. */
  readonly now: string;
}

const COLUMNS = [
  'openActions.item',
  'openActions.raised',
  'openActions.due',
  'openActions.overdue',
  'openActions.carried',
] as const;

function row(ctx: TemplateContext, meetings: ReadonlyMap<string, string>, a: OpenAction): string[] {
  return [
    a.item,
    meetings.get(a.meetingId) ?? a.meetingId,
    a.due ?? '',
    a.overdueDays > 0
      ? templateLabel(ctx.locale, 'openActions.overdueDays', { count: a.overdueDays })
      : templateLabel(ctx.locale, 'openActions.notDue'),
    String(a.carriedOver),
  ];
}

/**
 * Builds the open action items at `now`: every action not done, grouped by owner (owners in the order of their
 * most overdue action, no owner last), overdue ones first within each group, each with the meeting that raised
 * it, its due date, days overdue and the meetings it has been carried over. The blank form has one empty table.
 *
 * @param source - The collaboration and date, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { openActionsDocument } from './open-actions.js';
 * import { renderMarkdownDocument } from './render/markdown.js';
 *
 * const blankForm = renderMarkdownDocument(openActionsDocument(null, 'en'));
 * ```
 */
export function openActionsDocument(source: OpenActionsSource | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(source?.collaboration ?? null, locale);
  const title = templateLabel(locale, 'openActions.title');
  if (source === null) {
    return {
      locale,
      title,
      blocks: [
        fields(ctx, [
          ['projectName', ''],
          ['openActions.asOf', ''],
        ]),
        table(ctx, ['minutes.action.owner', ...COLUMNS], []),
      ],
    };
  }
  const { collaboration: c, now } = source;
  const actions = openActionsOf(c, toDayNumber(now));
  const meetings = new Map(c.meetings.map((m) => [m.id, `${m.heldOn} ${m.topic}`] as const));
  // Overdue first (most days first), then the rest oldest first: the list order is already oldest first.
  const ordered = actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => y.a.overdueDays - x.a.overdueDays || x.i - y.i)
    .map((x) => x.a);
  const groups = new Map<string, OpenAction[]>();
  for (const a of ordered) {
    const key = a.owner ?? '';
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const owners = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : 0));
  const overdue = actions.filter((a) => a.overdueDays > 0).length;
  const blocks: Block[] = [
    fields(ctx, [
      ['projectName', c.name],
      ['openActions.asOf', now],
      [
        'register.summary',
        templateLabel(locale, 'openActions.count', { count: actions.length, value: String(overdue) }),
      ],
    ]),
  ];
  if (actions.length === 0) blocks.push({ kind: 'paragraph', text: templateLabel(locale, 'none') });
  for (const owner of owners) {
    blocks.push(
      heading(
        2,
        owner === ''
          ? templateLabel(locale, 'openActions.noOwner')
          : templateLabel(locale, 'openActions.owner', { name: ctx.person(owner) }),
      ),
      table(
        ctx,
        COLUMNS,
        (groups.get(owner) ?? []).map((a) => row(ctx, meetings, a)),
      ),
    );
  }
  return { locale, title, subject: c.name, blocks };
}
