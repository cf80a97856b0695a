import type { Locale } from '../i18n/locale.js';
import { IncidentStatusSchema } from '../model/incident.js';
import type { Collaboration, Incident } from '../model/types.js';
import { choices, fields, heading, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/**
 * The data of an emergency plan: a collaboration and one of its incidents.
 *
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import type { EmergencyPlanSource } from './emergency-plan.js';
 *
 * const source = (c: Collaboration): EmergencyPlanSource | null =>
 *   c.incidents[0] ? { collaboration: c, incident: c.incidents[0] } : null;
 * ```
 */
export interface EmergencyPlanSource {
  readonly collaboration: Collaboration;
  readonly incident: Incident;
}

/**
 * Builds the emergency plan (应急预案) of step 5 for a sudden problem: the incident, when it happened, the
 * department, the temporary owner and the status as tick boxes; the response measures; the impact assessment
 * (summary, schedule delay, cost) and the milestones affected with their due dates.
 *
 * @param source - The collaboration and incident, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { emergencyPlanDocument } from './emergency-plan.js';
 * import { renderMarkdownDocument } from './render/markdown.js';
 *
 * const blankForm = renderMarkdownDocument(emergencyPlanDocument(null, 'zh-CN'));
 * ```
 */
export function emergencyPlanDocument(source: EmergencyPlanSource | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(source?.collaboration ?? null, locale);
  const c = source?.collaboration;
  const i = source?.incident;
  const milestones = new Map((c?.milestones ?? []).map((m) => [m.id, m]));
  const measures = (i?.measures ?? []).map((m, n) => [String(n + 1), m]);
  const affected = (i?.affects ?? []).map((id) => {
    const m = milestones.get(id);
    return m ? [m.name, ctx.department(m.department), ctx.due(m.due)] : [id, '', ''];
  });
  const impact = i?.impact;
  return {
    locale,
    title: templateLabel(locale, 'emergencyPlan.title'),
    ...(i ? { subject: i.description } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        ['emergencyPlan.incident', i?.description ?? ''],
        ['emergencyPlan.occurredOn', i?.occurredOn ?? ''],
        ['emergencyPlan.department', ctx.department(i?.department)],
        ['emergencyPlan.temporaryOwner', ctx.person(i?.temporaryOwner)],
        [
          'emergencyPlan.status',
          choices(ctx, IncidentStatusSchema.options, i ? [i.status] : [], (s) =>
            templateLabel(locale, `incidentStatus.${s}`),
          ),
        ],
      ]),
      heading(2, templateLabel(locale, 'emergencyPlan.measures')),
      table(ctx, ['emergencyPlan.measure.number', 'emergencyPlan.measure.measure'], measures),
      heading(2, templateLabel(locale, 'emergencyPlan.impact')),
      fields(ctx, [
        ['emergencyPlan.impactSummary', impact?.summary ?? ''],
        [
          'emergencyPlan.scheduleImpact',
          impact?.scheduleDays === undefined
            ? ''
            : templateLabel(locale, 'emergencyPlan.scheduleDays', { count: impact.scheduleDays }),
        ],
        ['emergencyPlan.costImpact', impact?.cost === undefined ? '' : ctx.number(impact.cost)],
      ]),
      heading(3, templateLabel(locale, 'emergencyPlan.affected')),
      table(
        ctx,
        [
          'emergencyPlan.affected.milestone',
          'emergencyPlan.affected.department',
          'emergencyPlan.affected.due',
        ],
        affected,
      ),
    ],
  };
}
