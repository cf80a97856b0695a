export {
  type DiffCollaborationsOptions,
  type DiffCollaborationsResult,
  diffCollaborations,
  type MovedMilestone,
} from './diff-collaborations.js';
export { OutcomesError, type OutcomesErrorCode } from './errors.js';
export { type GoalAttainmentOptions, goalAttainment } from './goal-attainment.js';
export {
  type HealthCause,
  type HealthOptions,
  type HealthReason,
  type HealthResult,
  type HealthStatus,
  health,
} from './health.js';
export type { MeasureAttainment } from './measure-progress.js';
export type { OutcomesIssueCode } from './messages.js';
export type { StructuralChange } from './structural-diff.js';
