import type { Locale } from '../i18n/locale.js';
import type { Collaboration, Meeting } from '../model/types.js';
import { fields, heading, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/**
 * The data of the minutes: a collaboration and one of its meetings.
 *
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import type { MinutesSource } from './minutes.js';
 *
 * const source = (c: Collaboration): MinutesSource | null =>
 *   c.meetings[0] ? { collaboration: c, meeting: c.meetings[0] } : null;
 * ```
 */
export interface MinutesSource {
  readonly collaboration: Collaboration;
  readonly meeting: Meeting;
}

/**
 * Builds Template 2, the cross-department meeting minutes (跨部门会议纪要): topic, time, place or form,
 * attendees (department, name, title); then the agenda: the progress sync (done items, undone items with their
 * reasons, the support needed), the discussion (dispute, each side's position, conclusion) and the action items
 * (item, owner, due). Each agenda item names the meeting's chair as its lead.
 *
 * @param source - The collaboration and meeting, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { minutesDocument } from './minutes.js';
 * import { renderHtmlDocument } from './render/html.js';
 *
 * const blankForm = renderHtmlDocument(minutesDocument(null, 'en'));
 * ```
 */
export function minutesDocument(source: MinutesSource | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(source?.collaboration ?? null, locale);
  const m = source?.meeting;
  const lead = ctx.blank
    ? templateLabel(locale, 'minutes.blankLead')
    : m?.chair === undefined
      ? undefined
      : ctx.person(m.chair);
  const form = m?.form === undefined ? undefined : templateLabel(locale, `channel.${m.form}`);
  const place = m
    ? m.location && form
      ? templateLabel(locale, 'aside', { main: m.location, note: form })
      : (m.location ?? form ?? '')
    : '';
  const agendaItem = (count: number, name: 'minutes.progress' | 'minutes.discussion' | 'minutes.actions') =>
    templateLabel(locale, 'minutes.agendaItem', { count, name: templateLabel(locale, name), lead });
  // The form has separate name and title columns, so attendees show the bare name.
  const people = new Map((source?.collaboration.people ?? []).map((p) => [p.id, p]));
  const attendeeRows = (m?.attendees ?? []).map((id) => {
    const p = people.get(id);
    return p ? [ctx.department(p.department), p.name, p.title ?? ''] : ['', id, ''];
  });
  const done = (m?.progress?.done ?? []).map((d) => [ctx.department(d.department), d.item]);
  const undone = (m?.progress?.undone ?? []).map((u) => [
    ctx.department(u.department),
    u.item,
    u.reason ?? '',
  ]);
  const needs = (m?.progress?.undone ?? [])
    .filter((u) => u.needs !== undefined && u.needs !== '')
    .map((u) => [ctx.department(u.department), u.item, u.needs ?? '']);
  const discussions = (m?.discussions ?? []).map((d) => [
    d.dispute,
    (d.positions ?? [])
      .map((p) =>
        templateLabel(locale, 'labelled', { label: ctx.department(p.department), value: p.position }),
      )
      .join('\n'),
    d.conclusion ?? '',
  ]);
  const actions = (m?.actions ?? []).map((a) => [a.item, ctx.person(a.owner), ctx.due(a.due)]);
  return {
    locale,
    title: templateLabel(locale, 'minutes.title'),
    ...(m ? { subject: m.topic } : {}),
    blocks: [
      fields(ctx, [
        ['minutes.topic', m?.topic ?? ''],
        ['minutes.time', m ? (m.time ? `${m.heldOn} ${m.time}` : m.heldOn) : ''],
        ['minutes.place', place],
      ]),
      heading(2, templateLabel(locale, 'minutes.attendees')),
      table(
        ctx,
        ['minutes.attendee.department', 'minutes.attendee.name', 'minutes.attendee.title'],
        attendeeRows,
      ),
      heading(2, templateLabel(locale, 'minutes.agenda')),
      heading(3, agendaItem(1, 'minutes.progress')),
      heading(4, templateLabel(locale, 'minutes.done')),
      table(ctx, ['minutes.done.department', 'minutes.done.item'], done),
      heading(4, templateLabel(locale, 'minutes.undone')),
      table(ctx, ['minutes.undone.department', 'minutes.undone.item', 'minutes.undone.reason'], undone),
      heading(4, templateLabel(locale, 'minutes.needs')),
      table(ctx, ['minutes.needs.department', 'minutes.needs.item', 'minutes.needs.support'], needs),
      heading(3, agendaItem(2, 'minutes.discussion')),
      table(
        ctx,
        ['minutes.discussion.dispute', 'minutes.discussion.positions', 'minutes.discussion.conclusion'],
        discussions,
      ),
      heading(3, agendaItem(3, 'minutes.actions')),
      table(ctx, ['minutes.action.item', 'minutes.action.owner', 'minutes.action.due'], actions),
    ],
  };
}
