// `crossdept/schemas`: the zod schemas of a collaboration file, for services that compose them (extend an
// entity, validate a part of a document, derive a form), and the JSON Schemas editors read. Parsing a whole
// collaboration is `parseCollaboration` in `crossdept`: it checks references and dates the schemas cannot.
export { LocaleSchema } from '../i18n/locale-schema.js';
export {
  NotificationWebhookSchema,
  notificationWebhookJsonSchema,
} from '../integrations/notification/webhook-schema.js';
export { CalendarSchema } from '../model/calendar.js';
export { CollaborationSchema, PhaseSchema, ScenarioSchema } from '../model/collaboration.js';
export {
  CadenceKindSchema,
  CadenceSchema,
  ChannelSchema,
  CommunicationContentSchema,
  CommunicationSchema,
  DecisionMechanismSchema,
} from '../model/communication.js';
export {
  ConflictKindSchema,
  ConflictSchema,
  ConflictStatusSchema,
  NegotiationOutcomeSchema,
  NegotiationSchema,
} from '../model/conflict.js';
export { DecisionSchema, DecisionSourceSchema } from '../model/decision.js';
export { DepartmentRoleSchema, DepartmentSchema } from '../model/department.js';
export { EscalationLevelSchema, EscalationSchema } from '../model/escalation.js';
export { GoalSchema, MeasureActualSchema, MeasureSchema } from '../model/goal.js';
export { ImpactSchema, IncidentSchema, IncidentStatusSchema } from '../model/incident.js';
export { collaborationJsonSchema } from '../model/json-schema.js';
export {
  ActionItemSchema,
  DiscussionSchema,
  DoneItemSchema,
  MeetingKindSchema,
  MeetingSchema,
  PositionSchema,
  ProgressSchema,
  UndoneItemSchema,
} from '../model/meeting.js';
export { MilestoneSchema, MilestoneStatusSchema } from '../model/milestone.js';
export { PersonSchema } from '../model/person.js';
export {
  DayCountSchema,
  DueSchema,
  IdSchema,
  IsoDateSchema,
  MonthPartSchema,
  PeriodSchema,
  RelativeDaysDueSchema,
  RelativeMonthDueSchema,
  TextSchema,
} from '../model/primitives.js';
export { ProblemSchema, ProblemStatusSchema } from '../model/problem.js';
export { ResponsibilitySchema } from '../model/responsibility.js';
export { RecognitionSchema, RetrospectiveSchema } from '../model/retrospective.js';
export { RiskSchema } from '../model/risk.js';
export { ScopeChangeSchema, ScopeSchema } from '../model/scope.js';
export { LeaderAuthoritySchema, TeamSchema } from '../model/team.js';
export { rulesConfigJsonSchema } from '../rules/config/schema.js';
