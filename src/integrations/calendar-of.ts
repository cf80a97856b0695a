import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Locale } from '../i18n/locale.js';
import { parseCollaborationForOneUse } from '../model/parse.js';
import { isIsoDate } from '../model/primitives.js';
import type { Collaboration, CollaborationInput, Meeting } from '../model/types.js';
import type { Report } from '../rules/report.js';
import { forecastMilestones } from '../schedule/critical-path.js';
import { addDays, toDayNumber } from '../schedule/day.js';
import { IntegrationError } from './errors.js';
import { escalationNotices, escalationSubject } from './escalations.js';
import { refold } from './fold.js';
import { openActionItems } from './open-actions.js';
import { checkReport, readIntegrationOptions } from './read-options.js';
import { integrationWord } from './words.js';

/**
 * Options of {@link calendarOf}.
 *
 * @example
 * ```ts
 * import type { CalendarOfOptions } from 'crossdept';
 *
 * const options: CalendarOfOptions = { now: '2026-11-26', locale: 'zh-CN' };
 * ```
 */
export interface CalendarOfOptions {
  /** The date the calendar is made at, ISO: the forecasts are seen from it, and it dates the events' updates. */
  readonly now: string;
  /** The language of the events' titles and descriptions. */
  readonly locale: Locale;
  /** The report `evaluate` returned at `now`: its escalations due and coming up become events. */
  readonly report?: Report;
}

const PRODUCT_ID = '-//crossdept//crossdept//EN';

