import type { z } from 'zod';
import type { CalendarSchema } from './calendar.js';
import type { CollaborationSchema } from './collaboration.js';
import type { CadenceSchema, CommunicationSchema } from './communication.js';
import type { ConflictSchema, NegotiationSchema } from './conflict.js';
import type { DecisionSchema, DecisionSourceSchema } from './decision.js';
import type { DepartmentSchema } from './department.js';
import type { EscalationLevelSchema, EscalationSchema } from './escalation.js';
import type { GoalSchema, MeasureActualSchema, MeasureSchema } from './goal.js';
import type { ImpactSchema, IncidentSchema } from './incident.js';
import type {
  ActionItemSchema,
  DiscussionSchema,
  DoneItemSchema,
  MeetingSchema,
  PositionSchema,
  ProgressSchema,
  UndoneItemSchema,
} from './meeting.js';
import type { MilestoneSchema } from './milestone.js';
import type { PersonSchema } from './person.js';
import type { ProblemSchema } from './problem.js';
import type { ResponsibilitySchema } from './responsibility.js';
import type { RecognitionSchema, RetrospectiveSchema } from './retrospective.js';
import type { RiskSchema } from './risk.js';
import type { ScopeChangeSchema, ScopeSchema } from './scope.js';
import type { TeamSchema } from './team.js';

