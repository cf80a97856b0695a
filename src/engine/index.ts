// `crossdept/engine`: the compiled evaluator on its own — json-rules-engine's rule format and results,
// synchronous and CSP-safe, over any facts. Nothing here depends on crossdept's domain model.
export type { Locale } from '../i18n/locale.js';
export type { CrossdeptIssue, IssuePath, ValidationResult } from '../issues/issue.js';
export {
  type CompiledRulePack,
  type CompileOptions,
  compileRules,
  type RunOptions,
  safeCompileRules,
} from './compile.js';
export { BUILT_IN_DECORATOR_NAMES, type BuiltInDecoratorName } from './decorators.js';
export { EngineError, type EngineErrorCode } from './errors.js';
export { type ExplainedCondition, explainConditions } from './explain-conditions.js';
export type { EngineIssue } from './issue.js';
export { runWithJsonRulesEngine } from './json-rules-engine.js';
export type { EngineIssueCode } from './messages.js';
export { BUILT_IN_OPERATOR_NAMES, type BuiltInOperatorName } from './operators.js';
export { isKnownOperator } from './resolve-operator.js';
export type {
  AllConditions,
  AllConditionsResult,
  AnyConditions,
  AnyConditionsResult,
  ConditionProperties,
  ConditionPropertiesResult,
  ConditionReference,
  ConditionReferenceResult,
  EngineOptions,
  FactReference,
  Facts,
  NestedCondition,
  NestedConditionResult,
  NotConditions,
  NotConditionsResult,
  RuleEvent,
  RuleProperties,
  RuleResultJSON,
  RunEventsResult,
  RunResult,
  TopLevelCondition,
  TopLevelConditionResult,
} from './types.js';
