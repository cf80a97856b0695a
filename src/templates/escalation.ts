import type { Locale } from '../i18n/locale.js';
import type { Collaboration, Conflict, Escalation, Incident, Milestone } from '../model/types.js';
import type { Action, Report, UpcomingEscalation } from '../rules/report.js';
import { scheduleMilestones } from '../schedule/critical-path.js';
import { addWorkdays } from '../schedule/working-days.js';
import { fields, heading, list, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/** The kinds of subject an escalation report is about. */
export type EscalationSubjectKind = 'milestone' | 'conflict' | 'incident';

/**
 * The data of an escalation report: a collaboration, the subject (`kind` and the entity) and, optionally, the
 * report `evaluate` returned for it (its findings say what is in breach, its actions and upcoming escalations
 * who decides by when).
 *
 * @example
 * ```ts
 * import type { Collaboration, Report } from '../index.js';
 * import type { EscalationSource } from './escalation.js';
 *
 * declare const c: Collaboration;
 * declare const report: Report;
 * const source: EscalationSource = { collaboration: c, kind: 'milestone', subject: c.milestones[4]!, report };
 * ```
 */
export interface EscalationSource {
  readonly collaboration: Collaboration;
  readonly kind: EscalationSubjectKind;
  readonly subject: Milestone | Conflict | Incident;
  readonly report?: Report;
}

/** The level timebox the default rules use when the path sets none (the rules' `levelTimeboxDays` default). */
const DEFAULT_LEVEL_TIMEBOX = 3;

/** Milestones that wait, directly or not, for the milestone `id`. */
function successorsOf(c: Collaboration, id: string): Milestone[] {
  const out: Milestone[] = [];
  const seen = new Set<string>([id]);
  const queue = [id];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const m of c.milestones) {
      if (!seen.has(m.id) && (m.dependsOn ?? []).includes(at)) {
        seen.add(m.id);
        out.push(m);
        queue.push(m.id);
      }
    }
  }
  return out;
}

/** The actual value of a fact in a finding's explanation, if it is a number. */
function explained(
  report: Report | undefined,
  ruleFinding: string | undefined,
  fact: string,
): number | undefined {
  const f = report?.findings.find((x) => x.ruleId === ruleFinding);
  const e = f?.explanation.find((x) => x.fact === fact);
  return typeof e?.actual === 'number' ? e.actual : undefined;
}

/**
 * Builds the escalation report (例外报告) a level of the escalation path receives: the subject, what is in breach
 * and since when, the impact (slip and float, schedule delay and cost, the milestones affected), what was tried
 * (negotiations or response measures, and the earlier levels with their decisions), and the decision requested:
 * the level, who decides and by when (the day it fell due plus that level's timebox in working days).
 *
 * @param source - The collaboration, subject and report, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { escalationDocument } from './escalation.js';
 * import { renderMarkdownDocument } from './render/markdown.js';
 *
 * const blankForm = renderMarkdownDocument(escalationDocument(null, 'zh-CN'));
 * ```
 */
