import * as z from 'zod';
import { IsoDateSchema } from './primitives.js';

/**
 * The working-day calendar: Monday to Friday, minus `holidays`, plus make-up `workdays`.
 *
 * @example
 * ```ts
 * CalendarSchema.parse({ holidays: ['2026-10-01'], workdays: ['2026-10-10'] });
 * ```
 */
export const CalendarSchema = z.strictObject({
  holidays: z.array(IsoDateSchema).max(10_000).optional(),
  workdays: z.array(IsoDateSchema).max(10_000).optional(),
});
