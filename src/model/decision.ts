import * as z from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/**
 * Where a decision was taken from: a meeting, a conflict, or a level of an escalation written
 * `<kind>/<id>/<level>` with kind `conflict`, `milestone` or `incident` (`conflict/budget-priority/2`). The ids and
 * the level are checked against the collaboration by `parseCollaboration`.
 *
 * @example
 * ```ts
 * DecisionSourceSchema.parse({ escalation: 'conflict/budget-priority/2' });
 * ```
 */
export const DecisionSourceSchema = z.union([
  z.strictObject({ meeting: IdSchema }),
  z.strictObject({ conflict: IdSchema }),
  z.strictObject({
    escalation: z
      .string()
      .max(300)
      .regex(/^(conflict|milestone|incident)\/[\p{L}\p{N}][\p{L}\p{N}._-]*\/[1-9]\d?$/u)
      .describe('<kind>/<id>/<level>: kind conflict, milestone or incident'),
  }),
]);

/**
 * One entry of the decision log, in Atlassian's DACI roles: the driver who brought it, the approver who decided,
 * the contributors consulted and the people or departments informed, the outcome, and where it was taken.
 *
 * @example
 * ```ts
 * DecisionSchema.parse({
 *   id: 'd-budget', title: '推广预算分配', on: '2026-10-12', driver: 'li', approver: 'wang',
 *   contributors: ['sales'], informed: ['gm'], outcome: '线上推广预算暂定10万元', source: { meeting: 'sync-2026-10-12' },
 * });
 * ```
 */
export const DecisionSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  on: IsoDateSchema,
  driver: IdSchema,
  approver: IdSchema,
  contributors: z.array(IdSchema).max(1000).optional(),
  informed: z.array(IdSchema).max(1000).optional(),
  outcome: TextSchema,
  source: DecisionSourceSchema.optional(),
});
