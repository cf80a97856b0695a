export { analyzeGoal } from './analyze-goal.js';
export { detectLocale } from './detect-locale.js';
export {
  describeCriterion,
  describeQuantity,
  type GoalCriterionName,
  type GoalMessageParams,
  type GoalVerdictCode,
  goalMessage,
  quoteEvidence,
  verdictCode,
} from './messages.js';
export { parseChineseInteger, parseNumber } from './numbers.js';
export {
  type ActionEvidence,
  type AnalyzeGoalOptions,
  type DeadlineEvidence,
  type DeadlineForm,
  type EvidenceSpan,
  type GoalAnalysis,
  type GoalAnalysisIssue,
  type GoalAnalysisIssueCode,
  type GoalCriterion,
  type GoalDirection,
  type GoalEvidence,
  type GoalReferencePeriod,
  MAX_STATEMENT_LENGTH,
  type OwnerCategory,
  type OwnerEvidence,
  type QuantityCategory,
  type QuantityEvidence,
  type TimeUnit,
  type VagueCategory,
  type VagueEvidence,
} from './types.js';
