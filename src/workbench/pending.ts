// The sections of the workbench that other parts of crossdept will compute: health and goal attainment (outcomes),
// the escalation ladder with its upcoming escalations, and the registers (open actions, problems, decisions,
// RACI). Until those functions exist, each adapter here derives what it can from the collaboration and its
// report, and says so (`provisional`). Wiring the real functions in is a change to this file only: the view model
// and the pages read these types.

import type { Locale } from '../index.js';
import { type Collaboration, type Report, resolveDue } from '../index.js';
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
  /** True while health is derived here rather than computed by the library's own health function. */
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
    readonly kind: 'conflict' | 'incident';
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
 * A collaboration's health at `now`, derived from its report and forecast: red for an error finding, a blocked
 * milestone on the critical path or a forecast slip on it; amber for a warning, an escalation due, an open
 * incident, or a slip or block elsewhere; green otherwise.
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
  const red: string[] = [];
  const amber: string[] = [];
  if (report.summary.error > 0) red.push(wbMessage(locale, 'reason.errors', { count: report.summary.error }));
  const status = new Map(collaboration.milestones.map((m) => [m.id, m.status]));
  for (const m of summary.milestones) {
    if (m.done) continue;
    if (status.get(m.id) === 'blocked')
      (m.critical ? red : amber).push(wbMessage(locale, 'reason.blocked', { name: m.name }));
    if (m.slipDays > 0) {
      const code = m.critical ? 'reason.criticalSlip' : 'reason.slip';
      (m.critical ? red : amber).push(wbMessage(locale, code, { name: m.name, days: m.slipDays }));
    }
  }
  if (report.summary.warning > 0)
    amber.push(wbMessage(locale, 'reason.warnings', { count: report.summary.warning }));
  if (report.actions.length > 0)
    amber.push(wbMessage(locale, 'reason.escalations', { count: report.actions.length }));
  const incidents = collaboration.incidents.filter((i) => i.status !== 'closed').length;
  if (incidents > 0) amber.push(wbMessage(locale, 'reason.incidents', { count: incidents }));
  if (red.length > 0) return { level: 'red', reasons: [...red, ...amber], provisional: true };
  if (amber.length > 0) return { level: 'amber', reasons: amber, provisional: true };
  return { level: 'green', reasons: [wbMessage(locale, 'reason.fine')], provisional: true };
}

/**
 * The escalation ladder: every escalation the rules call for now (from the report's actions), with the person
 * who decides at that level. Escalations coming up and decision deadlines are not derived here.
 *
 * @param collaboration - The collaboration.
 * @param report - Its report.
 * @returns The entries, due first.
 * @example
 * ```ts
 * import { type Collaboration, type Report, resolveDue } from '../index.js';
 * import { ladderOf } from './pending.js';
 *
 * declare const collaboration: Collaboration;
 * declare const report: Report;
 * ladderOf(collaboration, report).filter((e) => e.due).length;
 * ```
 */
export function ladderOf(collaboration: Collaboration, report: Report): readonly LadderEntry[] {
  const people = new Map(collaboration.people.map((p) => [p.id, p.name]));
  return report.actions.map((a) => ({
    subject: a.subjectId,
    level: a.toLevel,
    title: a.title ?? null,
    decider: a.person === undefined ? null : (people.get(a.person) ?? a.person),
    decideBy: null,
    reason: a.reason,
    due: true,
  }));
}

/**
 * The registers, read from the collaboration: actions not done, conflicts not resolved and incidents not closed,
 * the decisions its meetings and conflicts recorded, and each responsibility's owner with the team leader as
 * accountable.
 *
 * @param collaboration - The collaboration.
 * @returns The registers.
 * @example
 * ```ts
 * import type { Collaboration } from '../index.js';
 * import { registersOf } from './pending.js';
 *
 * declare const collaboration: Collaboration;
 * registersOf(collaboration).openActions.length;
 * ```
 */
export function registersOf(collaboration: Collaboration): Registers {
  const people = new Map(collaboration.people.map((p) => [p.id, p.name]));
  const departments = new Map(collaboration.departments.map((d) => [d.id, d.name]));
  const person = (id: string | undefined): string | null =>
    id === undefined ? null : (people.get(id) ?? id);
  const openActions = collaboration.meetings.flatMap((m) =>
    (m.actions ?? [])
      .filter((a) => a.done !== true)
      .map((a) => ({
        item: a.item,
        owner: person(a.owner),
        due: a.due === undefined ? null : resolveDue(a.due, collaboration.period),
        meeting: m.topic ?? m.id,
      })),
  );
  const problems = [
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
  const leader = person(collaboration.team?.leader);
  const raci = collaboration.responsibilities.map((r) => ({
    department: departments.get(r.department) ?? r.department,
    duty: r.duty ?? r.deliverable ?? '',
    responsible: person(r.owner),
    accountable: leader,
  }));
  return { openActions, problems, decisions, raci };
}

/**
 * The goal's measures and targets; what was attained is not known here.
 *
 * @param collaboration - The collaboration.
 * @returns The attainment, or undefined without a goal.
 * @example
 * ```ts
 * import type { Collaboration } from '../index.js';
 * import { attainmentOf } from './pending.js';
 *
 * declare const collaboration: Collaboration;
 * attainmentOf(collaboration)?.measures.length;
 * ```
 */
export function attainmentOf(collaboration: Collaboration): Attainment | undefined {
  const goal = collaboration.goal;
  if (goal === undefined) return undefined;
  return {
    statement: goal.statement ?? '',
    measures: (goal.measures ?? []).map((m) => ({
      metric: m.metric,
      target: typeof m.target === 'number' || typeof m.target === 'string' ? m.target : null,
      unit: m.unit ?? null,
      actual: null,
    })),
  };
}
