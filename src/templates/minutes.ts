import { match } from 'ts-pattern';
import type { Locale } from '../i18n/locale.js';
import type { MeetingKind } from '../model/meeting.js';
import type { Collaboration, Meeting } from '../model/types.js';
import { openActionsOf } from '../registers/open-actions.js';
import { toDayNumber } from '../schedule/day.js';
import { fields, heading, table } from './blocks.js';
import { type TemplateContext, templateContext } from './context.js';
import type { Block, FieldValue, TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';
import type { TemplateLabelCode } from './labels/codes.js';

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

type Part = 'minutes.progress' | 'minutes.discussion' | 'minutes.decisions' | 'minutes.actions';

/** The agenda by meeting kind: a decision meeting leads with its decisions, a progress sync with progress. */
function agendaOf(kind: MeetingKind | undefined): readonly Part[] {
  return match(kind)
    .with(
      'decision',
      () => ['minutes.decisions', 'minutes.discussion', 'minutes.progress', 'minutes.actions'] as const,
    )
    .with(
      'review',
      'ad-hoc',
      'retrospective',
      () => ['minutes.discussion', 'minutes.decisions', 'minutes.progress', 'minutes.actions'] as const,
    )
    .with(
      'progress-sync',
      undefined,
      () => ['minutes.progress', 'minutes.discussion', 'minutes.decisions', 'minutes.actions'] as const,
    )
    .exhaustive();
}

/** The open actions of earlier meetings at the meeting's date: raised before it, not done by then. */
function carriedOver(ctx: TemplateContext, c: Collaboration, m: Meeting): string[][] {
  const day = toDayNumber(m.heldOn);
  if (!Number.isFinite(day)) return [];
  const position = new Map(c.meetings.map((meeting, i) => [meeting.id, i] as const));
  const here = c.meetings.indexOf(m);
  const byId = new Map(c.meetings.map((meeting) => [meeting.id, meeting] as const));
  return openActionsOf(c, day)
    .filter((a) => {
      const raisedAt = byId.get(a.meetingId);
      if (raisedAt === undefined || raisedAt === m) return false;
      // Earlier: held before, or the same day and earlier in the minutes.
      return raisedAt.heldOn < m.heldOn || (position.get(a.meetingId) ?? 0) < here;
    })
    .map((a) => {
      const raisedAt = byId.get(a.meetingId);
      return [
        a.item,
        ctx.person(a.owner),
        a.due ?? '',
        raisedAt ? `${raisedAt.heldOn} ${raisedAt.topic}` : a.meetingId,
        String(a.carriedOver),
        a.overdueDays > 0
          ? templateLabel(ctx.locale, 'openActions.overdueDays', { count: a.overdueDays })
          : '',
      ];
    });
}

/**
 * Builds Template 2, the cross-department meeting minutes (跨部门会议纪要): topic, time, place or form, who
 * recorded them, where they went and the next meeting; attendees (department, name, title); then the agenda in
 * the order of the meeting's kind (a decision meeting leads with its decisions, a progress sync with progress):
 * the progress sync (done items, undone items with their reasons, the support needed), the discussion (dispute,
 * lead, each side's position, conclusion), the decisions taken (from the decision log) and the action items
 * (item, owner, due, done or open). Each part names its owner, else the meeting's chair. Last, the open actions
 * of earlier meetings at the meeting's date ("上次行动项跟进").
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
  const c = source?.collaboration;
  const m = source?.meeting;
  const blankLead = templateLabel(locale, 'minutes.blankLead');
  const chair = m?.chair === undefined ? undefined : ctx.person(m.chair);
  const leadOf = (owner: string | undefined) =>
    ctx.blank ? blankLead : owner === undefined ? chair : ctx.person(owner);
  const form = m?.form === undefined ? undefined : templateLabel(locale, `channel.${m.form}`);
  const place = m
    ? m.location && form
      ? templateLabel(locale, 'aside', { main: m.location, note: form })
      : (m.location ?? form ?? '')
    : '';
  const agendaItem = (count: number, name: Part, lead: string | undefined) =>
    templateLabel(locale, 'minutes.agendaItem', { count, name: templateLabel(locale, name), lead });
  // The form has separate name and title columns, so attendees show the bare name.
  const people = new Map((c?.people ?? []).map((p) => [p.id, p]));
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
    leadOf(d.owner) ?? '',
    (d.positions ?? [])
      .map((p) =>
        templateLabel(locale, 'labelled', { label: ctx.department(p.department), value: p.position }),
      )
      .join('\n'),
    d.conclusion ?? '',
  ]);
  // One owner for the whole discussion part when every discussion names the same one.
  const discussionOwners = new Set((m?.discussions ?? []).map((d) => d.owner));
  const discussionOwner = discussionOwners.size === 1 ? [...discussionOwners][0] : undefined;
  const decisionIds = new Set(m?.decisions ?? []);
  const decisions = (c?.decisions ?? [])
    .filter(
      (d) =>
        decisionIds.has(d.id) ||
        ('meeting' in (d.source ?? {}) && (d.source as { meeting: string }).meeting === m?.id),
    )
    .map((d) => [d.title, d.outcome, ctx.person(d.approver), ctx.person(d.driver)]);
  const actions = (m?.actions ?? []).map((a) => [
    a.item,
    ctx.person(a.owner),
    ctx.due(a.due),
    a.done === true || (a.done === undefined && a.doneOn !== undefined)
      ? a.doneOn === undefined
        ? templateLabel(locale, 'minutes.action.done')
        : templateLabel(locale, 'minutes.action.doneOn', { date: a.doneOn })
      : templateLabel(locale, 'minutes.action.open'),
  ]);
  const parts: Record<Part, (n: number) => Block[]> = {
    'minutes.progress': (n) => [
      heading(3, agendaItem(n, 'minutes.progress', leadOf(m?.progress?.owner))),
      heading(4, templateLabel(locale, 'minutes.done')),
      table(ctx, ['minutes.done.department', 'minutes.done.item'], done),
      heading(4, templateLabel(locale, 'minutes.undone')),
      table(ctx, ['minutes.undone.department', 'minutes.undone.item', 'minutes.undone.reason'], undone),
      heading(4, templateLabel(locale, 'minutes.needs')),
      table(ctx, ['minutes.needs.department', 'minutes.needs.item', 'minutes.needs.support'], needs),
    ],
    'minutes.discussion': (n) => [
      heading(3, agendaItem(n, 'minutes.discussion', leadOf(discussionOwner))),
      table(
        ctx,
        [
          'minutes.discussion.dispute',
          'minutes.discussion.lead',
          'minutes.discussion.positions',
          'minutes.discussion.conclusion',
        ],
        discussions,
      ),
    ],
    'minutes.decisions': (n) => [
      heading(3, agendaItem(n, 'minutes.decisions', leadOf(undefined))),
      table(
        ctx,
        [
          'register.decision.title',
          'register.decision.outcome',
          'register.decision.approver',
          'register.decision.driver',
        ],
        decisions,
      ),
    ],
    'minutes.actions': (n) => [
      heading(3, agendaItem(n, 'minutes.actions', leadOf(undefined))),
      table(
        ctx,
        ['minutes.action.item', 'minutes.action.owner', 'minutes.action.due', 'minutes.action.status'],
        actions,
      ),
    ],
  };
  const optional: (readonly [TemplateLabelCode, FieldValue])[] = [];
  if (ctx.blank || m?.recorder !== undefined) optional.push(['minutes.recorder', ctx.person(m?.recorder)]);
  if (ctx.blank || m?.distribution !== undefined)
    optional.push([
      'minutes.distribution',
      (m?.distribution ?? []).map((id) => ctx.party(id)).join(templateLabel(locale, 'listSeparator')),
    ]);
  if (ctx.blank || m?.nextOn !== undefined) optional.push(['minutes.nextOn', m?.nextOn ?? '']);
  return {
    locale,
    title: templateLabel(locale, 'minutes.title'),
    ...(m ? { subject: m.topic } : {}),
    blocks: [
      fields(ctx, [
        ['minutes.topic', m?.topic ?? ''],
        ['minutes.time', m ? (m.time ? `${m.heldOn} ${m.time}` : m.heldOn) : ''],
        ['minutes.place', place],
        ...optional,
      ]),
      heading(2, templateLabel(locale, 'minutes.attendees')),
      table(
        ctx,
        ['minutes.attendee.department', 'minutes.attendee.name', 'minutes.attendee.title'],
        attendeeRows,
      ),
      heading(2, templateLabel(locale, 'minutes.agenda')),
      ...agendaOf(m?.kind).flatMap((part, i) => parts[part](i + 1)),
      heading(2, templateLabel(locale, 'minutes.carried')),
      table(
        ctx,
        [
          'openActions.item',
          'minutes.action.owner',
          'openActions.due',
          'minutes.carried.raised',
          'minutes.carried.count',
          'minutes.carried.overdue',
        ],
        c && m ? carriedOver(ctx, c, m) : [],
      ),
    ],
  };
}
