import * as z from 'zod';
import { EscalationSchema } from './escalation.js';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/**
 * What a conflict is about.
 *
 * @example
 * ```ts
 * ConflictKindSchema.parse('resource');
 * ```
 */
export const ConflictKindSchema = z.enum(['opinion', 'resource', 'priority', 'schedule']);
/** A conflict kind. @example `const k: ConflictKind = 'priority';` */
export type ConflictKind = z.infer<typeof ConflictKindSchema>;

/**
 * How a negotiation round ended.
 *
 * @example
 * ```ts
 * NegotiationOutcomeSchema.parse('failed');
 * ```
 */
export const NegotiationOutcomeSchema = z.enum(['agreed', 'failed', 'pending']);
/** A negotiation outcome. @example `const o: NegotiationOutcome = 'agreed';` */
export type NegotiationOutcome = z.infer<typeof NegotiationOutcomeSchema>;

/**
 * Where a conflict stands.
 *
 * @example
 * ```ts
 * ConflictStatusSchema.parse('escalated');
 * ```
 */
export const ConflictStatusSchema = z.enum(['open', 'negotiating', 'escalated', 'resolved']);
/** A conflict status. @example `const s: ConflictStatus = 'open';` */
export type ConflictStatus = z.infer<typeof ConflictStatusSchema>;

/**
 * A negotiation round led by a facilitator (usually the team leader).
 *
 * @example
 * ```ts
 * NegotiationSchema.parse({ on: '2026-10-12', facilitator: 'wang', outcome: 'agreed' });
 * ```
 */
export const NegotiationSchema = z.strictObject({
  on: IsoDateSchema,
  facilitator: IdSchema.optional(),
  outcome: NegotiationOutcomeSchema,
  note: TextSchema.optional(),
});

/**
 * A disagreement or resource conflict between departments, with its negotiations and escalations.
 *
 * @example
 * ```ts
 * ConflictSchema.parse({ id: 'budget', kind: 'resource', parties: ['mkt', 'sales'], subject: '预算优先级', raisedOn: '2026-10-12', status: 'open' });
 * ```
 */
export const ConflictSchema = z.strictObject({
  id: IdSchema,
  kind: ConflictKindSchema,
  parties: z.array(IdSchema).max(100),
  subject: TextSchema,
  raisedOn: IsoDateSchema,
  negotiations: z.array(NegotiationSchema).max(1000).optional(),
  escalations: z.array(EscalationSchema).max(100).optional(),
  status: ConflictStatusSchema.default('open'),
  resolvedOn: IsoDateSchema.optional(),
  resolution: TextSchema.optional(),
});