export function escalationDocument(source: EscalationSource | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(source?.collaboration ?? null, locale);
  const label = (code: Parameters<typeof templateLabel>[1], params?: Parameters<typeof templateLabel>[2]) =>
    templateLabel(locale, code, params);
  const c = source?.collaboration;
  const kind = source?.kind;
  const subject = source?.subject;
  const report = source?.report;
  const ruleId =
    kind === 'milestone'
      ? 'exec.critical-slip'
      : kind === 'conflict'
        ? 'conflict.escalate'
        : 'incident.escalate';
  const mine = <T extends { readonly scope: string; readonly subjectId?: string }>(x: T) =>
    x.scope === kind && x.subjectId === subject?.id;
  const findings = (report?.findings ?? []).filter(mine);
  const action: Action | undefined = (report?.actions ?? []).find(mine);
  const upcoming: UpcomingEscalation | undefined = (report?.upcoming ?? []).find(mine);
  const step = action ?? upcoming;
  const records: readonly Escalation[] = [...(subject?.escalations ?? [])].sort((a, b) =>
    a.on < b.on ? -1 : a.on > b.on ? 1 : 0,
  );
  const name =
    kind === 'milestone'
      ? (subject as Milestone).name
      : kind === 'conflict'
        ? (subject as Conflict).subject
        : kind === 'incident'
          ? (subject as Incident).description
          : '';
  const levels = new Map((c?.escalationPath ?? []).map((l) => [l.level, l]));
  const levelText = (level: number | undefined) =>
    level === undefined
      ? ''
      : label('findings.level', { count: level, title: levels.get(level)?.title ?? '' });
  const current = records.reduce<Escalation | undefined>(
    (best, r) => (best === undefined || r.level >= best.level ? r : best),
    undefined,
  );
  // The first date the breach is on record: the day level 1 fell due, the first escalation, or (for a conflict)
  // a failed negotiation.
  const failed =
    kind === 'conflict'
      ? ((subject as Conflict).negotiations ?? []).filter((n) => n.outcome === 'failed').map((n) => n.on)
      : [];
  const firstLevelDue = action !== undefined && records.length === 0 ? action.dueOn : undefined;
  const since = [firstLevelDue, records[0]?.on, ...failed]
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const decideBy =
    step?.dueOn === undefined
      ? ''
      : addWorkdays(step.dueOn, levels.get(step.toLevel)?.timeboxDays ?? DEFAULT_LEVEL_TIMEBOX, c?.calendar);

  const impact: [Parameters<typeof templateLabel>[1], string][] = [];
  let affected: Milestone[] = [];
  if (kind === 'milestone' && c) {
    const m = subject as Milestone;
    const planned = scheduleMilestones(c).milestones.find((s) => s.id === m.id);
    const slip = explained(report, ruleId, 'slipBeyondFloat');
    const delaying = c.incidents.filter((i) => i.status !== 'closed' && (i.affects ?? []).includes(m.id));
    const delay = delaying.reduce((sum, i) => sum + (i.impact?.scheduleDays ?? 0), 0);
    const cost = delaying.reduce((sum, i) => sum + (i.impact?.cost ?? 0), 0);
    impact.push(
      ['escalation.due', ctx.due(m.due)],
      ['escalation.float', planned ? label('escalation.days', { count: planned.totalFloat }) : ''],
      ['escalation.slip', slip === undefined ? '' : label('escalation.days', { count: slip })],
      ['escalation.scheduleDays', delay > 0 ? label('escalation.days', { count: delay }) : ''],
      ['escalation.cost', cost > 0 ? ctx.number(cost) : ''],
    );
    affected = successorsOf(c, m.id);
  } else if (kind === 'incident' && c) {
    const i = subject as Incident;
    impact.push(
      ['escalation.occurredOn', i.occurredOn],
      [
        'escalation.scheduleDays',
        i.impact?.scheduleDays === undefined
          ? ''
          : label('escalation.days', { count: i.impact.scheduleDays }),
      ],
      ['escalation.cost', i.impact?.cost === undefined ? '' : ctx.number(i.impact.cost)],
    );
    const ids = new Set(i.affects ?? []);
    affected = c.milestones.filter((m) => ids.has(m.id));
  } else if (kind === 'conflict') {
    const k = subject as Conflict;
    impact.push(
      ['escalation.parties', k.parties.map((p) => ctx.department(p)).join(label('listSeparator'))],
      ['escalation.raisedOn', k.raisedOn],
    );
  } else {
    impact.push(
      ['escalation.due', ''],
      ['escalation.float', ''],
      ['escalation.slip', ''],
      ['escalation.scheduleDays', ''],
      ['escalation.cost', ''],
    );
  }

  const negotiations =
    kind === 'conflict'
      ? ((subject as Conflict).negotiations ?? []).map((n) => [
          n.on,
          ctx.person(n.facilitator),
          label(`escalation.outcome.${n.outcome}`),
          n.note ?? '',
        ])
      : [];
  const measures = kind === 'incident' ? [...((subject as Incident).measures ?? [])] : [];
  const head = (department: string | undefined) =>
    c?.people.find((p) => p.department === department && p.decisionAuthority === true)?.id;
  const owner =
    kind === 'milestone'
      ? ctx.person((subject as Milestone).owner ?? head((subject as Milestone).department))
      : kind === 'incident'
        ? ctx.person((subject as Incident).temporaryOwner)
        : '';

  return {
    locale,
    title: label('escalation.title'),
    ...(subject ? { subject: name } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        ['escalation.kind', kind === undefined ? '' : label(`escalation.kind.${kind}`)],
        ['escalation.subject', name],
        ['escalation.owner', owner],
        ['escalation.breach', findings.map((f) => f.message).join('\n')],
        ['escalation.since', since ?? ''],
        ['escalation.currentLevel', current === undefined ? '' : levelText(current.level)],
      ]),
      heading(2, label('escalation.impact')),
      fields(ctx, impact),
      heading(3, label('escalation.affected')),
      table(
        ctx,
        ['escalation.affected.milestone', 'escalation.affected.department', 'escalation.affected.due'],
        affected.map((m) => [m.name, ctx.department(m.department), ctx.due(m.due)]),
      ),
      heading(2, label('escalation.tried')),
      ...(kind === 'incident'
        ? [heading(3, label('escalation.measures')), list(ctx, measures)]
        : kind === 'milestone'
          ? []
          : [
              heading(3, label('escalation.negotiations')),
              table(
                ctx,
                [
                  'escalation.negotiation.on',
                  'escalation.negotiation.facilitator',
                  'escalation.negotiation.outcome',
                  'escalation.negotiation.note',
                ],
                negotiations,
              ),
            ]),
      heading(3, label('escalation.levels')),
      table(
        ctx,
        [
          'escalation.record.level',
          'escalation.record.on',
          'escalation.record.acknowledged',
          'escalation.record.decision',
          'escalation.record.decidedBy',
        ],
        records.map((r) => [
          levelText(r.level),
          r.on,
          r.acknowledgedOn ?? '',
          r.decision ?? '',
          r.decidedBy === undefined ? '' : ctx.person(r.decidedBy),
        ]),
      ),
      heading(2, label('escalation.request')),
      fields(ctx, [
        ['escalation.toLevel', levelText(step?.toLevel)],
        ['escalation.decider', step?.person === undefined ? '' : ctx.person(step.person)],
        ['escalation.dueOn', step?.dueOn ?? ''],
        ['escalation.decideBy', decideBy],
        ['escalation.decision', ''],
        ['escalation.signature', ''],
      ]),
    ],
  };
}
