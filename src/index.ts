// `crossdept`: what a service embeds — load and parse a collaboration, evaluate it, read the report, render its
// documents, analyse goal statements, schedule its milestones. Other audiences have their own entry points:
// `crossdept/engine` (the json-rules-engine-compatible evaluator over any facts), `crossdept/schemas` (the zod
// schemas and JSON Schemas) and `crossdept/testing` (fast-check arbitraries). Everything else is internal.

// Goal-sentence SMART analysis
export type {
  ActionEvidence,
  AnalyzeGoalOptions,
  DeadlineEvidence,
  DeadlineForm,
  EvidenceSpan,
  GoalAnalysis,
  GoalAnalysisIssue,
  GoalAnalysisIssueCode,
  GoalCriterion,
  GoalCriterionName,
  GoalDirection,
  GoalEvidence,
  GoalMessageParams,
  GoalReferencePeriod,
  GoalVerdictCode,
  OwnerCategory,
  OwnerEvidence,
  QuantityCategory,
  QuantityEvidence,
  TimeUnit,
  VagueCategory,
  VagueEvidence,
} from './analysis/index.js';
export {
  analyzeGoal,
  describeCriterion,
  describeQuantity,
  detectLocale,
  goalMessage,
  MAX_STATEMENT_LENGTH,
  quoteEvidence,
  verdictCode,
} from './analysis/index.js';
// Errors, locales, JSON Pointers
export { CrossdeptError } from './errors.js';
export type { Locale, Localized } from './i18n/locale.js';
export { DEFAULT_LOCALE, resolveLocale } from './i18n/locale.js';
// Issues: what every layer reports problems with
export type {
  Catalogue,
  CatalogueEntries,
  CrossdeptIssue,
  IssuePath,
  SuggestionParams,
  ValidationResult,
} from './issues/index.js';
export { defineCatalogue, didYouMean, fromJsonPointer, toJsonPointer } from './issues/index.js';
// The domain model
export type {
  ActionItem,
  Cadence,
  CadenceKind,
  Calendar,
  Channel,
  Collaboration,
  CollaborationInput,
  Communication,
  CommunicationContent,
  Conflict,
  ConflictKind,
  ConflictStatus,
  DecisionMechanism,
  DeepReadonly,
  Department,
  DepartmentRole,
  Discussion,
  DoneItem,
  Due,
  Escalation,
  EscalationLevel,
  Goal,
  Id,
  Impact,
  Incident,
  IncidentStatus,
  IsoDate,
  LeaderAuthority,
  LoadOptions,
  Measure,
  MeasureActual,
  Meeting,
  MeetingKind,
  Milestone,
  MilestoneStatus,
  MonthPart,
  Negotiation,
  NegotiationOutcome,
  ParseIssue,
  ParseIssueCode,
  ParseOptions,
  ParseResult,
  Period,
  Person,
  Phase,
  Position,
  Progress,
  ReadLimit,
  Recognition,
  RelativeDaysDue,
  RelativeMonthDue,
  Responsibility,
  Retrospective,
  Risk,
  Scenario,
  Scope,
  ScopeChange,
  Team,
  TextPosition,
  UndoneItem,
  YamlReadResult,
} from './model/index.js';
export {
  isIsoDate,
  loadCollaboration,
  MAX_ALIAS_COUNT,
  MAX_COLLECTION_SIZE,
  MAX_DEPTH,
  MAX_ISSUES,
  MAX_NODES,
  MAX_TEXT_LENGTH,
  MAX_YAML_TOKENS,
  PHASES,
  parseCollaboration,
  readYaml,
} from './model/index.js';
// Outcomes and change over time: goal attainment, health, the diff of two versions
export type {
  GoalAttainmentOptions,
  MeasureAttainment,
  OutcomesErrorCode,
  OutcomesIssueCode,
} from './outcomes/index.js';
export { goalAttainment, OutcomesError } from './outcomes/index.js';
// Rules, facts, evaluation and the PMO configuration
export type {
  Action,
  ActionSpec,
  ConditionExplanation,
  CustomRule,
  EffectiveBuiltInRule,
  EffectiveCustomRule,
  EffectiveRule,
  EffectiveRuleParam,
  EffectiveRulesOptions,
  EvaluateOptions,
  FactDefinition,
  FactType,
  Finding,
  HealthSettings,
  LoadRulesConfigOptions,
  LoadRulesConfigResult,
  ParamDefinition,
  ParamReference,
  Report,
  RuleDefinition,
  RuleMessage,
  RulePhase,
  RuleScope,
  RuleSetting,
  RulesConfig,
  RulesConfigInput,
  RulesConfigIssue,
  RulesConfigIssueCode,
  RulesConfigOption,
  RulesErrorCode,
  RulesIssueCode,
  RuleVariant,
  Severity,
  StatementFacts,
} from './rules/index.js';
export {
  defaultRules,
  effectiveRules,
  evaluate,
  evaluateSync,
  facts,
  loadRulesConfig,
  OPERATORS,
  RULE_SCOPES,
  RULES_CONFIG_LIMITS,
  RulesError,
  renderFactsDoc,
  renderRulesDoc,
  SEVERITIES,
  statementFacts,
} from './rules/index.js';
// Dates, working days, the milestone graph, critical path and forecast
export type { CriticalPathSchedule, MilestoneForecast, MilestoneSchedule } from './schedule/index.js';
export { forecastMilestones, resolveDue, scheduleMilestones } from './schedule/index.js';
// A collaboration at a glance
export type {
  CollaborationSummary,
  SummarizeCollaborationOptions,
  SummaryErrorCode,
  SummaryIssueCode,
  SummaryMilestone,
} from './summary/index.js';
export { SummaryError, summarizeCollaboration } from './summary/index.js';
// Documents
export type {
  RenderTemplateOptions,
  RenderTemplateResult,
  TemplateFormat,
  TemplateIssue,
  TemplateIssueCode,
  TemplateName,
} from './templates/index.js';
export {
  escapeMarkdown,
  isTemplateName,
  renderTemplate,
  safeRenderTemplate,
  TEMPLATE_FORMATS,
  TEMPLATE_NAMES,
  TemplateError,
} from './templates/index.js';
