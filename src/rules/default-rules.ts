import { conflictEscalate } from './conflict/escalate.js';
import { conflictNegotiateFirst } from './conflict/negotiate-first.js';
import { conflictNeutralFacilitator } from './conflict/neutral-facilitator.js';
import { conflictSkipLevel } from './conflict/skip-level.js';
import { escalationExhausted } from './escalation/exhausted.js';
import { escalationUnacknowledged } from './escalation/unacknowledged.js';
import { execActionCarried } from './exec/action-carried.js';
import { execActionOverdue } from './exec/action-overdue.js';
import { execActionOwner } from './exec/action-owner.js';
import { execCriticalSlip } from './exec/critical-slip.js';
import { execDependencyCycle } from './exec/dependency-cycle.js';
import { execMilestoneOrder } from './exec/milestone-order.js';
import { execMilestoneOverdue } from './exec/milestone-overdue.js';
import { execMinutesComplete } from './exec/minutes-complete.js';
import { execMinutesDistributed } from './exec/minutes-distributed.js';
import { execProblemOwner } from './exec/problem-owner.js';
import { execProblemStale } from './exec/problem-stale.js';
import { execSyncAttendance } from './exec/sync-attendance.js';
import { execSyncOverdue } from './exec/sync-overdue.js';
import { execUndoneReason } from './exec/undone-reason.js';
import { goalOnTrack } from './goal/on-track.js';
import { goalOutcome } from './goal/outcome.js';
import { goalSmartAchievable } from './goal/smart/achievable.js';
import { goalSmartMeasurable } from './goal/smart/measurable.js';
import { goalSmartRelevant } from './goal/smart/relevant.js';
import { goalSmartSpecific } from './goal/smart/specific.js';
import { goalSmartTimeBound } from './goal/smart/time-bound.js';
import { incidentEscalate } from './incident/escalate.js';
import { incidentImpact } from './incident/impact.js';
import { incidentMeasures } from './incident/measures.js';
import { incidentOwner } from './incident/owner.js';
import { planCadence } from './plan/cadence.js';
import { planChannels } from './plan/channels.js';
import { planContents } from './plan/contents.js';
import { planDecisionApprover } from './plan/decision-approver.js';
import { planDecisionMechanism } from './plan/decision-mechanism.js';
import { planDepartmentCoverage } from './plan/department-coverage.js';
import { planDueDrift } from './plan/due-drift.js';
import { planDueWithinPeriod } from './plan/due-within-period.js';
import { planEscalationPath } from './plan/escalation-path.js';
import { planRaciAccountable } from './plan/raci-accountable.js';
import { planResponsibilityComplete } from './plan/responsibility-complete.js';
import { planRiskComplete } from './plan/risk-complete.js';
import { planRiskRegister } from './plan/risk-register.js';
import { retroComplete } from './retro/complete.js';
import { retroHeld } from './retro/held.js';
import { retroPractices } from './retro/practices.js';
import { retroRecognition } from './retro/recognition.js';
import { scopeChangeApproved } from './scope/change-approved.js';
import { scopeDefined } from './scope/defined.js';
import { scopeInitiator } from './scope/initiator.js';
import { scopeRoles } from './scope/roles.js';
import { teamCoreAuthority } from './team/core-authority.js';
import { teamCoreSize } from './team/core-size.js';
import { teamLeader } from './team/leader.js';
import { teamLeaderAuthority } from './team/leader-authority.js';
import { teamLeaderInitiating } from './team/leader-initiating.js';
import { teamLiaison } from './team/liaison.js';
import type { RuleDefinition } from './types.js';

/**
 * The built-in rules, one per check of the playbook, in the order of the rules table. Each is data: a
 * json-rules-engine condition over catalog facts, with metadata (scope, severity, phase, params, messages).
 *
 * @example
 * ```ts
 * import { defaultRules } from 'crossdept';
 *
 * defaultRules.find((r) => r.id === 'team.core-size')?.params.max?.default; // 8
 * ```
 */
export const defaultRules: readonly RuleDefinition[] = [
  goalSmartSpecific,
  goalSmartMeasurable,
  goalSmartAchievable,
  goalSmartRelevant,
  goalSmartTimeBound,
  goalOnTrack,
  goalOutcome,
  scopeDefined,
  scopeInitiator,
  scopeRoles,
  scopeChangeApproved,
  teamLeader,
  teamLeaderInitiating,
  teamLeaderAuthority,
  teamCoreSize,
  teamLiaison,
  teamCoreAuthority,
  planCadence,
  planChannels,
  planContents,
  planDecisionMechanism,
  planDecisionApprover,
  planEscalationPath,
  planRiskRegister,
  planResponsibilityComplete,
  planRaciAccountable,
  planDepartmentCoverage,
  planDueWithinPeriod,
  planDueDrift,
  planRiskComplete,
  execSyncOverdue,
  execMinutesComplete,
  execMinutesDistributed,
  execSyncAttendance,
  execUndoneReason,
  execActionOwner,
  execActionOverdue,
  execActionCarried,
  execProblemOwner,
  execProblemStale,
  execMilestoneOverdue,
  execMilestoneOrder,
  execDependencyCycle,
  execCriticalSlip,
  conflictNegotiateFirst,
  conflictNeutralFacilitator,
  conflictEscalate,
  conflictSkipLevel,
  incidentOwner,
  incidentMeasures,
  incidentImpact,
  incidentEscalate,
  escalationUnacknowledged,
  escalationExhausted,
  retroHeld,
  retroComplete,
  retroPractices,
  retroRecognition,
];
