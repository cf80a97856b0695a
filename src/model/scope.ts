import * as z from 'zod';
import { TextSchema } from './primitives.js';

/**
 * What the collaboration includes and explicitly excludes. An explicit empty `excluded` list states "nothing".
 *
 * @example
 * ```ts
 * ScopeSchema.parse({ included: ['推广方案'], excluded: [] });
 * ```
 */
export const ScopeSchema = z.strictObject({
  included: z.array(TextSchema).max(1000).optional(),
  excluded: z.array(TextSchema).max(1000).optional(),
});
