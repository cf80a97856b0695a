import type { Locale } from '../i18n/locale.js';
import { CadenceKindSchema, ChannelSchema, DecisionMechanismSchema } from '../model/communication.js';
import type { Collaboration } from '../model/types.js';
import { choices, fields, heading, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/**
 * Builds Template 1, the cross-department collaboration kickoff form (跨部门协作启动表), field for field: name,
 * initiating department, initiation date, SMART goal, period and leader; the participating departments with
 * owner, core responsibility, deliverable and due date (departments without a responsibility row get an empty
 * row); communication frequency and form and the decision mechanism as tick boxes over every option; risks
 * with response and responsible department.
 *
 * @param collaboration - The data, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { kickoffDocument } from './kickoff.js';
 * import { renderMarkdownDocument } from './render/markdown.js';
 *
 * const blankForm = renderMarkdownDocument(kickoffDocument(null, 'zh-CN'));
 * ```
 */
export function kickoffDocument(collaboration: Collaboration | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(collaboration, locale);
  const c = collaboration;
  const assigned = new Set(c?.responsibilities.map((r) => r.department));
  const participants = [
    ...(c?.responsibilities ?? []).map((r) => [
      ctx.department(r.department),
      ctx.person(r.owner),
      r.duty ?? '',
      r.deliverable ?? '',
      ctx.due(r.due),
    ]),
    // A department without duties still takes part: its role (a decision department approves and provides
    // resources) and who speaks for it, rather than an empty row.
    ...(c?.departments ?? [])
      .filter((d) => !assigned.has(d.id))
      .map((d) => [
        d.name,
        ctx.person(
          c?.team?.liaisons?.[d.id] ??
            c?.people.find((p) => p.department === d.id && p.decisionAuthority === true)?.id,
        ),
        templateLabel(locale, `kickoff.role.${d.role}`),
        '',
        '',
      ]),
  ];
  const risks = (c?.risks ?? []).map((r) => [r.description, r.response ?? '', ctx.party(r.owner)]);
  const cadences = c?.communication?.cadences?.map((cadence) => cadence.kind);
  const mechanism = c?.decisionMechanism === undefined ? [] : [c.decisionMechanism];
  return {
    locale,
    title: templateLabel(locale, 'kickoff.title'),
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        ['initiatingDepartment', ctx.department(c?.initiatingDepartment)],
        ['initiatedOn', c?.initiatedOn ?? ''],
        ['goal', ctx.goal()],
        ['collaborationPeriod', ctx.period()],
        ['leader', ctx.person(c?.team?.leader)],
      ]),
      heading(2, templateLabel(locale, 'kickoff.participants')),
      table(
        ctx,
        [
          'kickoff.participant.department',
          'kickoff.participant.owner',
          'kickoff.participant.duty',
          'kickoff.participant.deliverable',
          'kickoff.participant.due',
        ],
        participants,
      ),
      heading(2, templateLabel(locale, 'kickoff.communication')),
      fields(ctx, [
        [
          'kickoff.frequency',
          choices(
            ctx,
            CadenceKindSchema.options,
            cadences,
            (k) => templateLabel(locale, `cadence.${k}`),
            ctx.blank ? templateLabel(locale, 'tickHint') : undefined,
          ),
        ],
        [
          'kickoff.form',
          choices(ctx, ChannelSchema.options, c?.communication?.channels, (k) =>
            templateLabel(locale, `channelOption.${k}`),
          ),
        ],
      ]),
      heading(2, templateLabel(locale, 'kickoff.decision')),
      choices(ctx, DecisionMechanismSchema.options, mechanism, (k) => templateLabel(locale, `decision.${k}`)),
      heading(2, templateLabel(locale, 'kickoff.risks')),
      table(ctx, ['kickoff.risk.risk', 'kickoff.risk.response', 'kickoff.risk.department'], risks),
    ],
  };
}
