import * as z from 'zod';
import { IdSchema, TextSchema } from './primitives.js';

/**
 * A person taking part, with their department and whether they hold decision authority there.
 *
 * @example
 * ```ts
 * PersonSchema.parse({ id: 'wang', name: '王磊', department: 'rd', title: '研发部经理', decisionAuthority: true });
 * ```
 */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  department: IdSchema,
  title: TextSchema.optional(),
  decisionAuthority: z.boolean().optional(),
});
