import * as z from 'zod';
import { EscalationSchema } from './escalation.js';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/**
 * Where an incident stands.
 *
 * @example
 * ```ts
 * IncidentStatusSchema.parse('contained');
 * ```
 */
export const IncidentStatusSchema = z.enum(['open', 'contained', 'closed']);
/** An incident status. @example `const s: IncidentStatus = 'closed';` */
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

/**
 * The impact assessment of an incident: a summary, and optionally the schedule delay in days and the cost.
 *
 * @example
 * ```ts
 * ImpactSchema.parse({ summary: '上市推迟一周', scheduleDays: 7, cost: 20000 });
 * ```
 */
export const ImpactSchema = z.strictObject({
  summary: TextSchema,
  scheduleDays: z.number().int().min(0).max(100_000).optional(),
  cost: z.number().finite().min(0).optional(),
});

/**
 * A sudden problem and its emergency plan: temporary owner, measures, impact assessment (`impact.scheduleDays`
 * delays the milestones it `affects`) and its escalations.
 *
 * @example
 * ```ts
 * IncidentSchema.parse({ id: 'outage', description: '测试环境故障', occurredOn: '2026-10-20', temporaryOwner: 'wu', measures: ['切换备用环境'], status: 'open' });
 * ```
 */
export const IncidentSchema = z.strictObject({
  id: IdSchema,
  description: TextSchema,
  occurredOn: IsoDateSchema,
  department: IdSchema.optional(),
  temporaryOwner: IdSchema.optional(),
  measures: z.array(TextSchema).max(1000).optional(),
  impact: ImpactSchema.optional(),
  affects: z.array(IdSchema).max(10_000).optional(),
  status: IncidentStatusSchema.default('open'),
  escalations: z.array(EscalationSchema).max(100).optional(),
});
