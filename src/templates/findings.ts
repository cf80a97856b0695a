import { match } from 'ts-pattern';
import { BUILT_IN_OPERATOR_NAMES, type BuiltInOperatorName } from '../engine/index.js';
import type { Locale } from '../i18n/locale.js';
import { showValue } from '../i18n/show.js';
import type { Collaboration, EscalationLevel } from '../model/types.js';
import { describeFinding } from '../rules/describe-finding.js';
import {
  type Action,
  type ConditionExplanation,
  type Finding,
  type Report,
  type RuleScope,
  SEVERITIES,
} from '../rules/report.js';
import { RULE_SCOPES } from '../rules/subjects.js';
import { fields, heading, table } from './blocks.js';
import { type TemplateContext, templateContext } from './context.js';
import type { Block, TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/**
 * The data of a findings report: a collaboration and the report `evaluate` returned for it.
 *
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import type { Report } from '../rules/report.js';
 * import type { FindingsSource } from './findings.js';
 *
 * const source = (c: Collaboration, report: Report): FindingsSource => ({ collaboration: c, report });
 * ```
 */
export interface FindingsSource {
  readonly collaboration: Collaboration;
  readonly report: Report;
  /** Where the collaboration was read from (a file name), shown in the report's fields. */
  readonly source?: string;
}

const MAX_VALUE_LENGTH = 200;

/** A condition's value as compact JSON (strings quoted), cut to a readable length; never throws. */
function formatValue(value: unknown, absent: string): string {
  if (value === undefined) return absent;
  let text: string;
  try {
    text = JSON.stringify(value) ?? showValue(value);
  } catch {
    // A cycle, a BigInt, a getter or Proxy trap that throws: the value's own text, or its kind.
    text = typeof value === 'bigint' ? String(value) : showValue(value);
  }
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

function isFactReference(value: unknown): value is { readonly fact: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { fact?: unknown }).fact === 'string'
  );
}

/** One condition in words: `coreTeamSize > 8：实际为 9（成立）`, then the goal statement's evidence when it has some. */
function isOperator(value: unknown): value is BuiltInOperatorName {
  return (BUILT_IN_OPERATOR_NAMES as readonly unknown[]).includes(value);
}

function explain(ctx: TemplateContext, c: ConditionExplanation): string {
  const { locale } = ctx;
  const absent = templateLabel(locale, 'absent');
  const path = typeof c.path === 'string' && c.path !== '' ? c.path.replace(/^\$/, '') : '';
  const subject = `${String(c.fact)}${path}`;
  const operator = isOperator(c.operator)
    ? templateLabel(locale, `findings.operator.${c.operator}`)
    : String(c.operator);
  const expected = isFactReference(c.expected)
    ? 'valueResult' in c
      ? templateLabel(locale, 'findings.factValue', {
          fact: c.expected.fact,
          value: formatValue(c.valueResult, absent),
        })
      : c.expected.fact
    : formatValue(c.expected, absent);
  const condition = `${subject} ${operator} ${expected}`;
  const line = templateLabel(locale, 'findings.condition', {
    text: c.negated ? templateLabel(locale, 'findings.negated', { text: condition }) : condition,
    actual: formatValue(c.actual, absent),
    met: c.result === true,
  });
  return typeof c.evidence === 'string' && c.evidence !== '' ? `${line} ${c.evidence}` : line;
}

/** The columns of a findings table and of the escalations table. */
const COLUMNS = [
  'findings.column.rule',
  'findings.column.subject',
  'findings.column.location',
  'findings.column.finding',
  'findings.column.why',
] as const;
const ESCALATION_COLUMNS = [
  'findings.escalation.subject',
  'findings.escalation.to',
  'findings.escalation.notify',
  'findings.escalation.reason',
  'findings.escalation.rule',
] as const;

function isScope(value: unknown): value is RuleScope {
  return (RULE_SCOPES as readonly unknown[]).includes(value);
}

type NamedScope = 'milestone' | 'risk' | 'meeting' | 'conflict' | 'incident' | 'problem' | 'decision';

