import { isIsoDate } from '../model/primitives.js';
import type { Collaboration } from '../model/types.js';
import type { Action, Report } from '../rules/report.js';

/**
 * An escalation to tell people about: one due now (an `escalate` action of the report) or one coming up (an
 * entry of the report's `upcoming` list, when the rules produce one), with the date it falls due.
 *
 * @example
 * ```ts
 * import type { EscalationNotice } from 'crossdept';
 *
 * const notice: EscalationNotice = { when: 'due', on: '2026-11-26', ruleId: 'conflict.escalate-after-failed-negotiation', scope: 'conflict', subjectId: 'budget-priority', toLevel: 2, reason: '…' };
 * ```
 */
export interface EscalationNotice {
  readonly when: 'due' | 'upcoming';
  /** The date it is due, ISO: `now` for one due. */
  readonly on: string;
  readonly ruleId: string;
  readonly scope: string;
  readonly subjectId: string;
  readonly toLevel: number;
  /** Who decides at that level: the level's title and person, when the ladder names them. */
  readonly title?: string;
  readonly person?: string;
  readonly reason: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function fromAction(a: Action, now: string): EscalationNotice {
  return {
    when: 'due',
    on: a.dueOn ?? now,
    ruleId: a.ruleId,
    scope: a.scope,
    subjectId: a.subjectId,
    toLevel: a.toLevel,
    ...(a.title !== undefined ? { title: a.title } : {}),
    ...(a.person !== undefined ? { person: a.person } : {}),
    reason: a.reason,
  };
}

/** One entry of `report.upcoming`, read field by field: the list is newer than this module and may grow. */
function fromUpcoming(entry: unknown): EscalationNotice | undefined {
  if (!isObject(entry)) return undefined;
  const on = text(entry.dueOn);
  const subjectId = text(entry.subjectId);
  const level = entry.toLevel;
  if (on === undefined || !isIsoDate(on) || subjectId === undefined || typeof level !== 'number')
    return undefined;
  const title = text(entry.title);
  const person = text(entry.person);
  return {
    when: 'upcoming',
    on,
    ruleId: text(entry.ruleId) ?? '',
    scope: text(entry.scope) ?? '',
    subjectId,
    toLevel: level,
    ...(title !== undefined ? { title } : {}),
    ...(person !== undefined ? { person } : {}),
    reason: text(entry.reason) ?? text(entry.message) ?? '',
  };
}

/**
 * The escalations a report asks for: those due now (its `escalate` actions, dated `now`) and those coming up
 * (its `upcoming` list when the report has one, by date). The one place notifications and calendars read
 * escalations from.
 *
 * @param report - A report `evaluate` returned.
 * @param now - The date the report was evaluated at, ISO.
 * @returns The escalations due, in the report's order, and those coming up, by date.
 * @example
 * ```ts
 * import type { Report } from '../rules/report.js';
 * import { escalationNotices } from './escalations.js';
 *
 * declare const report: Report;
 * const { due, upcoming } = escalationNotices(report, '2026-11-26');
 * ```
 */
export function escalationNotices(
  report: Report,
  now: string,
): { readonly due: readonly EscalationNotice[]; readonly upcoming: readonly EscalationNotice[] } {
  const due = report.actions.filter((a) => a.type === 'escalate').map((a) => fromAction(a, now));
  const list: unknown = (report as { readonly upcoming?: unknown }).upcoming;
  const upcoming = Array.isArray(list)
    ? list
        .map(fromUpcoming)
        .filter((n): n is EscalationNotice => n !== undefined)
        .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    : [];
  return { due, upcoming };
}

/**
 * What an escalation is about, in words: the conflict's subject, the milestone's or risk's name, the incident's
 * description; the id when the subject is not found.
 *
 * @param c - The collaboration.
 * @param notice - The escalation.
 * @returns The subject's name.
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import { type EscalationNotice, escalationSubject } from './escalations.js';
 *
 * declare const c: Collaboration;
 * declare const notice: EscalationNotice;
 * escalationSubject(c, notice); // '线上推广预算与线下渠道投入的优先级'
 * ```
 */
export function escalationSubject(c: Collaboration, notice: EscalationNotice): string {
  const id = notice.subjectId;
  const found =
    notice.scope === 'conflict'
      ? c.conflicts.find((x) => x.id === id)?.subject
      : notice.scope === 'milestone'
        ? c.milestones.find((x) => x.id === id)?.name
        : notice.scope === 'risk'
          ? c.risks.find((x) => x.id === id)?.description
          : notice.scope === 'incident'
            ? c.incidents.find((x) => x.id === id)?.description
            : notice.scope === 'collaboration'
              ? c.name
              : undefined;
  return typeof found === 'string' && found !== '' ? found : id;
}