/**
 * Makes every field and array of a type readonly, recursively.
 *
 * @example
 * ```ts
 * type R = DeepReadonly<{ a: string[] }>; // { readonly a: readonly string[] }
 * ```
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A parsed collaboration (readonly). @example `const name = (c: Collaboration) => c.name;` */
export type Collaboration = DeepReadonly<z.output<typeof CollaborationSchema>>;
/** A collaboration as written in a file, before defaults. @example `const input: CollaborationInput = { id: 'x', name: 'X', scenario: 'project', period: { start: '2026-01-01', end: '2026-03-31' } };` */
export type CollaborationInput = z.input<typeof CollaborationSchema>;
/** A department. @example `const d: Department = { id: 'rd', name: '研发部', role: 'execution' };` */
export type Department = DeepReadonly<z.output<typeof DepartmentSchema>>;
/** A person. @example `const p: Person = { id: 'wang', name: '王磊', department: 'rd' };` */
export type Person = DeepReadonly<z.output<typeof PersonSchema>>;
/** The team. @example `const t: Team = { leader: 'wang', core: ['wang'] };` */
export type Team = DeepReadonly<z.output<typeof TeamSchema>>;
/** The goal. @example `const g: Goal = { deadline: '2026-11-30' };` */
export type Goal = DeepReadonly<z.output<typeof GoalSchema>>;
/** A goal measure. @example `const m: Measure = { metric: '销售额', target: 5000000, unit: 'CNY' };` */
export type Measure = DeepReadonly<z.output<typeof MeasureSchema>>;
/** A measure's check-in. @example `const a: MeasureActual = { on: '2026-11-30', value: 3200000 };` */
export type MeasureActual = DeepReadonly<z.output<typeof MeasureActualSchema>>;
/** The scope. @example `const s: Scope = { included: ['推广'], excluded: [] };` */
export type Scope = DeepReadonly<z.output<typeof ScopeSchema>>;
/** A scope change. @example `const c: ScopeChange = { on: '2026-10-20', change: 'added', item: '海外渠道' };` */
export type ScopeChange = DeepReadonly<z.output<typeof ScopeChangeSchema>>;
/** The communication plan. @example `const c: Communication = { channels: ['online'] };` */
export type Communication = DeepReadonly<z.output<typeof CommunicationSchema>>;
/** A cadence. @example `const c: Cadence = { kind: 'weekly', purpose: '进度同步' };` */
export type Cadence = DeepReadonly<z.output<typeof CadenceSchema>>;
/** An escalation level. @example `const l: EscalationLevel = { level: 1, title: '部门经理', timeboxDays: 3 };` */
export type EscalationLevel = DeepReadonly<z.output<typeof EscalationLevelSchema>>;
/** A responsibility row. @example `const r: Responsibility = { department: 'rd', owner: 'wang' };` */
export type Responsibility = DeepReadonly<z.output<typeof ResponsibilitySchema>>;
/** A milestone. @example `const m: Milestone = { id: 'beta', name: 'Beta', due: '2026-09-30', status: 'planned' };` */
export type Milestone = DeepReadonly<z.output<typeof MilestoneSchema>>;
/** A risk. @example `const r: Risk = { id: 'supply', description: '产能不足' };` */
export type Risk = DeepReadonly<z.output<typeof RiskSchema>>;
/** A meeting. @example `const m: Meeting = { id: 'm1', kind: 'review', topic: '评审', heldOn: '2026-10-01' };` */
export type Meeting = DeepReadonly<z.output<typeof MeetingSchema>>;
/** A meeting's progress section. @example `const p: Progress = { done: [], undone: [] };` */
export type Progress = DeepReadonly<z.output<typeof ProgressSchema>>;
/** A done item. @example `const d: DoneItem = { department: 'rd', item: '初版完成' };` */
export type DoneItem = DeepReadonly<z.output<typeof DoneItemSchema>>;
/** An undone item. @example `const u: UndoneItem = { department: 'sales', item: '铺货', reason: '产能不足' };` */
export type UndoneItem = DeepReadonly<z.output<typeof UndoneItemSchema>>;
/** A discussion. @example `const d: Discussion = { dispute: '预算' };` */
export type Discussion = DeepReadonly<z.output<typeof DiscussionSchema>>;
/** A discussion position. @example `const p: Position = { department: 'mkt', position: '加预算' };` */
export type Position = DeepReadonly<z.output<typeof PositionSchema>>;
/** An action item. @example `const a: ActionItem = { item: '确认场地', owner: 'li', due: '2026-11-20' };` */
export type ActionItem = DeepReadonly<z.output<typeof ActionItemSchema>>;
/** A conflict. @example `const c: Conflict = { id: 'c', kind: 'opinion', parties: [], subject: 's', raisedOn: '2026-10-01', status: 'open' };` */
export type Conflict = DeepReadonly<z.output<typeof ConflictSchema>>;
/** A negotiation round. @example `const n: Negotiation = { on: '2026-10-12', outcome: 'failed' };` */
export type Negotiation = DeepReadonly<z.output<typeof NegotiationSchema>>;
/** An escalation. @example `const e: Escalation = { level: 1, on: '2026-10-20' };` */
export type Escalation = DeepReadonly<z.output<typeof EscalationSchema>>;
/** An incident. @example `const i: Incident = { id: 'i', description: '故障', occurredOn: '2026-10-20', status: 'open' };` */
export type Incident = DeepReadonly<z.output<typeof IncidentSchema>>;
/** An impact assessment. @example `const i: Impact = { summary: '延期一周', scheduleDays: 7 };` */
export type Impact = DeepReadonly<z.output<typeof ImpactSchema>>;
/** A retrospective. @example `const r: Retrospective = { heldOn: '2026-12-05' };` */
export type Retrospective = DeepReadonly<z.output<typeof RetrospectiveSchema>>;
/** A recognition. @example `const r: Recognition = { who: 'sales', for: '提前铺货' };` */
export type Recognition = DeepReadonly<z.output<typeof RecognitionSchema>>;
/** A working-day calendar. @example `const c: Calendar = { holidays: ['2026-10-01'] };` */
export type Calendar = DeepReadonly<z.output<typeof CalendarSchema>>;
/** A problem of the problem log. @example `const p: Problem = { id: 'p1', raisedOn: '2026-10-12', raisedBy: 'zhao', description: '产能不足', status: 'open' };` */
export type Problem = DeepReadonly<z.output<typeof ProblemSchema>>;
/** A decision of the decision log. @example `const d: Decision = { id: 'd1', title: '预算', on: '2026-10-12', driver: 'li', approver: 'wang', outcome: '维持原预算' };` */
export type Decision = DeepReadonly<z.output<typeof DecisionSchema>>;
/** Where a decision was taken. @example `const s: DecisionSource = { meeting: 'sync-2026-10-12' };` */
export type DecisionSource = DeepReadonly<z.output<typeof DecisionSourceSchema>>;
