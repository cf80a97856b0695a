import * as z from 'zod';
import { TextSchema } from './primitives.js';

/**
 * How often a recurring meeting happens.
 *
 * @example
 * ```ts
 * CadenceKindSchema.parse('biweekly');
 * ```
 */
export const CadenceKindSchema = z.enum(['weekly', 'biweekly', 'monthly', 'ad-hoc']);
/** A cadence kind. @example `const k: CadenceKind = 'weekly';` */
export type CadenceKind = z.infer<typeof CadenceKindSchema>;

/**
 * The form a meeting or exchange takes: in person, online, or through shared documents.
 *
 * @example
 * ```ts
 * ChannelSchema.parse('shared-docs');
 * ```
 */
export const ChannelSchema = z.enum(['in-person', 'online', 'shared-docs']);
/** A communication channel. @example `const c: Channel = 'online';` */
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * What the regular communication covers: progress sync, issue feedback, decisions.
 *
 * @example
 * ```ts
 * CommunicationContentSchema.parse('decisions');
 * ```
 */
export const CommunicationContentSchema = z.enum(['progress', 'issues', 'decisions']);
/** A communication content kind. @example `const c: CommunicationContent = 'progress';` */
export type CommunicationContent = z.infer<typeof CommunicationContentSchema>;

/**
 * One recurring meeting in the communication plan.
 *
 * @example
 * ```ts
 * CadenceSchema.parse({ kind: 'weekly', purpose: '进度同步' });
 * ```
 */
export const CadenceSchema = z.strictObject({
  kind: CadenceKindSchema,
  purpose: TextSchema.optional(),
});

/**
 * The communication plan: cadences, channels and contents.
 *
 * @example
 * ```ts
 * CommunicationSchema.parse({ cadences: [{ kind: 'weekly' }], channels: ['online'], contents: ['progress'] });
 * ```
 */
export const CommunicationSchema = z.strictObject({
  cadences: z.array(CadenceSchema).max(100).optional(),
  channels: z.array(ChannelSchema).max(10).optional(),
  contents: z.array(CommunicationContentSchema).max(10).optional(),
});

/**
 * How the team decides: the leader decides, the departments vote, or the common superior approves.
 *
 * @example
 * ```ts
 * DecisionMechanismSchema.parse('leader-decides');
 * ```
 */
export const DecisionMechanismSchema = z.enum(['leader-decides', 'department-vote', 'superior-approval']);
/** A decision mechanism. @example `const m: DecisionMechanism = 'department-vote';` */
export type DecisionMechanism = z.infer<typeof DecisionMechanismSchema>;