/** How each scope with entities of its own names them, and where they are. */
const NAMED: { readonly [S in NamedScope]: (c: Collaboration) => readonly (readonly [string, string])[] } = {
  milestone: (c) => c.milestones.map((m) => [m.id, m.name]),
  risk: (c) => c.risks.map((r) => [r.id, r.description]),
  meeting: (c) => c.meetings.map((m) => [m.id, m.topic]),
  conflict: (c) => c.conflicts.map((x) => [x.id, x.subject]),
  incident: (c) => c.incidents.map((i) => [i.id, i.description]),
  problem: (c) => c.problems.map((p) => [p.id, p.description]),
  decision: (c) => c.decisions.map((d) => [d.id, d.title]),
};

/**
 * Names subjects by scope and id. Each scope's id index is built once, on first use, so a report of n findings
 * over n entities costs O(n), not one scan of the entity list per finding.
 */
function subjectNamer(ctx: TemplateContext, c: Collaboration) {
  const indexes = new Map<NamedScope, ReadonlyMap<string, string>>();
  const named = (scope: NamedScope, subjectId: string | undefined): string => {
    let index = indexes.get(scope);
    if (index === undefined) {
      const built = new Map<string, string>();
      // First occurrence wins, as a scan in document order would find it.
      for (const [id, name] of NAMED[scope](c)) if (!built.has(id)) built.set(id, name);
      index = built;
      indexes.set(scope, index);
    }
    return (subjectId === undefined ? undefined : index.get(subjectId)) ?? subjectId ?? '';
  };
  const escalationName = (subjectId: string | undefined): string => {
    const parts = /^(milestone|conflict|incident)\/(.*)\/(\d+)$/.exec(subjectId ?? '');
    if (parts === null) return subjectId ?? '';
    const [, kind, id, level] = parts as unknown as [string, NamedScope, string, string];
    return `${named(kind, id)} · ${templateLabel(ctx.locale, 'findings.level', { count: Number(level) })}`;
  };
  /** The subject of a finding or action by name: `里程碑：产品上市`. */
  return (scope: RuleScope, subjectId: string | undefined): string => {
    const name = match(scope)
      .with('collaboration', () => (subjectId === undefined || subjectId === c.id ? c.name : subjectId))
      .with('department', () => ctx.department(subjectId))
      .with('person', () => ctx.person(subjectId))
      .with('milestone', 'risk', 'meeting', 'conflict', 'incident', 'problem', 'decision', (s) =>
        named(s, subjectId),
      )
      // Rows without ids of their own: the report's subject id is the most precise name there is.
      .with('responsibility', 'undone-item', 'action', 'measure', 'scope-change', () => subjectId ?? '')
      // `<kind>/<id>/<level>`: the escalated subject by name, and the level.
      .with('escalation', () => escalationName(subjectId))
      .exhaustive(() => subjectId ?? '');
    const scopeLabel = isScope(scope) ? templateLabel(ctx.locale, `findings.scope.${scope}`) : String(scope);
    return name === ''
      ? scopeLabel
      : templateLabel(ctx.locale, 'findings.subject', { label: scopeLabel, name });
  };
}

type SubjectNamer = ReturnType<typeof subjectNamer>;

function findingRow(ctx: TemplateContext, c: Collaboration, subjectName: SubjectNamer, f: Finding): string[] {
  const { place, why } = describeFinding(c, f, { locale: ctx.locale });
  return [String(f.ruleId), subjectName(f.scope, f.subjectId), place, String(f.message), why.join('\n')];
}

/** The technical trace of a finding: its rule and JSON Pointer, then each condition as evaluated. */
function traceLines(ctx: TemplateContext, f: Finding): string[] {
  const explanation = Array.isArray(f.explanation) ? f.explanation : [];
  const path = typeof f.path === 'string' && f.path !== '' ? f.path : '/';
  return [`${String(f.ruleId)} ${path}`, ...explanation.map((e) => `  ${explain(ctx, e)}`)];
}

