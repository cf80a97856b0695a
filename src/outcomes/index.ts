export { OutcomesError, type OutcomesErrorCode } from './errors.js';
export { type GoalAttainmentOptions, goalAttainment } from './goal-attainment.js';
export type { MeasureAttainment } from './measure-progress.js';
export type { OutcomesIssueCode } from './messages.js';
