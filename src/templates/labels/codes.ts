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
  // The escalation report
  | 'escalation.days'
  | 'escalation.title'
  | 'escalation.subject'
  | 'escalation.kind'
  | 'escalation.kind.milestone'
  | 'escalation.kind.conflict'
  | 'escalation.kind.incident'
  | 'escalation.breach'
  | 'escalation.since'
  | 'escalation.currentLevel'
  | 'escalation.impact'
  | 'escalation.due'
  | 'escalation.slip'
  | 'escalation.float'
  | 'escalation.scheduleDays'
  | 'escalation.cost'
  | 'escalation.parties'
  | 'escalation.raisedOn'
  | 'escalation.occurredOn'
  | 'escalation.owner'
  | 'escalation.affected'
  | 'escalation.affected.milestone'
  | 'escalation.affected.department'
  | 'escalation.affected.due'
  | 'escalation.tried'
  | 'escalation.negotiations'
  | 'escalation.negotiation.on'
  | 'escalation.negotiation.facilitator'
  | 'escalation.negotiation.outcome'
  | 'escalation.negotiation.note'
  | 'escalation.outcome.agreed'
  | 'escalation.outcome.failed'
  | 'escalation.outcome.pending'
  | 'escalation.measures'
  | 'escalation.levels'
  | 'escalation.record.level'
  | 'escalation.record.on'
  | 'escalation.record.acknowledged'
  | 'escalation.record.decision'
  | 'escalation.record.decidedBy'
  | 'escalation.request'
  | 'escalation.toLevel'
  | 'escalation.decider'
  | 'escalation.dueOn'
  | 'escalation.decideBy'
  | 'escalation.decision'
  | 'escalation.signature'
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
}
