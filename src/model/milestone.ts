import * as z from 'zod';
import { EscalationSchema } from './escalation.js';
import { DayCountSchema, DueSchema, IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/**
 * A milestone's status.
 *
 * @example
 * ```ts
 * MilestoneStatusSchema.parse('blocked');
 * ```
 */
export const MilestoneStatusSchema = z.enum(['planned', 'in-progress', 'blocked', 'done']);
/** A milestone status. @example `const s: MilestoneStatus = 'done';` */
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;

/**
 * A milestone node on the critical path: who delivers it, when, what it waits for (`dependsOn`), how long it takes
 * (`durationDays`, else derived from due dates), whether it is done (`completedOn`) and its escalations when
 * it slipped. `baselineDue` is the due date agreed at kickoff (absolute or relative like `due`), against which later
 * re-planning is measured.
 *
 * @example
 * ```ts
 * MilestoneSchema.parse({ id: 'beta', name: '测试版产品交付', department: 'rd', due: { month: 1, part: 'end' }, status: 'done', completedOn: '2026-09-29' });
 * ```
 */
export const MilestoneSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  department: IdSchema.optional(),
  owner: IdSchema.optional(),
  due: DueSchema,
  baselineDue: DueSchema.optional(),
  dependsOn: z.array(IdSchema).max(10_000).optional(),
  durationDays: DayCountSchema.optional(),
  status: MilestoneStatusSchema.default('planned'),
  completedOn: IsoDateSchema.optional(),
  escalations: z.array(EscalationSchema).max(100).optional(),
});
