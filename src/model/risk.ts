import * as z from 'zod';
import { IdSchema, TextSchema } from './primitives.js';

/**
 * A foreseen risk with its response and the responsible department (or person).
 *
 * @example
 * ```ts
 * RiskSchema.parse({ id: 'supply', description: '供应商产能不足导致铺货延迟', response: '提前协调采购部锁定产能', owner: 'sales' });
 * ```
 */
export const RiskSchema = z.strictObject({
  id: IdSchema,
  description: TextSchema,
  response: TextSchema.optional(),
  owner: IdSchema.optional(),
});
