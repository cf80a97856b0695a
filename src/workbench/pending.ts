// The sections of the workbench computed by the library's own functions: health and goal attainment (outcomes),
// the escalation ladder with its upcoming escalations (escalationLadder), and the registers (openActions,
// raciMatrix, the problem and decision logs). Each adapter here turns one result into the shape the pages read.

import type { Locale } from '../index.js';
import {
  type Collaboration,
  type EscalationLadderEntry,
  goalAttainment,
  health,
  openActions as openActionsOf,
} from '../index.js';
import type { FileAnalysis } from './analyze.js';
import { wbMessage } from './messages.js';

/**
 * A collaboration's health: green, amber or red, with the reasons a PMO reads on hover.
 *
 * @example
 * ```ts
 * import type { HealthView } from './pending.js';
 *
 * const h: HealthView = { level: 'green', reasons: ['no error or warning'], provisional: true };
 * ```
 */
export interface HealthView {
  readonly level: 'green' | 'amber' | 'red';
  readonly reasons: readonly string[];
  /** True when the status was not computed by the library's `health` (it never is today; kept for old pages). */
  readonly provisional: boolean;
}

/**
 * One rung of the escalation ladder: a subject that must go up, to whom, by when.
 *
 * @example
 * ```ts
 * import type { LadderEntry } from './pending.js';
 *
 * const e: LadderEntry = { subject: 'launch', level: 1, title: 'manager', decider: null, decideBy: null, reason: 'late', due: true };
 * ```
 */
export interface LadderEntry {
  readonly subject: string;
  readonly level: number;
  readonly title: string | null;
  /** The person who decides at that level, by name. */
  readonly decider: string | null;
  /** The ISO date the decision is due, when known. */
  readonly decideBy: string | null;
  readonly reason: string;
  /** Due now (true) or coming up (false). */
  readonly due: boolean;
}

/**
 * The registers: open actions, problems, decisions and who is responsible for what.
 *
 * @example
 * ```ts
 * import type { Registers } from './pending.js';
 *
 * const r: Registers = { openActions: [], problems: [], decisions: [], raci: [] };
 * ```
 */
export interface Registers {
  readonly openActions: readonly {
    readonly item: string;
    readonly owner: string | null;
    readonly due: string | null;
    readonly meeting: string;
  }[];
  readonly problems: readonly {
    readonly id: string;
    readonly kind: 'problem' | 'conflict' | 'incident';
    readonly subject: string;
    readonly since: string;
    readonly status: string;
  }[];
  readonly decisions: readonly {
    readonly subject: string;
    readonly decision: string;
    readonly on: string | null;
  }[];
  readonly raci: readonly {
    readonly department: string;
    readonly duty: string;
    readonly responsible: string | null;
    readonly accountable: string | null;
  }[];
}

/**
 * The goal's measures with their targets and, when known, what was attained.
 *
 * @example
 * ```ts
 * import type { Attainment } from './pending.js';
 *
 * const a: Attainment = { statement: 'sell', measures: [{ metric: 'sales', target: 5, unit: 'CNY', actual: null }] };
 * ```
 */
export interface Attainment {
  readonly statement: string;
  readonly measures: readonly {
    readonly metric: string;
    readonly target: number | string | null;
    readonly unit: string | null;
    readonly actual: number | null;
  }[];
}

/**
 * A collaboration's health at its analysis date, as the library's {@link health} defines it (red: an error
 * finding, an escalation due or exhausted, a critical milestone forecast late; amber: warnings, an escalation
 * coming up, a measure off track, little float on a critical milestone; green otherwise), with its reasons.
 *
 * @param analysis - The file's analysis.
 * @param locale - The locale of the reasons.
 * @returns The health, or undefined for a file that does not parse.
 * @example
 * ```ts
 * import { analyzeFile } from './analyze.js';
 * import { healthOf } from './pending.js';
 *
 * healthOf(analyzeFile({ path: 'a.yaml', text: 'id: [' }, { now: '2026-11-26', locale: 'en' }), 'en'); // undefined
 * ```
 */
export function healthOf(analysis: FileAnalysis, locale: Locale): HealthView | undefined {
  if (analysis.kind === 'invalid') return undefined;
  const { report, summary, collaboration } = analysis;
  const result = health(collaboration, { now: summary.now, report, locale });
  const reasons = result.reasons.map((r) => r.message);
  return {
    level: result.status,
    reasons: reasons.length > 0 ? reasons : [wbMessage(locale, 'reason.fine')],
    provisional: false,
  };
}

/**
 * The escalation ladder's rows: from the entries `escalationLadder` gave at `now`, every subject with a level due,
 * and every one whose next level comes up soon, with the person who decides at that level and the date it is due.
 *
 * @param collaboration - The collaboration.
 * @param ladder - `escalationLadder(collaboration, { now, locale })`, computed once by the caller.
 * @returns The entries, due first, then coming up, each by date.
 * @example
 * ```ts
 * import { type Collaboration, escalationLadder } from '../index.js';
 * import { ladderOf } from './pending.js';
 *
 * declare const collaboration: Collaboration;
 * const ladder = escalationLadder(collaboration, { now: '2026-11-26', locale: 'en' });
 * ladderOf(collaboration, ladder).filter((e) => e.due).length;
 * ```
 */
