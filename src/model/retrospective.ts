import * as z from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/**
 * A recognition of a person or department (`who` is a person id or a department id).
 *
 * @example
 * ```ts
 * RecognitionSchema.parse({ who: 'sales', for: '提前一周完成铺货' });
 * ```
 */
export const RecognitionSchema = z.strictObject({
  who: IdSchema,
  for: TextSchema,
});

/**
 * The retrospective (step 6): highlights, improvements, lessons, reusable practices and recognitions.
 *
 * @example
 * ```ts
 * RetrospectiveSchema.parse({ heldOn: '2026-12-05', highlights: ['里程碑机制有效'], improvements: [], lessons: [] });
 * ```
 */
export const RetrospectiveSchema = z.strictObject({
  heldOn: IsoDateSchema,
  highlights: z.array(TextSchema).max(1000).optional(),
  improvements: z.array(TextSchema).max(1000).optional(),
  lessons: z.array(TextSchema).max(1000).optional(),
  reusablePractices: z.array(TextSchema).max(1000).optional(),
  recognitions: z.array(RecognitionSchema).max(1000).optional(),
  report: TextSchema.optional(),
});
