import * as z from 'zod';
import { IdSchema, TextSchema } from './primitives.js';

/**
 * The role a department takes in a collaboration: it decides, executes or supports.
 *
 * @example
 * ```ts
 * DepartmentRoleSchema.parse('execution');
 * ```
 */
export const DepartmentRoleSchema = z.enum(['decision', 'execution', 'support']);
/** A department's role. @example `const role: DepartmentRole = 'support';` */
export type DepartmentRole = z.infer<typeof DepartmentRoleSchema>;

/**
 * A department taking part in the collaboration.
 *
 * @example
 * ```ts
 * DepartmentSchema.parse({ id: 'rd', name: '研发部', role: 'execution' });
 * ```
 */
export const DepartmentSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  role: DepartmentRoleSchema,
});