function dateArray(iso: string): DateArray {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/**
 * What makes a newer file update the events it shares with an older one: the sequence is the number of days from
 * 2000-01-01 to `now` (a later export has a higher one) and DTSTAMP is `now` at midnight UTC. Neither reads the
 * clock.
 */
function revision(now: string): { readonly sequence: number; readonly timestamp: number } {
  const [y, m, d] = dateArray(now);
  return {
    sequence: Math.max(0, toDayNumber(now) - toDayNumber('2000-01-01')),
    timestamp: Date.UTC(y, m - 1, d),
  };
}

/** An all-day event: DTSTART a date, DTEND the next day (exclusive, as RFC 5545 reads it). */
function allDay(iso: string): { readonly start: DateArray; readonly end: DateArray } {
  return { start: dateArray(iso), end: dateArray(addDays(iso, 1)) };
}

/** A meeting's time: `HH:MM` (an hour long) or `HH:MM-HH:MM`, floating (the attendees' local time). */
function meetingTime(m: Meeting): Partial<EventAttributes> {
  if (m.time === undefined) return allDay(m.heldOn);
  const [from, to] = m.time.split('-');
  const [h, min] = from!.split(':').map(Number) as [number, number];
  const [y, mo, d] = dateArray(m.heldOn);
  const start: DateArray = [y, mo, d, h, min];
  const local = { startInputType: 'local', startOutputType: 'local' } as const;
  if (to === undefined) return { start, duration: { hours: 1 }, ...local };
  const [th, tmin] = to.split(':').map(Number) as [number, number];
  const minutes = th * 60 + tmin - (h * 60 + min);
  if (minutes <= 0) return { start, duration: { hours: 1 }, ...local };
  return {
    start,
    duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
    ...local,
  };
}

/** RFC 5545 TEXT holds no control character but the line breaks it escapes (and tab): drop the others. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function clean(event: EventAttributes): EventAttributes {
  const copy: Record<string, unknown> = { ...event };
  for (const key of ['title', 'description', 'location', 'calName'] as const) {
    const value = copy[key];
    if (typeof value === 'string') copy[key] = value.replace(CONTROL, '');
  }
  return copy as unknown as EventAttributes;
}

function events(
  c: Collaboration,
  now: string,
  locale: Locale,
  report: Report | undefined,
): EventAttributes[] {
  const w = (code: Parameters<typeof integrationWord>[1], params?: Parameters<typeof integrationWord>[2]) =>
    integrationWord(locale, code, params);
  const person = new Map(c.people.map((p) => [p.id, p.name]));
  const department = new Map(c.departments.map((d) => [d.id, d.name]));
  const nameOf = (id: string) => person.get(id) ?? id;
  const uid = (kind: string, id: string) => `${c.id}/${kind}/${id}@crossdept`;
  const base = { ...revision(now), productId: PRODUCT_ID, calName: w('calendarName', { name: c.name }) };
  const forecast = new Map(forecastMilestones(c, now).map((f) => [f.id, f]));
  const out: EventAttributes[] = [];

  for (const m of c.milestones) {
    const f = forecast.get(m.id);
    if (f === undefined || !isIsoDate(f.due)) continue; // on a cycle, or a due date that does not resolve
    const slip =
      f.slipDays > 0
        ? w('late', { count: f.slipDays })
        : f.slipDays < 0
          ? w('early', { count: -f.slipDays })
          : w('onTime');
    const lines = [
      w('status', { value: w(`status.${m.status}`) }),
      w(f.done ? 'completed' : 'forecast', { date: f.forecastFinish, value: slip }),
      ...(m.department !== undefined
        ? [w('department', { name: department.get(m.department) ?? m.department })]
        : []),
      ...(m.owner !== undefined ? [w('owner', { name: nameOf(m.owner) })] : []),
    ];
    out.push({
      ...base,
      ...allDay(f.due),
      uid: uid('milestone', m.id),
      title: w('milestone', { name: m.name }),
      description: lines.join('\n'),
      status: 'CONFIRMED',
      categories: ['milestone'],
      transp: 'TRANSPARENT',
    } as EventAttributes);
  }

  for (const m of c.meetings) {
    const lines = [
      w('meetingKind', { value: w(`kind.${m.kind}`) }),
      ...(m.form !== undefined ? [w('form', { value: w(`channel.${m.form}`) })] : []),
      ...(m.chair !== undefined ? [w('chair', { name: nameOf(m.chair) })] : []),
      ...(m.attendees !== undefined && m.attendees.length > 0
        ? [w('attendees', { value: m.attendees.map(nameOf).join(locale === 'zh-CN' ? '、' : ', ') })]
        : []),
    ];
    const location = m.location ?? (m.form !== undefined ? w(`channel.${m.form}`) : undefined);
    out.push({
      ...base,
      ...meetingTime(m),
      uid: uid('meeting', m.id),
      title: m.topic,
      description: lines.join('\n'),
      ...(location !== undefined ? { location } : {}),
      status: 'CONFIRMED',
      categories: ['meeting'],
    } as EventAttributes);
  }

  const meetingOf = new Map(c.meetings.map((m) => [m.id, m]));
  for (const a of openActionItems(c, now)) {
    const meeting = meetingOf.get(a.meeting);
    const lines = [
      ...(a.owner !== undefined ? [w('owner', { name: nameOf(a.owner) })] : []),
      ...(meeting !== undefined ? [w('fromMeeting', { name: meeting.topic, date: meeting.heldOn })] : []),
    ];
    out.push({
      ...base,
      ...allDay(a.due),
      uid: uid('action', a.id),
      title: w('action', { name: a.item }),
      description: lines.join('\n'),
      categories: ['action'],
      transp: 'TRANSPARENT',
    } as EventAttributes);
  }

  if (report !== undefined) {
    const { due, upcoming } = escalationNotices(report, now);
    for (const e of [...due, ...upcoming]) {
      const decider = [e.title, e.person !== undefined ? nameOf(e.person) : undefined]
        .filter(Boolean)
        .join(' ');
      const lines = [
        ...(decider !== '' ? [w('decides', { name: decider })] : []),
        ...(e.reason !== '' ? [w('reason', { value: e.reason })] : []),
      ];
      out.push({
        ...base,
        ...allDay(e.on),
        uid: uid('escalation', `${e.subjectId}.${e.toLevel}`),
        title: w(e.when === 'due' ? 'escalationDue' : 'escalationUpcoming', {
          level: e.toLevel,
          name: escalationSubject(c, e),
        }),
        description: lines.join('\n'),
        categories: ['escalation'],
      } as EventAttributes);
    }
  }
  return out;
}

/**
 * A collaboration's calendar as iCalendar (RFC 5545) text, to import into or subscribe from Outlook, Google
 * Calendar, DingTalk, Feishu or WeCom: milestones as all-day events on their due dates (status and forecast in
 * the description), meetings at their time and place, open action items on their due dates, and — given the
 * report — escalations due (on `now`) and coming up (on their dates). Every event's UID is stable,
 * `<collaboration>/<kind>/<id>@crossdept`, so importing a newer file updates events instead of duplicating them;
 * its SEQUENCE and DTSTAMP grow with `now`. Lines are folded at 75 octets, never inside a character. Built with
 * `ics`; the same input gives the same text, and no clock is read.
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `now` and `locale`; `report` for the escalations.
 * @returns The iCalendar text, CRLF line endings.
 * @throws {@link IntegrationError} (and nothing else): `invalid_options`, `invalid_locale`, `invalid_now`,
 *   `invalid_report`, or `invalid_collaboration` with the issues of `parseCollaboration`.
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { calendarOf, loadCollaboration } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) writeFileSync('plan.ics', calendarOf(loaded.data, { now: '2026-11-26', locale: 'zh-CN' }));
 * ```
 */
export function calendarOf(
  collaboration: Collaboration | CollaborationInput,
  options: CalendarOfOptions,
): string {
  const { now, locale, values } = readIntegrationOptions(options, ['now', 'locale', 'report']);
  const report =
    values.report === undefined || values.report === null
      ? undefined
      : checkReport(values.report, locale, ['report']);
  const parsed = parseCollaborationForOneUse(collaboration, { locale });
  if (!parsed.success) throw new IntegrationError('invalid_collaboration', parsed.issues);
  const list = events(parsed.data, now, locale, report).map(clean);
  if (list.length === 0) {
    // ics refuses an empty list; an empty calendar is still a calendar.
    return refold(
      ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'METHOD:PUBLISH', 'END:VCALENDAR'].join(
        '\r\n',
      ),
    );
  }
  const { error, value } = createEvents(list);
  if (error !== null || value === null || value === undefined) {
    // Every value was checked or built here, so this is a defect; it is reported, never thrown untyped.
    throw new IntegrationError('invalid_collaboration', [
      { code: 'invalid_collaboration', path: [], pointer: '', message: String(error) },
    ]);
  }
  return refold(value);
}
