import * as z from 'zod';
import { CalendarSchema } from './calendar.js';
import { CommunicationSchema, DecisionMechanismSchema } from './communication.js';
import { ConflictSchema } from './conflict.js';
import { DecisionSchema } from './decision.js';
import { DepartmentSchema } from './department.js';
import { EscalationLevelSchema } from './escalation.js';
import { GoalSchema } from './goal.js';
import { IncidentSchema } from './incident.js';
import { MeetingSchema } from './meeting.js';
import { MilestoneSchema } from './milestone.js';
import { PersonSchema } from './person.js';
import { DayCountSchema, IdSchema, IsoDateSchema, PeriodSchema, TextSchema } from './primitives.js';
import { ProblemSchema } from './problem.js';
import { ResponsibilitySchema } from './responsibility.js';
import { RetrospectiveSchema } from './retrospective.js';
import { RiskSchema } from './risk.js';
import { ScopeSchema } from './scope.js';
import { TeamSchema } from './team.js';

/**
 * The kind of collaboration, from the playbook's four scenarios.
 *
 * @example
 * ```ts
 * ScenarioSchema.parse('problem-solving');
 * ```
 */
export const ScenarioSchema = z.enum(['project', 'problem-solving', 'resource-integration', 'strategy']);
/** A collaboration scenario. @example `const s: Scenario = 'strategy';` */
export type Scenario = z.infer<typeof ScenarioSchema>;

/**
 * The phases of a collaboration, in order.
 *
 * @example
 * ```ts
 * PhaseSchema.parse('executing');
 * ```
 */
export const PhaseSchema = z.enum(['initiating', 'forming', 'planning', 'executing', 'closing', 'closed']);
/** A collaboration phase. @example `const p: Phase = 'planning';` */
export type Phase = z.infer<typeof PhaseSchema>;

/** The phases in order, from `initiating` to `closed`. @example `PHASES.indexOf('planning'); // 2` */
export const PHASES: readonly Phase[] = PhaseSchema.options;

const list = <T extends z.ZodType>(item: T, max = 10_000) => z.array(item).max(max).default([]);

/**
 * A cross-department collaboration: the structure of `examples/new-product-launch.yaml`. Only `id`, `name`,
 * `scenario` and `period` are required; entity lists default to `[]`. Cross-references (departments, people,
 * milestones, conflicts) are checked by `parseCollaboration` (from `crossdept`), not by this schema alone.
 *
 * @example
 * ```ts
 * const result = CollaborationSchema.safeParse({
 *   id: 'x', name: '预算编制', scenario: 'project', period: { start: '2026-09-01', end: '2026-11-30' },
 * });
 * ```
 */
export const CollaborationSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  scenario: ScenarioSchema,
  phase: PhaseSchema.optional(),
  initiatingDepartment: IdSchema.optional(),
  initiatedOn: IsoDateSchema.optional(),
  period: PeriodSchema,
  goal: GoalSchema.optional(),
  scope: ScopeSchema.optional(),
  departments: list(DepartmentSchema, 1000),
  people: list(PersonSchema),
  team: TeamSchema.optional(),
  communication: CommunicationSchema.optional(),
  decisionMechanism: DecisionMechanismSchema.optional(),
  negotiationTimeboxDays: DayCountSchema.optional(),
  escalationPath: z.array(EscalationLevelSchema).max(100).optional(),
  responsibilities: list(ResponsibilitySchema),
  milestones: list(MilestoneSchema, 1_000_000),
  risks: list(RiskSchema),
  meetings: list(MeetingSchema),
  conflicts: list(ConflictSchema),
  incidents: list(IncidentSchema),
  problems: list(ProblemSchema),
  decisions: list(DecisionSchema),
  retrospective: RetrospectiveSchema.optional(),
  calendar: CalendarSchema.optional(),
});