function actionRow(
  ctx: TemplateContext,
  subjectName: SubjectNamer,
  levels: ReadonlyMap<number, EscalationLevel>,
  a: Action,
): string[] {
  const level = levels.get(a.toLevel);
  const title = a.title ?? level?.title;
  const person = a.person ?? level?.person;
  return [
    subjectName(a.scope, a.subjectId),
    templateLabel(ctx.locale, 'findings.level', { count: a.toLevel, title }),
    ctx.person(person),
    String(a.reason),
    String(a.ruleId),
  ];
}

/**
 * Builds the findings report of an evaluation: the counts per severity, then the findings grouped by severity
 * (errors, warnings, notes), each with its rule, subject by name, its place in words (`里程碑「产品上市」`), message
 * and why it fired, one sentence per condition with dates as ISO dates (see `describeFinding`); the technical trace
 * (conditions as evaluated, JSON Pointers) follows each group as a collapsed detail in HTML. Then the escalations
 * the host should carry out. The blank form has an empty
 * table per severity and for escalations.
 *
 * @param source - The collaboration and report, or `null` for the blank form.
 * @param locale - The output locale (the findings' messages are in the locale `evaluate` used).
 * @returns The document.
 * @example
 * ```ts
 * import { findingsDocument } from './findings.js';
 * import { renderMarkdownDocument } from './render/markdown.js';
 *
 * const blankForm = renderMarkdownDocument(findingsDocument(null, 'en'));
 * ```
 */
export function findingsDocument(source: FindingsSource | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(source?.collaboration ?? null, locale);
  const title = templateLabel(locale, 'findings.title');
  const blocks: Block[] = [];
  if (source === null) {
    blocks.push(
      fields(ctx, [
        ['projectName', ''],
        ['findings.summary', ''],
      ]),
    );
    for (const severity of SEVERITIES) {
      blocks.push(
        heading(2, templateLabel(locale, `findings.severity.${severity}`)),
        table(ctx, COLUMNS, []),
      );
    }
    blocks.push(
      heading(2, templateLabel(locale, 'findings.escalations')),
      table(ctx, ESCALATION_COLUMNS, []),
    );
    return { locale, title, blocks };
  }
  const { collaboration: c, report } = source;
  const from: readonly (readonly ['findings.source', string])[] =
    source.source === undefined ? [] : [['findings.source', source.source]];
  const subjectName = subjectNamer(ctx, c);
  // First occurrence of a level wins, as a scan of the path would find it.
  const levels = new Map<number, EscalationLevel>();
  for (const l of c.escalationPath ?? []) if (!levels.has(l.level)) levels.set(l.level, l);
  const findings = Array.isArray(report.findings) ? report.findings : [];
  const actions = Array.isArray(report.actions) ? report.actions : [];
  const bySeverity = SEVERITIES.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  }));
  const count = (severity: string) => bySeverity.find((g) => g.severity === severity)?.findings.length ?? 0;
  const counts = { error: count('error'), warning: count('warning'), info: count('info') };
  blocks.push(
    fields(ctx, [
      ['projectName', c.name],
      ...from,
      ['findings.summary', templateLabel(locale, 'findings.counts', counts)],
    ]),
  );
  if (findings.length === 0)
    blocks.push({ kind: 'paragraph', text: templateLabel(locale, 'findings.noFindings') });
  for (const group of bySeverity) {
    if (group.findings.length === 0) continue;
    const label = templateLabel(locale, `findings.severity.${group.severity}`);
    blocks.push(
      heading(2, templateLabel(locale, 'findings.group', { label, count: group.findings.length })),
      table(
        ctx,
        COLUMNS,
        group.findings.map((f) => findingRow(ctx, c, subjectName, f)),
      ),
      {
        kind: 'details',
        summary: templateLabel(locale, 'findings.trace', { label }),
        lines: group.findings.flatMap((f) => traceLines(ctx, f)),
      },
    );
  }
  blocks.push(heading(2, templateLabel(locale, 'findings.escalations')));
  blocks.push(
    actions.length === 0
      ? { kind: 'paragraph', text: templateLabel(locale, 'findings.noEscalations') }
      : table(
          ctx,
          ESCALATION_COLUMNS,
          actions.map((a) => actionRow(ctx, subjectName, levels, a)),
        ),
  );
  return { locale, title, subject: c.name, blocks };
}
