import * as z from 'zod';
import { IsoDateSchema, TextSchema } from './primitives.js';

/**
 * Which way a measure moves toward its target: `increase` (sales, coverage; the default) or `decrease`
 * (complaints, lead time).
 *
 * @example
 * ```ts
 * MeasureDirectionSchema.parse('decrease');
 * ```
 */
export const MeasureDirectionSchema = z.enum(['increase', 'decrease']);

/**
 * One check-in of a measure: the value measured `on` a date (within or after the period), with an optional note.
 *
 * @example
 * ```ts
 * MeasureActualSchema.parse({ on: '2026-11-30', value: 3200000, note: '首月销售额（财务口径）' });
 * ```
 */
export const MeasureActualSchema = z.strictObject({
  on: IsoDateSchema,
  value: z.number().finite(),
  note: TextSchema.optional(),
});

/**
 * One measure of a goal: a metric with an optional numeric target and unit, the `baseline` it starts from (0 when
 * absent), the `direction` it should move in (`increase` by default) and its `actuals` (check-ins).
 *
 * @example
 * ```ts
 * MeasureSchema.parse({ metric: '首月销售额', target: 5000000, unit: 'CNY', actuals: [{ on: '2026-11-30', value: 3200000 }] });
 * MeasureSchema.parse({ metric: '客诉响应时长', baseline: 48, target: 24, unit: '小时', direction: 'decrease' });
 * ```
 */
export const MeasureSchema = z.strictObject({
  metric: TextSchema,
  target: z.number().finite().optional(),
  unit: TextSchema.optional(),
  baseline: z.number().finite().optional(),
  direction: MeasureDirectionSchema.optional(),
  actuals: z.array(MeasureActualSchema).max(10_000).optional(),
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
