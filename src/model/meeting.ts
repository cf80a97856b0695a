import * as z from 'zod';
import { ChannelSchema } from './communication.js';
import { DueSchema, IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/**
 * The kind of meeting.
 *
 * @example
 * ```ts
 * MeetingKindSchema.parse('progress-sync');
 * ```
 */
export const MeetingKindSchema = z.enum(['progress-sync', 'review', 'decision', 'ad-hoc', 'retrospective']);
/** A meeting kind. @example `const k: MeetingKind = 'review';` */
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/**
 * An item a department reports as done at a progress sync.
 *
 * @example
 * ```ts
 * DoneItemSchema.parse({ department: 'rd', item: '完成功能开发初版' });
 * ```
 */
export const DoneItemSchema = z.strictObject({
  department: IdSchema,
  item: TextSchema,
});

/**
 * An item not done yet, with its reason and the support it needs.
 *
 * @example
 * ```ts
 * UndoneItemSchema.parse({ department: 'sales', item: '渠道铺货', reason: '供应商产能不足', needs: '协调采购部加急处理' });
 * ```
 */
export const UndoneItemSchema = z.strictObject({
  department: IdSchema,
  item: TextSchema,
  reason: TextSchema.optional(),
  needs: TextSchema.optional(),
});

/**
 * The progress-sync part of the minutes: who leads it (else the chair), done items, and undone items with reasons.
 *
 * @example
 * ```ts
 * ProgressSchema.parse({ done: [{ department: 'cs', item: '售后培训完成' }], undone: [] });
 * ```
 */
export const ProgressSchema = z.strictObject({
  owner: IdSchema.optional(),
  done: z.array(DoneItemSchema).max(10_000).optional(),
  undone: z.array(UndoneItemSchema).max(10_000).optional(),
});

/**
 * One department's position in a discussion.
 *
 * @example
 * ```ts
 * PositionSchema.parse({ department: 'mkt', position: '增加线上推广预算' });
 * ```
 */
export const PositionSchema = z.strictObject({
  department: IdSchema,
  position: TextSchema,
});

/**
 * A discussion at a meeting: the dispute, who leads this part of the agenda (else the chair), each side's
 * position, the conclusion, and the conflict it belongs to.
 *
 * @example
 * ```ts
 * DiscussionSchema.parse({ dispute: '预算优先级', positions: [], conclusion: '维持原预算', conflict: 'budget-priority' });
 * ```
 */
export const DiscussionSchema = z.strictObject({
  dispute: TextSchema,
  owner: IdSchema.optional(),
  positions: z.array(PositionSchema).max(1000).optional(),
  conclusion: TextSchema.optional(),
  conflict: IdSchema.optional(),
});

/**
 * An action item from a meeting: what, who, by when, whether it is done and when. An `id` (unique within the
 * collaboration) names it across meetings; without one it is `<meeting id>/actions/<index>`.
 *
 * @example
 * ```ts
 * ActionItemSchema.parse({ item: '协调采购部加急处理供应商产能', owner: 'zhao', due: '2026-10-16', done: true });
 * ```
 */
export const ActionItemSchema = z.strictObject({
  id: IdSchema.optional(),
  item: TextSchema,
  owner: IdSchema.optional(),
  due: DueSchema.optional(),
  done: z.boolean().optional(),
  doneOn: IsoDateSchema.optional(),
});

/**
 * A meeting and its minutes (template 2): topic, date, form, attendees, progress, discussions and actions; who
 * recorded the minutes, the people or departments they went to, the date of the next meeting, and the decisions
 * taken (ids in the decision log).
 *
 * @example
 * ```ts
 * MeetingSchema.parse({ id: 'sync-1', kind: 'progress-sync', topic: '第1周进度同步会', heldOn: '2026-09-07', attendees: ['wang'] });
 * ```
 */
export const MeetingSchema = z.strictObject({
  id: IdSchema,
  kind: MeetingKindSchema,
  topic: TextSchema,
  heldOn: IsoDateSchema,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(-([01]\d|2[0-3]):[0-5]\d)?$/)
    .optional(),
  form: ChannelSchema.optional(),
  location: TextSchema.optional(),
  chair: IdSchema.optional(),
  attendees: z.array(IdSchema).max(1000).optional(),
  progress: ProgressSchema.optional(),
  discussions: z.array(DiscussionSchema).max(1000).optional(),
  actions: z.array(ActionItemSchema).max(10_000).optional(),
  decisions: z.array(IdSchema).max(1000).optional(),
  recorder: IdSchema.optional(),
  distribution: z.array(IdSchema).max(1000).optional(),
  nextOn: IsoDateSchema.optional(),
});
