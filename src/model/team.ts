import * as z from 'zod';
import { IdSchema } from './primitives.js';

/**
 * A power the team leader holds: coordinate progress, allocate resources, decide conflicts.
 *
 * @example
 * ```ts
 * LeaderAuthoritySchema.parse('decide-conflicts');
 * ```
 */
export const LeaderAuthoritySchema = z.enum(['coordinate', 'allocate-resources', 'decide-conflicts']);
/** A leader authority. @example `const a: LeaderAuthority = 'coordinate';` */
export type LeaderAuthority = z.infer<typeof LeaderAuthoritySchema>;

/**
 * The cross-department team: its leader and their authority, the core members and one liaison per department
 * (`liaisons` maps a department id to a person id).
 *
 * @example
 * ```ts
 * TeamSchema.parse({ leader: 'wang', core: ['wang', 'li'], liaisons: { rd: 'wu' } });
 * ```
 */
export const TeamSchema = z.strictObject({
  leader: IdSchema.optional(),
  leaderAuthority: z.array(LeaderAuthoritySchema).max(10).optional(),
  core: z.array(IdSchema).max(1000).optional(),
  liaisons: z.record(IdSchema, IdSchema).optional(),
});
