import * as z from 'zod';
import { DayCountSchema, IdSchema, TextSchema } from './primitives.js';

/**
 * One level of the escalation path: its number (1 is the first), the title who decides there, optionally the
 * person, and how many working days a conflict may stay at this level before going one higher.
 *
 * @example
 * ```ts
 * EscalationLevelSchema.parse({ level: 2, title: '分管副总', person: 'zhou', timeboxDays: 3 });
 * ```
 */
export const EscalationLevelSchema = z.strictObject({
  level: z.number().int().min(1).max(100),
  title: TextSchema,
  person: IdSchema.optional(),
  timeboxDays: DayCountSchema.optional(),
});
