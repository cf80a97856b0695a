import * as z from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/**
 * Where a problem of the problem log stands.
 *
 * @example
 * ```ts
 * ProblemStatusSchema.parse('in-progress');
 * ```
 */
export const ProblemStatusSchema = z.enum(['open', 'in-progress', 'resolved']);
/** A problem's status. @example `const s: ProblemStatus = 'open';` */
export type ProblemStatus = z.infer<typeof ProblemStatusSchema>;

/**
 * One entry of the problem log (PMBOK's issue log): a problem raised in the group, who raised it and when, the
 * resources it needs, who owns it, where it stands, and the conflict it became when the group could not solve it.
 * Named a problem so it is never confused with a validation issue.
 *
 * @example
 * ```ts
 * ProblemSchema.parse({
 *   id: 'p-supply', raisedOn: '2026-10-12', raisedBy: 'zhao', description: '供应商产能不足',
 *   needs: '采购部协调', owner: 'zhao', status: 'resolved', resolvedOn: '2026-10-16', resolution: '加急排产',
 * });
 * ```
 */
export const ProblemSchema = z.strictObject({
  id: IdSchema,
  raisedOn: IsoDateSchema,
  raisedBy: IdSchema,
  description: TextSchema,
  needs: TextSchema.optional(),
  owner: IdSchema.optional(),
  status: ProblemStatusSchema,
  resolvedOn: IsoDateSchema.optional(),
  resolution: TextSchema.optional(),
  conflict: IdSchema.optional(),
});
