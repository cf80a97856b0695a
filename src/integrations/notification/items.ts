import type { Locale } from '../../i18n/locale.js';
import type { Collaboration } from '../../model/types.js';
import type { Report } from '../../rules/report.js';
import { type EscalationNotice, escalationNotices, escalationSubject } from '../escalations.js';
import { integrationWord } from '../words.js';

/**
 * The kinds of things a notification tells, in the order it tells them.
 *
 * @example
 * ```ts
 * import { NOTIFICATION_ITEM_KINDS } from 'crossdept';
 *
 * NOTIFICATION_ITEM_KINDS; // ['escalation', 'upcoming', 'error', 'warning']
 * ```
 */
export const NOTIFICATION_ITEM_KINDS = ['escalation', 'upcoming', 'error', 'warning'] as const;

/** One of {@link NOTIFICATION_ITEM_KINDS}. @example `const kind: NotificationItemKind = 'error';` */
export type NotificationItemKind = (typeof NOTIFICATION_ITEM_KINDS)[number];

/**
 * One thing a notification tells: an escalation due, one coming up, an error or a warning finding. Its `key` is
 * what a sender records once it is delivered, so the same finding or the same escalation level of the same
 * subject is never sent twice: `<collaboration>/escalation/<scope>/<subject>/<level>`,
 * `<collaboration>/upcoming/<scope>/<subject>/<level>`, `<collaboration>/finding/<rule>/<subject or path>`.
 *
 * @example
 * ```ts
 * import type { NotificationItem } from 'crossdept';
 *
 * const item: NotificationItem = { key: 'launch/finding/plan.milestone-overdue/beta', kind: 'error', text: '里程碑已逾期', subject: 'beta' };
 * ```
 */
export interface NotificationItem {
  readonly key: string;
  readonly kind: NotificationItemKind;
  /** The sentence shown, plain text in the requested locale. */
  readonly text: string;
  /** What it is about (a subject's name or id). */
  readonly subject: string;
  /** For escalations: the level, who decides and by when (ISO). */
  readonly level?: number;
  readonly decides?: string;
  readonly by?: string;
}

function escalationItem(
  c: Collaboration,
  e: EscalationNotice,
  locale: Locale,
  nameOf: (id: string) => string,
): NotificationItem {
  const subject = escalationSubject(c, e);
  const decides = [e.title, e.person !== undefined ? nameOf(e.person) : undefined].filter(Boolean).join(' ');
  const head = integrationWord(locale, e.when === 'due' ? 'escalationDue' : 'escalationUpcoming', {
    level: e.toLevel,
    name: subject,
  });
  const by = integrationWord(locale, 'by', {
    name: decides === '' ? integrationWord(locale, 'level', { level: e.toLevel }) : decides,
    date: e.on,
  });
  const sep = locale === 'zh-CN' ? '；' : '; ';
  const text = [head, by, ...(e.reason !== '' ? [e.reason] : [])].join(sep);
  return {
    key: `${c.id}/${e.when === 'due' ? 'escalation' : 'upcoming'}/${e.scope}/${e.subjectId}/${e.toLevel}`,
    kind: e.when === 'due' ? 'escalation' : 'upcoming',
    text,
    subject,
    level: e.toLevel,
    ...(decides !== '' ? { decides } : {}),
    by: e.on,
  };
}

/**
 * Everything a report could notify about, in the order a notification tells it: escalations due (with who
 * decides by when), escalations coming up, errors, warnings. Info findings are never notified. A finding appears
 * once per rule and subject.
 *
 * @param report - The report `evaluate` returned at `now` (checked by the caller).
 * @param c - The collaboration it is about.
 * @param now - The date it was evaluated at, ISO.
 * @param locale - The language of the texts.
 * @returns The items.
 * @example
 * ```ts
 * import type { Collaboration } from '../../model/types.js';
 * import type { Report } from '../../rules/report.js';
 * import { itemsOf } from './items.js';
 *
 * declare const report: Report;
 * declare const c: Collaboration;
 * itemsOf(report, c, '2026-11-26', 'zh-CN').map((i) => i.key);
 * ```
 */
export function itemsOf(report: Report, c: Collaboration, now: string, locale: Locale): NotificationItem[] {
  const person = new Map(c.people.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => person.get(id) ?? id;
  const { due, upcoming } = escalationNotices(report, now);
  const items = [...due, ...upcoming].map((e) => escalationItem(c, e, locale, nameOf));
  for (const severity of ['error', 'warning'] as const) {
    for (const f of report.findings) {
      if (f.severity !== severity) continue;
      const subject = f.subjectId ?? f.path;
      items.push({ key: `${c.id}/finding/${f.ruleId}/${subject}`, kind: severity, text: f.message, subject });
    }
  }
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.key)) return false;
    seen.add(i.key);
    return true;
  });
}
