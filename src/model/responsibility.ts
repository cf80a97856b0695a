import * as z from 'zod';
import { DueSchema, IdSchema, TextSchema } from './primitives.js';

/**
 * One row of the responsibility table: the department, its owner, duty, deliverable and due date. In RACI terms
 * the owner is the R; `accountable` (one person), `consulted` and `informed` (person or department ids) complete
 * the matrix. Only `department` is required to parse; completeness is checked by the rules.
 *
 * @example
 * ```ts
 * ResponsibilitySchema.parse({ department: 'rd', owner: 'wang', duty: '完成产品功能开发', deliverable: '测试版产品', due: { month: 1, part: 'end' } });
 * ```
 */
export const ResponsibilitySchema = z.strictObject({
  department: IdSchema,
  owner: IdSchema.optional(),
  duty: TextSchema.optional(),
  deliverable: TextSchema.optional(),
  due: DueSchema.optional(),
  accountable: IdSchema.optional(),
  consulted: z.array(IdSchema).max(1000).optional(),
  informed: z.array(IdSchema).max(1000).optional(),
});
