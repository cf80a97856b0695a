// The workbench's one data module: every page's view data, computed from the library's analyses of the files.
// The pages (src/workbench/app) only lay these out; the sections that later parts of crossdept will compute come
// from the adapters in pending.ts.
import type {
  Collaboration,
  CollaborationSummary,
  CrossdeptIssue,
  Finding,
  Locale,
  Severity,
  TemplateName,
} from '../index.js';
import { escalationLadder, renderTemplate } from '../index.js';
import type { FileAnalysis } from './analyze.js';
import {
  type Attainment,
  attainmentOf,
  type HealthView,
  healthOf,
  type LadderEntry,
  ladderOf,
  type Registers,
  registersOf,
} from './pending.js';

/** A health level, or `invalid` for a file that does not parse. @example `const h: HealthLevel = 'amber';` */
export type HealthLevel = HealthView['level'] | 'invalid';

/**
 * One row of the portfolio.
 *
 * @example
 * ```ts
 * import type { PortfolioRow } from './view-model.js';
 *
 * declare const row: PortfolioRow;
 * row.health; // 'green' | 'amber' | 'red' | 'invalid'
 * ```
 */
export interface PortfolioRow {
  readonly path: string;
  readonly id: string | null;
  readonly name: string;
  readonly health: HealthLevel;
  readonly reasons: readonly string[];
  readonly phase: CollaborationSummary['phase'] | null;
  readonly period: { readonly start: string; readonly end: string } | null;
  readonly nextMilestone: { readonly id: string; readonly name: string; readonly due: string } | null;
  /** The largest forecast slip, in days, of a milestone on the critical path not yet done (0 when on time). */
  readonly criticalSlipDays: number;
  readonly escalationsDue: number;
  /** Escalations coming up; null until the ladder says when. */
  readonly escalationsComing: number | null;
  readonly openProblems: number;
  readonly openActions: number;
  readonly findings: { readonly error: number; readonly warning: number; readonly info: number };
}

/**
 * The portfolio page: its rows and the data of its three charts.
 *
 * @example
 * ```ts
 * import type { PortfolioView } from './view-model.js';
 *
 * declare const view: PortfolioView;
 * view.byHealth.red;
 * ```
 */
