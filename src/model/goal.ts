import * as z from 'zod';
import { IsoDateSchema, TextSchema } from './primitives.js';

/**
 * One measure of a goal: a metric with an optional numeric target, unit and baseline.
 *
 * @example
 * ```ts
 * MeasureSchema.parse({ metric: '首月销售额', target: 5000000, unit: 'CNY' });
 * ```
 */
export const MeasureSchema = z.strictObject({
  metric: TextSchema,
  target: z.number().finite().optional(),
  unit: TextSchema.optional(),
  baseline: z.number().finite().optional(),
});

/**
 * The collaboration goal with its SMART fields: the one-sentence `statement`, what is `specific`, the `measures`,
 * why it is `achievable` and `relevant`, and the `deadline`.
 *
 * @example
 * ```ts
 * GoalSchema.parse({ statement: '3个月内完成产品上市', deadline: '2026-11-30' });
 * ```
 */
export const GoalSchema = z.strictObject({
  statement: TextSchema.optional(),
  specific: TextSchema.optional(),
  measures: z.array(MeasureSchema).max(1000).optional(),
  achievable: TextSchema.optional(),
  relevant: TextSchema.optional(),
  deadline: IsoDateSchema.optional(),
});
