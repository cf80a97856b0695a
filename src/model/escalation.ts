import * as z from 'zod';
import { DayCountSchema, IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

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

/**
 * An escalation record: a subject (a conflict, a milestone or an incident) taken to a level of the escalation
 * path on a date, when that level acknowledged it and by whom, and what it decided. `acknowledgedOn` is not
 * before `on`; `acknowledgedBy` and `decidedBy` are person ids; the level is one of the escalation path.
 *
 * @example
 * ```ts
 * EscalationSchema.parse({ level: 1, on: '2026-11-20', acknowledgedOn: '2026-11-20', acknowledgedBy: 'li' });
 * ```
 */
export const EscalationSchema = z.strictObject({
  level: z.number().int().min(1).max(100),
  on: IsoDateSchema,
  acknowledgedOn: IsoDateSchema.optional(),
  acknowledgedBy: IdSchema.optional(),
  decision: TextSchema.optional(),
  decidedBy: IdSchema.optional(),
});
