import type { Locale } from '../i18n/locale.js';
import {
  ChannelSchema,
  CommunicationContentSchema,
  DecisionMechanismSchema,
} from '../model/communication.js';
import type { Collaboration } from '../model/types.js';
import { choices, fields, heading, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';

/**
 * Builds the communication plan (跨部门沟通计划) of step 3: the recurring meetings with their purpose, the
 * communication forms and contents and the decision mechanism as tick boxes, the departments' day-to-day
 * contacts (step 2), and the conflict procedure of step 5: the time the leader has to mediate, then the
 * escalation path level by level with each level's time limit.
 *
 * @param collaboration - The data, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { communicationPlanDocument } from './communication-plan.js';
 * import { renderHtmlDocument } from './render/html.js';
 *
 * const blankForm = renderHtmlDocument(communicationPlanDocument(null, 'zh-CN'));
 * ```
 */
export function communicationPlanDocument(
  collaboration: Collaboration | null,
  locale: Locale,
): TemplateDocument {
  const ctx = templateContext(collaboration, locale);
  const L = ctx.labels;
  const P = L.communicationPlan;
  const c = collaboration;
  const cadences = (c?.communication?.cadences ?? []).map((k) => [L.cadence[k.kind], k.purpose ?? '']);
  const liaisons = Object.entries(c?.team?.liaisons ?? {}).map(([dept, person]) => [
    ctx.department(dept),
    ctx.person(person),
  ]);
  const path = [...(c?.escalationPath ?? [])].sort((a, b) => a.level - b.level);
  const levels = path.map((l) => [
    P.level(l.level),
    l.title,
    ctx.person(l.person),
    l.timeboxDays === undefined ? '' : L.workingDays(l.timeboxDays),
  ]);
  const negotiation = c?.negotiationTimeboxDays;
  return {
    locale,
    title: P.title,
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        [L.projectName, c?.name ?? ''],
        [L.collaborationPeriod, ctx.period()],
        [L.leader, ctx.person(c?.team?.leader)],
      ]),
      heading(2, P.cadences),
      table(ctx, P.cadenceColumns, cadences),
      heading(2, P.forms),
      choices(ctx, ChannelSchema.options, c?.communication?.channels, L.channelOption),
      heading(2, P.contents),
      choices(ctx, CommunicationContentSchema.options, c?.communication?.contents, L.content),
      heading(2, P.decision),
      choices(
        ctx,
        DecisionMechanismSchema.options,
        c?.decisionMechanism === undefined ? [] : [c.decisionMechanism],
        L.decision,
      ),
      heading(2, P.liaisons),
      table(ctx, P.liaisonColumns, liaisons),
      heading(2, P.conflict),
      fields(ctx, [
        [P.negotiation, negotiation === undefined ? '' : L.workingDays(negotiation)],
        [P.escalationPath, path.map((l) => l.title).join(P.arrow)],
      ]),
      table(ctx, P.escalationColumns, levels),
    ],
  };
}
