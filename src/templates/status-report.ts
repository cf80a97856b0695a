import type { Locale } from '../i18n/locale.js';
import type { Collaboration } from '../model/types.js';
import { attainmentOf, onTrackTolerance } from '../outcomes/goal-attainment.js';
import { healthOf } from '../outcomes/health.js';
import { upcomingEscalations } from '../outcomes/upcoming.js';
import type { Report } from '../rules/report.js';
import { forecastMilestones, scheduleMilestones } from '../schedule/critical-path.js';
import { addDays } from '../schedule/day.js';
import { resolveDue } from '../schedule/due.js';
import { fields, heading, list, table } from './blocks.js';
import { type TemplateContext, templateContext } from './context.js';
import type { TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';
import { percent } from './retrospective.js';

/** How far ahead the report looks for milestones coming due, in days. */
export const LOOK_AHEAD_DAYS = 14;

/** What the status report is built from: the collaboration, the date it reports at, and its report then. */
export interface StatusReportInput {
  readonly collaboration: Collaboration;
  readonly now: string;
  readonly report: Report;
}

const shown = (n: number | undefined, ctx: TemplateContext): string =>
  n === undefined ? '' : ctx.number(Math.round(n * 100) / 100);

const signed = (days: number): string => (days > 0 ? `+${days}` : String(days));

/**
 * Builds the status report (PRINCE2's highlight report) at a date: the health status and its reasons, the
 * milestones due in the next two weeks, slips and moved due dates, open escalations (due and coming up), open
 * problems (conflicts, incidents) and actions, and the goal's measures against what is expected by now. A blank
 * form (`null`) has the headings over empty tables.
 *
 * @param input - The collaboration, the date and its report, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { renderMarkdownDocument } from './render/markdown.js';
 * import { statusReportDocument } from './status-report.js';
 *
 * const blankForm = renderMarkdownDocument(statusReportDocument(null, 'en'));
 * ```
 */
export function statusReportDocument(input: StatusReportInput | null, locale: Locale): TemplateDocument {
  const c = input?.collaboration ?? null;
  const ctx = templateContext(c, locale);
  const label = (code: Parameters<typeof templateLabel>[1]) => templateLabel(locale, code);
  const blank = input === null;
  const health =
    input === null ? undefined : healthOf(input.collaboration, input.now, locale, undefined, input.report);

  const rows = input === null ? undefined : sections(input, ctx);
  return {
    locale,
    title: label('status.title'),
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        ['collaborationPeriod', ctx.period()],
        ['status.reportedOn', input?.now ?? ''],
        ['leader', ctx.person(c?.team?.leader)],
        ['status.health', health === undefined ? '' : label(`status.health.${health.status}`)],
      ]),
      heading(2, label('status.reasons')),
      list(
        ctx,
        health?.reasons.map((r) =>
          r.ruleId === undefined
            ? r.message
            : locale === 'en'
              ? `${r.message} (${r.ruleId})`
              : `${r.message}（${r.ruleId}）`,
        ),
        blank,
      ),
      heading(2, label('status.dueSoon')),
      table(
        ctx,
        ['status.milestone', 'status.department', 'status.due', 'status.forecast', 'status.state'],
        rows?.dueSoon ?? [],
        blank,
      ),
      heading(2, label('status.slips')),
      table(
        ctx,
        ['status.milestone', 'status.baselineDue', 'status.due', 'status.forecast', 'status.slip'],
        rows?.slips ?? [],
        blank,
      ),
      heading(2, label('status.escalations')),
      table(
        ctx,
        ['status.subject', 'status.level', 'status.when', 'status.reason'],
        rows?.escalations ?? [],
        blank,
      ),
      heading(2, label('status.open')),
      table(ctx, ['status.item', 'status.owner', 'status.due', 'status.state'], rows?.open ?? [], blank),
      heading(2, label('status.measures')),
      table(
        ctx,
        [
          'status.metric',
          'status.target',
          'status.expected',
          'status.latest',
          'status.attainment',
          'status.onTrack',
        ],
        rows?.measures ?? [],
        blank,
      ),
    ],
  };
}

function sections(input: StatusReportInput, ctx: TemplateContext) {
  const { collaboration: c, now, report } = input;
  const locale = ctx.locale;
  const label = (code: Parameters<typeof templateLabel>[1]) => templateLabel(locale, code);
  const schedule = scheduleMilestones(c);
  const forecast = new Map(forecastMilestones(c, now, schedule).map((f) => [f.id, f]));
  const horizon = addDays(now, LOOK_AHEAD_DAYS);
  const state = (status: string) =>
    label(`status.milestone.${status as 'planned' | 'in-progress' | 'blocked' | 'done'}`);

  const dueSoon: string[][] = [];
  const slips: string[][] = [];
  for (const m of c.milestones) {
    const due = resolveDue(m.due, c.period);
    const f = forecast.get(m.id);
    const forecastFinish = f?.forecastFinish ?? '';
    if (m.status !== 'done' && due >= now && due <= horizon) {
      dueSoon.push([m.name, ctx.department(m.department), due, forecastFinish, state(m.status)]);
    }
    const baseline = m.baselineDue === undefined ? undefined : resolveDue(m.baselineDue, c.period);
    const slip = f?.slipDays ?? 0;
    if (slip > 0 || (baseline !== undefined && baseline !== due)) {
      slips.push([m.name, baseline ?? '', due, forecastFinish, signed(slip)]);
    }
  }

  const escalations: string[][] = [
    ...report.actions.map((a) => [
      a.subjectId,
      [String(a.toLevel), a.title].filter(Boolean).join(' · '),
      label('status.escalation.due'),
      a.reason,
    ]),
    ...upcomingEscalations(report).map((u) => [
      u.subjectId,
      [String(u.toLevel), u.title].filter(Boolean).join(' · '),
      u.dueOn,
      label('status.escalation.upcoming'),
    ]),
  ];

  const open: string[][] = [
    ...c.conflicts
      .filter((k) => k.status !== 'resolved')
      .map((k) => [
        `${label('status.kind.conflict')}${locale === 'en' ? ': ' : '：'}${k.subject}`,
        '',
        '',
        k.status,
      ]),
    ...c.incidents
      .filter((i) => i.status !== 'closed')
      .map((i) => [
        `${label('status.kind.incident')}${locale === 'en' ? ': ' : '：'}${i.description}`,
        ctx.person(i.temporaryOwner),
        '',
        i.status,
      ]),
    ...c.meetings.flatMap((m) =>
      (m.actions ?? [])
        .filter((a) => a.done !== true)
        .map((a) => [
          `${label('status.kind.action')}${locale === 'en' ? ': ' : '：'}${a.item}`,
          ctx.person(a.owner),
          a.due === undefined ? '' : resolveDue(a.due, c.period),
          a.due !== undefined && resolveDue(a.due, c.period) < now
            ? label('status.overdue')
            : label('status.pending'),
        ]),
    ),
  ];

  const measures = attainmentOf(c, now, onTrackTolerance(undefined)).map((m) => [
    m.metric,
    shown(m.target, ctx),
    shown(m.expectedByNow, ctx),
    m.latest === undefined
      ? label('retrospective.attainment.noActual')
      : `${shown(m.latest, ctx)}${locale === 'en' ? ` (${m.latestOn})` : `（${m.latestOn}）`}`,
    m.attainment === undefined ? '—' : percent(ctx, m.attainment),
    m.onTrack === undefined ? '—' : label(m.onTrack ? 'status.yes' : 'status.no'),
  ]);
  return { dueSoon, slips, escalations, open, measures };
}
