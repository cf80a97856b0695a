import type { BuiltInOperatorName } from '../../engine/index.js';
import type { SuggestionParams } from '../../issues/catalogue.js';
import type {
  CadenceKind,
  Channel,
  CommunicationContent,
  DecisionMechanism,
} from '../../model/communication.js';
import type { IncidentStatus } from '../../model/incident.js';
import type { MonthPart } from '../../model/primitives.js';
import type { ProblemStatus } from '../../model/problem.js';
import type { RuleScope, Severity } from '../../rules/report.js';

/**
 * The code of every word and phrase a template prints: field labels, section titles, column headers (one code
 * per column), enum values in words (`cadence.weekly`, `findings.severity.error`, …), and formats (a period, a
 * person, a relative due date, counts).
 *
 * @example
 * ```ts
 * import type { TemplateLabelCode } from './codes.js';
 *
 * const code: TemplateLabelCode = 'kickoff.title';
 * ```
 */
export type TemplateLabelCode =
  // Shared words and formats
  | 'fieldHeader.field'
  | 'fieldHeader.entry'
  | 'none'
  | 'absent'
  | 'period'
  | 'person'
  | 'aside'
  | 'monthPart'
  | 'dayOfPeriod'
  | 'workingDays'
  | 'listSeparator'
  | 'labelled'
  | 'tickHint'
  | 'projectName'
  | 'initiatingDepartment'
  | 'initiatedOn'
  | 'goal'
  | 'collaborationPeriod'
  | 'leader'
  | 'smart.specific'
  | 'smart.measurable'
  | 'smart.achievable'
  | 'smart.relevant'
  | 'smart.timeBound'
  | 'smart.baseline'
  | `cadence.${CadenceKind}`
  | `channel.${Channel}`
  | `channelOption.${Channel}`
  | `content.${CommunicationContent}`
  | `decision.${DecisionMechanism}`
  | `incidentStatus.${IncidentStatus}`
  // Template 1: the kickoff form
  | 'kickoff.title'
  | 'kickoff.participants'
  | 'kickoff.participant.department'
  | 'kickoff.participant.owner'
  | 'kickoff.participant.duty'
  | 'kickoff.participant.deliverable'
  | 'kickoff.participant.due'
  | 'kickoff.communication'
  | 'kickoff.frequency'
  | 'kickoff.form'
  | 'kickoff.decision'
  | 'kickoff.risks'
  | 'kickoff.risk.risk'
  | 'kickoff.risk.response'
  | 'kickoff.risk.department'
  | 'kickoff.role.decision'
  | 'kickoff.role.execution'
  | 'kickoff.role.support'
  // Template 2: the meeting minutes
  | 'minutes.title'
  | 'minutes.topic'
  | 'minutes.time'
  | 'minutes.place'
  | 'minutes.attendees'
  | 'minutes.attendee.department'
  | 'minutes.attendee.name'
  | 'minutes.attendee.title'
  | 'minutes.agenda'
  | 'minutes.agendaItem'
  | 'minutes.blankLead'
  | 'minutes.progress'
  | 'minutes.done'
  | 'minutes.done.department'
  | 'minutes.done.item'
  | 'minutes.undone'
  | 'minutes.undone.department'
  | 'minutes.undone.item'
  | 'minutes.undone.reason'
  | 'minutes.needs'
  | 'minutes.needs.department'
  | 'minutes.needs.item'
  | 'minutes.needs.support'
  | 'minutes.discussion'
  | 'minutes.discussion.dispute'
  | 'minutes.discussion.positions'
  | 'minutes.discussion.conclusion'
  | 'minutes.actions'
  | 'minutes.action.item'
  | 'minutes.action.owner'
  | 'minutes.action.due'
  | 'minutes.recorder'
  | 'minutes.distribution'
  | 'minutes.nextOn'
  | 'minutes.decisions'
  | 'minutes.discussion.lead'
  | 'minutes.action.status'
  | 'minutes.action.done'
  | 'minutes.action.doneOn'
  | 'minutes.action.open'
  | 'minutes.carried'
  | 'minutes.carried.raised'
  | 'minutes.carried.count'
  | 'minutes.carried.overdue'
  // The registers
  | 'register.decision.id'
  | 'register.decision.title'
  | 'register.decision.on'
  | 'register.decision.driver'
  | 'register.decision.approver'
  | 'register.decision.contributors'
  | 'register.decision.informed'
  | 'register.decision.outcome'
  | 'register.decision.source'
  | 'register.source.meeting'
  | 'register.source.conflict'
  | 'register.source.escalation'
  | 'register.summary'
  | 'decisionLog.title'
  | 'decisionLog.count'
  | 'problemLog.title'
  | 'problemLog.count'
  | 'problemLog.open'
  | 'problemLog.resolved'
  | 'problemLog.id'
  | 'problemLog.raised'
  | 'problemLog.description'
  | 'problemLog.needs'
  | 'problemLog.owner'
  | 'problemLog.status'
  | 'problemLog.conflict'
  | 'problemLog.resolution'
  | `problemStatus.${ProblemStatus}`
  | 'raci.title'
  | 'raci.legend'
  | 'raci.responsibility'
  | 'raci.problems'
  | 'openActions.title'
  | 'openActions.asOf'
  | 'openActions.count'
  | 'openActions.owner'
  | 'openActions.noOwner'
  | 'openActions.item'
  | 'openActions.raised'
  | 'openActions.due'
  | 'openActions.overdue'
  | 'openActions.carried'
  | 'openActions.overdueDays'
  | 'openActions.notDue'
  // The responsibility table
  | 'responsibilities.title'
  | 'responsibilities.department'
  | 'responsibilities.owner'
  | 'responsibilities.duty'
  | 'responsibilities.deliverables'
  | 'responsibilities.due'
  // The communication plan
  | 'communicationPlan.title'
  | 'communicationPlan.cadences'
  | 'communicationPlan.cadence.kind'
  | 'communicationPlan.cadence.purpose'
  | 'communicationPlan.forms'
  | 'communicationPlan.contents'
  | 'communicationPlan.decision'
  | 'communicationPlan.liaisons'
  | 'communicationPlan.liaison.department'
  | 'communicationPlan.liaison.person'
  | 'communicationPlan.conflict'
  | 'communicationPlan.negotiation'
  | 'communicationPlan.escalationPath'
  | 'communicationPlan.escalation.level'
  | 'communicationPlan.escalation.role'
  | 'communicationPlan.escalation.person'
  | 'communicationPlan.escalation.timebox'
  | 'communicationPlan.level'
  | 'communicationPlan.arrow'
  // The emergency plan
  | 'emergencyPlan.title'
  | 'emergencyPlan.incident'
  | 'emergencyPlan.occurredOn'
  | 'emergencyPlan.department'
  | 'emergencyPlan.temporaryOwner'
  | 'emergencyPlan.status'
  | 'emergencyPlan.measures'
  | 'emergencyPlan.measure.number'
  | 'emergencyPlan.measure.measure'
  | 'emergencyPlan.impact'
  | 'emergencyPlan.impactSummary'
  | 'emergencyPlan.scheduleImpact'
  | 'emergencyPlan.scheduleDays'
  | 'emergencyPlan.costImpact'
  | 'emergencyPlan.affected'
  | 'emergencyPlan.affected.milestone'
  | 'emergencyPlan.affected.department'
  | 'emergencyPlan.affected.due'
  // The retrospective
  | 'retrospective.title'
  | 'retrospective.heldOn'
  | 'status.title'
  | 'status.reportedOn'
  | 'status.health'
  | 'status.health.green'
  | 'status.health.amber'
  | 'status.health.red'
  | 'status.reasons'
  | 'status.dueSoon'
  | 'status.slips'
  | 'status.escalations'
  | 'status.open'
  | 'status.measures'
  | 'status.milestone'
  | 'status.department'
  | 'status.due'
  | 'status.forecast'
  | 'status.state'
  | 'status.baselineDue'
  | 'status.slip'
  | 'status.subject'
  | 'status.level'
  | 'status.when'
  | 'status.reason'
  | 'status.item'
  | 'status.owner'
  | 'status.metric'
  | 'status.target'
  | 'status.expected'
  | 'status.latest'
  | 'status.attainment'
  | 'status.onTrack'
  | 'status.milestone.planned'
  | 'status.milestone.in-progress'
  | 'status.milestone.blocked'
  | 'status.milestone.done'
  | 'status.escalation.due'
  | 'status.escalation.upcoming'
  | 'status.kind.conflict'
  | 'status.kind.incident'
  | 'status.kind.action'
  | 'status.overdue'
  | 'status.pending'
  | 'status.yes'
  | 'status.no'
  | 'retrospective.attainment'
  | 'retrospective.attainment.metric'
  | 'retrospective.attainment.target'
  | 'retrospective.attainment.actual'
  | 'retrospective.attainment.attainment'
  | 'retrospective.attainment.noActual'
  | 'retrospective.highlights'
  | 'retrospective.improvements'
  | 'retrospective.lessons'
  | 'retrospective.reusablePractices'
  | 'retrospective.recognitions'
  | 'retrospective.recognition.who'
  | 'retrospective.recognition.for'
  | 'retrospective.report'
  // The findings report
  | 'findings.title'
  | 'findings.summary'
  | 'findings.source'
  | 'findings.counts'
  | `findings.severity.${Severity}`
  | 'findings.group'
  | 'findings.column.rule'
  | 'findings.column.subject'
  | 'findings.column.location'
  | 'findings.column.finding'
  | 'findings.column.why'
  | 'findings.noFindings'
  | 'findings.escalations'
  | 'findings.escalation.subject'
  | 'findings.escalation.to'
  | 'findings.escalation.notify'
  | 'findings.escalation.reason'
  | 'findings.escalation.rule'
  | 'findings.noEscalations'
  | `findings.scope.${RuleScope}`
  | 'findings.subject'
  | 'findings.level'
  | 'findings.condition'
  | 'findings.trace'
  | 'findings.negated'
  | 'findings.factValue'
  | `findings.operator.${BuiltInOperatorName}`;

/** The values a label's format is filled with; each format reads the ones it names. */
export interface TemplateLabelParams extends SuggestionParams {
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly name?: string | undefined;
  readonly title?: string | undefined;
  readonly main?: string | undefined;
  readonly note?: string | undefined;
  readonly month?: number | undefined;
  readonly part?: MonthPart | undefined;
  readonly days?: number | undefined;
  readonly count?: number | undefined;
  readonly label?: string | undefined;
  readonly value?: string | undefined;
  readonly error?: number | undefined;
  readonly warning?: number | undefined;
  readonly info?: number | undefined;
  readonly lead?: string | undefined;
  readonly text?: string | undefined;
  readonly actual?: string | undefined;
  readonly met?: boolean | undefined;
  readonly fact?: string | undefined;
  readonly date?: string | undefined;
}
