import * as z from 'zod';

const ItemSchema = z.object({
  key: z.string().describe('What a sender records once delivered: the same key is never sent twice'),
  kind: z.enum(['escalation', 'upcoming', 'error', 'warning']),
  text: z.string(),
  subject: z.string(),
  level: z.number().int().optional(),
  decides: z.string().optional().describe('Who decides at that level: the title and the person'),
  by: z.string().optional().describe('The date to decide by, ISO YYYY-MM-DD'),
});

const EscalationSchema = z.object({
  when: z.enum(['due', 'upcoming']),
  on: z.string().describe('The date it is due, ISO'),
  ruleId: z.string(),
  scope: z.string(),
  subjectId: z.string(),
  toLevel: z.number().int(),
  title: z.string().optional(),
  person: z.string().optional(),
  reason: z.string(),
});

/**
 * The body crossdept posts to a generic webhook (`--channel webhook`): the collaboration, the date, the health,
 * the escalations due and coming up, the items this message tells (and how many were left for the next one), and
 * the whole report.
 *
 * @example
 * ```ts
 * import { NotificationWebhookSchema } from 'crossdept/schemas';
 *
 * declare const body: unknown;
 * const result = NotificationWebhookSchema.safeParse(body);
 * ```
 */
export const NotificationWebhookSchema = z.object({
  type: z.literal('crossdept.notification'),
  version: z.literal(1),
  collaboration: z.object({ id: z.string(), name: z.string() }),
  now: z.string().describe('The date the report was evaluated at, ISO'),
  locale: z.enum(['zh-CN', 'en']),
  health: z.object({
    status: z.enum(['green', 'amber', 'red']),
    reasons: z.array(
      z.object({ code: z.enum(['escalations', 'errors', 'warnings']), count: z.number().int() }),
    ),
  }),
  escalations: z.object({ due: z.array(EscalationSchema), upcoming: z.array(EscalationSchema) }),
  items: z.array(ItemSchema),
  omitted: z.number().int().describe('Items not in this message (already sent, or not asked for)'),
  report: z
    .object({
      findings: z.array(z.looseObject({ ruleId: z.string(), severity: z.string(), message: z.string() })),
      actions: z.array(z.looseObject({ type: z.string(), subjectId: z.string(), toLevel: z.number() })),
      summary: z.looseObject({}),
    })
    .loose(),
});

/**
 * The JSON Schema (draft 2020-12) of the generic webhook's body, generated from {@link NotificationWebhookSchema}.
 *
 * @returns The JSON Schema as a plain object.
 * @example
 * ```ts
 * import { notificationWebhookJsonSchema } from 'crossdept/schemas';
 *
 * JSON.stringify(notificationWebhookJsonSchema(), null, 2);
 * ```
 */
export function notificationWebhookJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(NotificationWebhookSchema, { unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'crossdept notification webhook',
    description:
      'The JSON body crossdept notify --channel webhook posts: health, escalations, findings and the report.',
  };
}
