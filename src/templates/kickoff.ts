import type { Locale } from '../i18n/locale.js';
import { CadenceKindSchema, ChannelSchema, DecisionMechanismSchema } from '../model/communication.js';
import type { Collaboration } from '../model/types.js';
import { choices, fields, heading, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';

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
  const L = ctx.labels;
  const K = L.kickoff;
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
    ...(c?.departments ?? []).filter((d) => !assigned.has(d.id)).map((d) => [d.name, '', '', '', '']),
  ];
  const risks = (c?.risks ?? []).map((r) => [r.description, r.response ?? '', ctx.party(r.owner)]);
  const cadences = c?.communication?.cadences?.map((cadence) => cadence.kind);
  const mechanism = c?.decisionMechanism === undefined ? [] : [c.decisionMechanism];
  return {
    locale,
    title: K.title,
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        [L.projectName, c?.name ?? ''],
        [L.initiatingDepartment, ctx.department(c?.initiatingDepartment)],
        [L.initiatedOn, c?.initiatedOn ?? ''],
        [L.goal, ctx.goal()],
        [L.collaborationPeriod, ctx.period()],
        [L.leader, ctx.person(c?.team?.leader)],
      ]),
      heading(2, K.participants),
      table(ctx, K.participantColumns, participants),
      heading(2, K.communication),
      fields(ctx, [
        [
          K.frequency,
          choices(ctx, CadenceKindSchema.options, cadences, L.cadence, ctx.blank ? L.tickHint : undefined),
        ],
        [K.form, choices(ctx, ChannelSchema.options, c?.communication?.channels, L.channelOption)],
      ]),
      heading(2, K.decision),
      choices(ctx, DecisionMechanismSchema.options, mechanism, L.decision),
      heading(2, K.risks),
      table(ctx, K.riskColumns, risks),
    ],
  };
}
