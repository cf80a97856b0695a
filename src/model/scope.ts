import * as z from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/**
 * One change of the scope after it was agreed: an `item` `added` or `removed` `on` a date, and the person who
 * approved it (`approvedBy`, a person id).
 *
 * @example
 * ```ts
 * ScopeChangeSchema.parse({ on: '2026-10-20', change: 'added', item: '海外渠道', approvedBy: 'zhou' });
 * ```
 */
export const ScopeChangeSchema = z.strictObject({
  on: IsoDateSchema,
  change: z.enum(['added', 'removed']),
  item: TextSchema,
  approvedBy: IdSchema.optional(),
});

/**
 * What the collaboration includes and explicitly excludes (an explicit empty `excluded` list states "nothing"), and
 * the `changes` made to it since it was agreed.
 *
 * @example
 * ```ts
 * ScopeSchema.parse({ included: ['推广方案'], excluded: [] });
 * ```
 */
export const ScopeSchema = z.strictObject({
  included: z.array(TextSchema).max(1000).optional(),
  excluded: z.array(TextSchema).max(1000).optional(),
  changes: z.array(ScopeChangeSchema).max(1000).optional(),
});
