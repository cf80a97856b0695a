import * as z from 'zod';
import { IdSchema, TextSchema } from './primitives.js';

/**
 * A person taking part, with their department, whether they hold decision authority there, and whom they report
 * to (`reportsTo`, the org chart the escalation ladder climbs).
 *
 * @example
 * ```ts
 * PersonSchema.parse({ id: 'wang', name: '王磊', department: 'rd', title: '研发部经理', decisionAuthority: true, reportsTo: 'zhou' });
 * ```
 */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  department: IdSchema,
  title: TextSchema.optional(),
  decisionAuthority: z.boolean().optional(),
  reportsTo: IdSchema.optional(),
});
