export type {
  EffectiveBuiltInRule,
  EffectiveCustomRule,
  EffectiveRule,
  EffectiveRuleParam,
} from './apply-config.js';
export type { RulesConfigIssue, RulesConfigIssueCode } from './config/issues.js';
export {
  type LoadRulesConfigOptions,
  type LoadRulesConfigResult,
  loadRulesConfig,
} from './config/load.js';
export {
  type CustomRule,
  type EscalationSettings,
  type HealthSettings,
  OPERATORS,
  RULES_CONFIG_LIMITS,
  type RuleSetting,
  type RulesConfig,
  rulesConfigJsonSchema,
} from './config/schema.js';
export type { RulesConfigInput, RulesConfigOption } from './config-option.js';
export { defaultRules } from './default-rules.js';
export {
  type DescribeFindingOptions,
  describeFinding,
  type FindingDescription,
} from './describe-finding.js';
export { renderFactsDoc, renderRulesDoc } from './docs.js';
export { type EffectiveRulesOptions, effectiveRules } from './effective-rules.js';
export { RulesError, type RulesErrorCode } from './errors.js';
export {
  type EscalationLadderEntry,
  type EscalationLadderOptions,
  type EscalationLadderRecord,
  type EscalationStep,
  escalationLadder,
} from './escalation-ladder.js';
export { type EvaluateOptions, evaluate, evaluateSync } from './evaluate.js';
export { facts } from './facts/catalog.js';
export { effectivePhase } from './facts/context.js';
export type { LadderKind } from './facts/ladder.js';
export { type StatementFacts, statementFacts } from './facts/statement.js';
export type { RulesIssueCode } from './messages.js';
export * from './report.js';
export { RULE_SCOPES } from './subjects.js';
export type {
  ActionSpec,
  FactDefinition,
  FactType,
  ParamDefinition,
  ParamReference,
  RuleDefinition,
  RulePhase,
  RuleVariant,
} from './types.js';