export interface PortfolioView {
  readonly rows: readonly PortfolioRow[];
  readonly byHealth: Readonly<Record<HealthLevel, number>>;
  readonly byArea: readonly { readonly area: string; readonly counts: Readonly<Record<Severity, number>> }[];
  /** Findings by department (rows) and rule area (columns); `null` department = the whole collaboration. */
  readonly heatmap: {
    readonly departments: readonly string[];
    readonly areas: readonly string[];
    /** `[area index, department index, count]`, as ECharts' heatmap reads it. */
    readonly cells: readonly (readonly [number, number, number])[];
  };
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The rule area of a finding: `exec.critical-slip` → `exec`. */
function areaOf(ruleId: string): string {
  const dot = ruleId.indexOf('.');
  return dot > 0 ? ruleId.slice(0, dot) : ruleId;
}

/** The department a finding is about, by name, or null when it concerns the whole collaboration. */
export function departmentOf(finding: Finding, c: Collaboration): string | null {
  const id = finding.subjectId;
  const deptName = (d: string | undefined): string | null =>
    d === undefined ? null : (c.departments.find((x) => x.id === d)?.name ?? d);
  const personDept = (p: string | undefined) => c.people.find((x) => x.id === p)?.department;
  if (id === undefined) return null;
  switch (finding.scope) {
    case 'department':
      return deptName(id);
    case 'person':
      return deptName(personDept(id));
    case 'milestone':
      return deptName(c.milestones.find((m) => m.id === id)?.department);
    case 'risk':
      return deptName(c.risks.find((r) => r.id === id)?.owner);
    case 'incident':
      return deptName(c.incidents.find((i) => i.id === id)?.department);
    case 'conflict':
      return deptName(c.conflicts.find((x) => x.id === id)?.parties[0]);
    case 'responsibility': {
      const index = Number(id.split('/').pop());
      return deptName(c.responsibilities[index]?.department ?? id);
    }
    case 'action': {
      const [meeting, , index] = id.split('/');
      const action = c.meetings.find((m) => m.id === meeting)?.actions?.[Number(index)];
      return deptName(personDept(action?.owner));
    }
    default:
      return null;
  }
}

/**
 * The portfolio page's data.
 *
 * @param analyses - Every file's analysis.
 * @param locale - The locale of health reasons.
 * @returns The rows (in the files' order) and the charts' data.
 * @example
 * ```ts
 * import { analyzeFile } from './analyze.js';
 * import { portfolioView } from './view-model.js';
 *
 * const a = analyzeFile({ path: 'a.yaml', text: 'id: [' }, { now: '2026-11-26', locale: 'en' });
 * portfolioView([a], 'en').byHealth.invalid; // 1
 * ```
 */
export function portfolioView(analyses: readonly FileAnalysis[], locale: Locale): PortfolioView {
  const rows = analyses.map((a) => rowOf(a, locale));
  const byHealth: Record<HealthLevel, number> = { green: 0, amber: 0, red: 0, invalid: 0 };
  for (const row of rows) byHealth[row.health]++;
  const areaCounts = new Map<string, Record<Severity, number>>();
  const cellCounts = new Map<string, number>();
  const departments: (string | null)[] = [];
  for (const a of analyses) {
    if (a.kind === 'invalid') continue;
    for (const f of a.report.findings) {
      const area = areaOf(f.ruleId);
      const counts = areaCounts.get(area) ?? { error: 0, warning: 0, info: 0 };
      counts[f.severity]++;
      areaCounts.set(area, counts);
      const dept = departmentOf(f, a.collaboration);
      if (!departments.includes(dept)) departments.push(dept);
      const key = `${area}\u0000${dept ?? ''}`;
      cellCounts.set(key, (cellCounts.get(key) ?? 0) + 1);
    }
  }
  const areas = [...areaCounts.keys()].sort();
  const depts = departments.sort((x, y) => (x === null ? 1 : y === null ? -1 : x.localeCompare(y)));
  const cells: [number, number, number][] = [];
  for (const [key, count] of cellCounts) {
    const [area, dept] = key.split('\u0000') as [string, string];
    cells.push([areas.indexOf(area), depts.indexOf(dept === '' ? null : dept), count]);
  }
  cells.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return {
    rows,
    byHealth,
    byArea: areas.map((area) => ({ area, counts: areaCounts.get(area)! })),
    heatmap: { departments: depts.map((d) => d ?? ''), areas, cells },
  };
}

function rowOf(a: FileAnalysis, locale: Locale): PortfolioRow {
  if (a.kind === 'invalid') {
    return {
      path: a.path,
      id: null,
      name: a.path,
      health: 'invalid',
      reasons: [`${a.issues.length}`],
      phase: null,
      period: null,
      nextMilestone: null,
      criticalSlipDays: 0,
      escalationsDue: 0,
      escalationsComing: null,
      openProblems: 0,
      openActions: 0,
      findings: { error: 0, warning: 0, info: 0 },
    };
  }
  const { summary, report, collaboration } = a;
  const health = healthOf(a, locale)!;
  const pending = summary.milestones.filter((m) => !m.done).sort((x, y) => x.due.localeCompare(y.due));
  const next = pending[0];
  const registers = registersOf(collaboration, summary.now);
  const ladder = ladderOf(collaboration, escalationLadder(collaboration, { now: summary.now, locale }));
  return {
    path: a.path,
    id: summary.id,
    name: summary.name,
    health: health.level,
    reasons: health.reasons,
    phase: summary.phase,
    period: summary.period,
    nextMilestone: next === undefined ? null : { id: next.id, name: next.name, due: next.due },
    criticalSlipDays: Math.max(0, ...pending.filter((m) => m.critical).map((m) => m.slipDays)),
    escalationsDue: ladder.filter((e) => e.due).length,
    escalationsComing: null,
    openProblems: registers.problems.length,
    openActions: registers.openActions.length,
    findings: report.summary,
  };
}

/**
 * One milestone row of the Gantt chart.
 *
 * @example
 * ```ts
 * import type { GanttRow } from './view-model.js';
 *
 * declare const row: GanttRow;
 * row.critical;
 * ```
 */
export interface GanttRow {
  readonly id: string;
  /** Its position in the file's `milestones` list (where an edit of its status goes). */
  readonly index: number;
  readonly name: string;
  readonly department: string | null;
  readonly status: Collaboration['milestones'][number]['status'];
  readonly start: string;
  readonly finish: string;
  readonly due: string;
  readonly forecast: string;
  readonly slipDays: number;
  readonly critical: boolean;
  readonly done: boolean;
}

/**
 * The Gantt chart's data: rows, dependency links, the critical path, today and incident delays.
 *
 * @example
 * ```ts
 * import type { GanttView } from './view-model.js';
 *
 * declare const gantt: GanttView;
 * gantt.criticalPath.join(' → ');
 * ```
 */
export interface GanttView {
  readonly rows: readonly GanttRow[];
  readonly links: readonly (readonly [from: string, to: string])[];
  readonly criticalPath: readonly string[];
  readonly today: string;
  readonly incidents: readonly { readonly id: string; readonly on: string; readonly days: number }[];
}

/**
 * A finding as the collaboration page shows it.
 *
 * @example
 * ```ts
 * import type { FindingView } from './view-model.js';
 *
 * declare const f: FindingView;
 * f.ruleId;
 * ```
 */
export interface FindingView extends Finding {
  readonly department: string | null;
}

/**
 * The collaboration page's data (and the editor's, which shows its findings and Gantt as the text changes).
 *
 * @example
 * ```ts
 * import type { CollaborationView } from './view-model.js';
 *
 * declare const view: CollaborationView;
 * view.health.level;
 * ```
 */
export interface CollaborationView {
  readonly path: string;
  readonly summary: CollaborationSummary;
  readonly health: HealthView;
  readonly gantt: GanttView;
  readonly findings: Readonly<Record<Severity, readonly FindingView[]>>;
  readonly ladder: readonly LadderEntry[];
  readonly registers: Registers;
  readonly attainment: Attainment | undefined;
  /** The templates that apply, with the options each needs (a meeting's or an incident's id). */
  readonly templates: readonly {
    readonly name: TemplateName;
    readonly id?: string;
    readonly label: string;
  }[];
}

/**
 * The collaboration page's data.
 *
 * @param a - The file's analysis.
 * @param locale - The locale of health reasons.
 * @returns The view, or the parse issues of a file that does not parse.
 * @example
 * ```ts
 * import { analyzeFile } from './analyze.js';
 * import { collaborationView } from './view-model.js';
 *
 * const a = analyzeFile({ path: 'a.yaml', text: 'id: [' }, { now: '2026-11-26', locale: 'en' });
 * 'issues' in collaborationView(a, 'en'); // true
 * ```
 */
export function collaborationView(
  a: FileAnalysis,
  locale: Locale,
): CollaborationView | { readonly issues: readonly CrossdeptIssue[] } {
  if (a.kind === 'invalid') return { issues: a.issues };
  const { collaboration: c, summary, schedule, report } = a;
  const byId = new Map(c.milestones.map((m) => [m.id, m]));
  const indexOf = new Map(c.milestones.map((m, i) => [m.id, i]));
  const forecast = new Map(summary.milestones.map((m) => [m.id, m]));
  const deptName = new Map(c.departments.map((d) => [d.id, d.name]));
  const rows: GanttRow[] = schedule.milestones.map((s) => {
    const m = byId.get(s.id)!;
    const f = forecast.get(s.id)!;
    return {
      id: s.id,
      index: indexOf.get(s.id)!,
      name: m.name,
      department: m.department === undefined ? null : (deptName.get(m.department) ?? m.department),
      status: m.status,
      start: s.earliestStart,
      finish: s.earliestFinish,
      due: s.due,
      forecast: f.forecastFinish,
      slipDays: f.slipDays,
      critical: s.critical,
      done: f.done,
    };
  });
  const scheduled = new Set(rows.map((r) => r.id));
  const links = c.milestones.flatMap((m) =>
    (m.dependsOn ?? []).filter((d) => scheduled.has(d) && scheduled.has(m.id)).map((d) => [d, m.id] as const),
  );
  const incidents = c.incidents.flatMap((i) =>
    i.impact?.scheduleDays ? [{ id: i.id, on: i.occurredOn, days: i.impact.scheduleDays }] : [],
  );
  const findings: Record<Severity, FindingView[]> = { error: [], warning: [], info: [] };
  for (const f of report.findings) findings[f.severity].push({ ...f, department: departmentOf(f, c) });
  // The ladder once: its rows and the escalation reports both read it.
  const steps = escalationLadder(c, { now: summary.now, locale });
  const templates: { name: TemplateName; id?: string; label: string }[] = [
    { name: 'kickoff', label: 'kickoff' },
    { name: 'responsibilities', label: 'responsibilities' },
    { name: 'communication-plan', label: 'communication-plan' },
    { name: 'findings', label: 'findings' },
    { name: 'status-report', label: 'status-report' },
    { name: 'open-actions', label: 'open-actions' },
    { name: 'raci', label: 'raci' },
    { name: 'problem-log', label: 'problem-log' },
    { name: 'decision-log', label: 'decision-log' },
    ...steps
      .filter((e) => e.due !== undefined || e.records.length > 0)
      .map((e) => ({
        name: 'escalation' as const,
        id: `${e.kind}/${e.subjectId}`,
        label: `${e.kind}/${e.subjectId}`,
      })),
    ...c.meetings.map((m) => ({ name: 'minutes' as const, id: m.id, label: m.topic ?? m.id })),
    ...c.incidents.map((i) => ({ name: 'emergency-plan' as const, id: i.id, label: i.id })),
    ...(c.retrospective === undefined ? [] : [{ name: 'retrospective' as const, label: 'retrospective' }]),
  ];
  return {
    path: a.path,
    summary,
    health: healthOf(a, locale)!,
    gantt: { rows, links, criticalPath: schedule.criticalPath, today: summary.now, incidents },
    findings,
    ladder: ladderOf(c, steps),
    registers: registersOf(c, summary.now),
    attainment: attainmentOf(c, summary.now),
    templates,
  };
}

/** The severities in the order the page groups findings. @example `SEVERITIES_SHOWN[0]; // 'error'` */
export const SEVERITIES_SHOWN = SEVERITY_ORDER;

/**
 * A template rendered as HTML for the page (the body of the printable document), or its issues' messages.
 *
 * @param a - The file's analysis (valid).
 * @param template - The template and the meeting's or incident's id it needs.
 * @param locale - The document's language.
 * @returns The HTML of the document's body, or a message.
 * @example
 * ```ts
 * import { analyzeFile } from './analyze.js';
 * import { renderedTemplate } from './view-model.js';
 *
 * const a = analyzeFile({ path: 'a.yaml', text: 'id: [' }, { now: '2026-11-26', locale: 'en' });
 * renderedTemplate(a, { name: 'kickoff' }, 'en');
 * ```
 */
export function renderedTemplate(
  a: FileAnalysis,
  template: { readonly name: TemplateName; readonly id?: string },
  locale: Locale,
): { readonly html: string } | { readonly error: string } {
  if (a.kind === 'invalid') return { error: a.issues.map((i) => i.message).join('\n') };
  try {
    const options = {
      locale,
      format: 'html' as const,
      report: a.report,
      now: a.summary.now,
      ...(template.name === 'minutes' && template.id !== undefined ? { meeting: template.id } : {}),
      ...(template.name === 'escalation' && template.id !== undefined ? { subject: template.id } : {}),
      ...(template.name === 'emergency-plan' && template.id !== undefined ? { incident: template.id } : {}),
    };
    const html = renderTemplate(template.name, a.collaboration, options);
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
    return { html: body ? body[1]! : html };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