export function ladderOf(
  collaboration: Collaboration,
  ladder: readonly EscalationLadderEntry[],
): readonly LadderEntry[] {
  const people = new Map(collaboration.people.map((p) => [p.id, p.name]));
  const person = (id: string | undefined): string | null =>
    id === undefined ? null : (people.get(id) ?? id);
  const entries = ladder.flatMap((e): LadderEntry[] => {
    const step = e.due ?? e.upcoming;
    if (step === undefined) return [];
    return [
      {
        subject: e.name || e.subjectId,
        level: step.toLevel,
        title: step.title ?? null,
        decider: person(step.person),
        decideBy: step.dueOn,
        reason: `${e.kind}/${e.subjectId}`,
        due: e.due !== undefined,
      },
    ];
  });
  return entries.sort(
    (a, b) => Number(b.due) - Number(a.due) || (a.decideBy ?? '').localeCompare(b.decideBy ?? ''),
  );
}

/**
 * The registers at `now`: the open actions across meetings ({@link openActions}), the problem log's open problems
 * with the conflicts not resolved and incidents not closed, the decision log with the decisions meetings and
 * escalations recorded, and the responsibility table's R and A (the `accountable` person when the collaboration
 * uses RACI, else the team leader).
 *
 * @param collaboration - The collaboration.
 * @param now - The date, ISO.
 * @returns The registers.
 * @example
 * ```ts
 * import type { Collaboration } from '../index.js';
 * import { registersOf } from './pending.js';
 *
 * declare const collaboration: Collaboration;
 * registersOf(collaboration, '2026-11-26').openActions.length;
 * ```
 */
export function registersOf(collaboration: Collaboration, now: string): Registers {
  const people = new Map(collaboration.people.map((p) => [p.id, p.name]));
  const departments = new Map(collaboration.departments.map((d) => [d.id, d.name]));
  const meetings = new Map(collaboration.meetings.map((m) => [m.id, m.topic ?? m.id]));
  const person = (id: string | undefined): string | null =>
    id === undefined ? null : (people.get(id) ?? id);
  const openActions = openActionsOf(collaboration, { now }).map((a) => ({
    item: a.item,
    owner: person(a.owner),
    due: a.due ?? null,
    meeting: meetings.get(a.meetingId) ?? a.meetingId,
  }));
  const problems = [
    ...(collaboration.problems ?? [])
      .filter((p) => p.status !== 'resolved')
      .map((p) => ({
        id: p.id,
        kind: 'problem' as const,
        subject: p.description,
        since: p.raisedOn,
        status: p.status,
      })),
    ...collaboration.conflicts
      .filter((c) => c.status !== 'resolved')
      .map((c) => ({
        id: c.id,
        kind: 'conflict' as const,
        subject: c.subject,
        since: c.raisedOn,
        status: c.status,
      })),
    ...collaboration.incidents
      .filter((i) => i.status !== 'closed')
      .map((i) => ({
        id: i.id,
        kind: 'incident' as const,
        subject: i.description,
        since: i.occurredOn,
        status: i.status,
      })),
  ];
  const decisions = [
    ...(collaboration.decisions ?? []).map((d) => ({ subject: d.title, decision: d.outcome, on: d.on })),
    ...collaboration.meetings.flatMap((m) =>
      (m.discussions ?? []).flatMap((d) =>
        d.conclusion === undefined
          ? []
          : [{ subject: d.dispute, decision: d.conclusion, on: m.heldOn ?? null }],
      ),
    ),
    ...collaboration.conflicts.flatMap((c) =>
      (c.escalations ?? []).flatMap((e) =>
        e.decision === undefined ? [] : [{ subject: c.subject, decision: e.decision, on: e.on }],
      ),
    ),
  ];
  const usesRaci = collaboration.responsibilities.some((r) => r.accountable !== undefined);
  const leader = person(collaboration.team?.leader);
  const raci = collaboration.responsibilities.map((r) => ({
    department: departments.get(r.department) ?? r.department,
    duty: r.duty ?? r.deliverable ?? '',
    responsible: person(r.owner),
    accountable: usesRaci ? person(r.accountable) : leader,
  }));
  return { openActions, problems, decisions, raci };
}

/**
 * The goal's measures against their targets at `now` ({@link goalAttainment}): the latest actual of each.
 *
 * @param collaboration - The collaboration.
 * @param now - The date, ISO.
 * @returns The attainment, or undefined without a goal.
 * @example
 * ```ts
 * import type { Collaboration } from '../index.js';
 * import { attainmentOf } from './pending.js';
 *
 * declare const collaboration: Collaboration;
 * attainmentOf(collaboration, '2026-11-26')?.measures.length;
 * ```
 */
export function attainmentOf(collaboration: Collaboration, now: string): Attainment | undefined {
  const goal = collaboration.goal;
  if (goal === undefined) return undefined;
  const progress = new Map(goalAttainment(collaboration, { now }).map((m) => [m.metric, m]));
  return {
    statement: goal.statement ?? '',
    measures: (goal.measures ?? []).map((m) => ({
      metric: m.metric,
      target: typeof m.target === 'number' || typeof m.target === 'string' ? m.target : null,
      unit: m.unit ?? null,
      actual: progress.get(m.metric)?.latest ?? null,
    })),
  };
}
