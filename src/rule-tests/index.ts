export type {
  ConditionCoverageEntry,
  RuleCoverage,
  RuleCoverageEntry,
} from './coverage.js';
export type { RuleTestCode, RuleTestIssue } from './messages.js';
export type {
  RuleCaseFailure,
  RuleCaseResult,
  RuleSuiteResult,
  RuleTestsResult,
  RunRuleTestsOptions,
} from './run.js';
export { runRuleTests } from './run.js';
export type {
  RuleTestAction,
  RuleTestCase,
  RuleTestFinding,
  RuleTestPatchOperation,
  RuleTestSuite,
} from './suite.js';
