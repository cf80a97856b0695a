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
import { templateLabel } from './labels/catalogue.js';

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
  const c = collaboration;
  const cadences = (c?.communication?.cadences ?? []).map((k) => [
    templateLabel(locale, `cadence.${k.kind}`),
    k.purpose ?? '',
  ]);
  const liaisons = Object.entries(c?.team?.liaisons ?? {}).map(([dept, person]) => [
    ctx.department(dept),
    ctx.person(person),
  ]);
  const path = [...(c?.escalationPath ?? [])].sort((a, b) => a.level - b.level);
  const levels = path.map((l) => [
    templateLabel(locale, 'communicationPlan.level', { count: l.level }),
    l.title,
    ctx.person(l.person),
    l.timeboxDays === undefined ? '' : templateLabel(locale, 'workingDays', { count: l.timeboxDays }),
  ]);
  const negotiation = c?.negotiationTimeboxDays;
  return {
    locale,
    title: templateLabel(locale, 'communicationPlan.title'),
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        ['collaborationPeriod', ctx.period()],
        ['leader', ctx.person(c?.team?.leader)],
      ]),
      heading(2, templateLabel(locale, 'communicationPlan.cadences')),
      table(ctx, ['communicationPlan.cadence.kind', 'communicationPlan.cadence.purpose'], cadences),
      heading(2, templateLabel(locale, 'communicationPlan.forms')),
      choices(ctx, ChannelSchema.options, c?.communication?.channels, (k) =>
        templateLabel(locale, `channelOption.${k}`),
      ),
      heading(2, templateLabel(locale, 'communicationPlan.contents')),
      choices(ctx, CommunicationContentSchema.options, c?.communication?.contents, (k) =>
        templateLabel(locale, `content.${k}`),
      ),
      heading(2, templateLabel(locale, 'communicationPlan.decision')),
      choices(
        ctx,
        DecisionMechanismSchema.options,
        c?.decisionMechanism === undefined ? [] : [c.decisionMechanism],
        (k) => templateLabel(locale, `decision.${k}`),
      ),
      heading(2, templateLabel(locale, 'communicationPlan.liaisons')),
      table(ctx, ['communicationPlan.liaison.department', 'communicationPlan.liaison.person'], liaisons),
      heading(2, templateLabel(locale, 'communicationPlan.conflict')),
      fields(ctx, [
        [
          'communicationPlan.negotiation',
          negotiation === undefined ? '' : templateLabel(locale, 'workingDays', { count: negotiation }),
        ],
        [
          'communicationPlan.escalationPath',
          path.map((l) => l.title).join(templateLabel(locale, 'communicationPlan.arrow')),
        ],
      ]),
      table(
        ctx,
        [
          'communicationPlan.escalation.level',
          'communicationPlan.escalation.role',
          'communicationPlan.escalation.person',
          'communicationPlan.escalation.timebox',
        ],
        levels,
      ),
    ],
  };
}
