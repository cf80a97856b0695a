import type { Locale } from '../i18n/locale.js';
import type { Collaboration, Meeting } from '../model/types.js';
import { fields, heading, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';

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
  const L = ctx.labels;
  const M = L.minutes;
  const m = source?.meeting;
  const lead = ctx.blank ? M.blankLead : m?.chair === undefined ? undefined : ctx.person(m.chair);
  const place = m
    ? m.location && m.form
      ? L.aside(m.location, L.channel[m.form])
      : (m.location ?? (m.form ? L.channel[m.form] : ''))
    : '';
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
    (d.positions ?? []).map((p) => L.labelled(ctx.department(p.department), p.position)).join('\n'),
    d.conclusion ?? '',
  ]);
  const actions = (m?.actions ?? []).map((a) => [a.item, ctx.person(a.owner), ctx.due(a.due)]);
  return {
    locale,
    title: M.title,
    ...(m ? { subject: m.topic } : {}),
    blocks: [
      fields(ctx, [
        [M.topic, m?.topic ?? ''],
        [M.time, m ? (m.time ? `${m.heldOn} ${m.time}` : m.heldOn) : ''],
        [M.place, place],
      ]),
      heading(2, M.attendees),
      table(ctx, M.attendeeColumns, attendeeRows),
      heading(2, M.agenda),
      heading(3, M.agendaItem(1, M.progress, lead)),
      heading(4, M.done),
      table(ctx, M.doneColumns, done),
      heading(4, M.undone),
      table(ctx, M.undoneColumns, undone),
      heading(4, M.needs),
      table(ctx, M.needsColumns, needs),
      heading(3, M.agendaItem(2, M.discussion, lead)),
      table(ctx, M.discussionColumns, discussions),
      heading(3, M.agendaItem(3, M.actions, lead)),
      table(ctx, M.actionColumns, actions),
    ],
  };
}
