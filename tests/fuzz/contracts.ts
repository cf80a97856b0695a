// The contract of every value exported from the package's entry points (`crossdept`, `crossdept/engine`,
// `crossdept/schemas`, `crossdept/testing`): what it may do on *any* input, types or no types. The property tests
// of this folder hold each function to its contract with hostile arguments; `contracts.test.ts` checks that every
// export is listed, so a new export cannot skip the sweep.
import { expect } from 'vitest';
import { EngineError } from '../../src/engine/index.js';
import * as api from '../../src/index.js';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * - `total`: returns for every input and never throws (plain values: NaN or `'Invalid Date'` for what is no
 *   date; `false` for a question; `[]` for a tree it cannot read).
 * - `result`: never throws; returns `{ success: true, data }` or `{ success: false, issues }`, each issue with a
 *   code, a path, a pointer and a message.
 * - `throws`: returns, or throws an instance of `error` with one of `codes` (rejects, for async functions),
 *   and nothing else.
 * - `data`: a constant (list, limit, rule pack, catalogue); nothing to call.
 * - `schema`: a zod schema; its contract is zod's (`safeParse` returns a result, `parse` throws a ZodError).
 */
export type Contract =
  | { readonly kind: 'total' }
  | { readonly kind: 'result' }
  | { readonly kind: 'throws'; readonly error: ErrorClass; readonly codes: readonly string[] }
  | { readonly kind: 'data' }
  | { readonly kind: 'schema' };

const total: Contract = { kind: 'total' };
const result: Contract = { kind: 'result' };
const data: Contract = { kind: 'data' };
const schema: Contract = { kind: 'schema' };
/** What a function over structured input throws for an argument outside its types. */
const argument: Contract = {
  kind: 'throws',
  error: api.CrossdeptError,
  codes: ['invalid_argument', 'invalid_locale'],
};

const RULES_CODES = [
  'invalid_options',
  'invalid_locale',
  'invalid_now',
  'invalid_config',
  'invalid_collaboration',
  'invalid_engine',
  'engine_not_synchronous',
];

const OUTCOMES_CODES = [
  'invalid_options',
  'invalid_locale',
  'invalid_now',
  'invalid_config',
  'invalid_report',
  'invalid_collaboration',
];

/** Every export of `crossdept`, by name. */
export const ROOT_CONTRACTS: Readonly<Record<string, Contract>> = {
  // Goal analysis
  analyzeGoal: total,
  describeCriterion: argument,
  describeQuantity: argument,
  detectLocale: total,
  goalMessage: argument,
  MAX_STATEMENT_LENGTH: data,
  quoteEvidence: argument,
  statementFacts: argument,
  verdictCode: argument,
  // Errors, locales, pointers
  CrossdeptError: total,
  DEFAULT_LOCALE: data,
  resolveLocale: total,
  defineCatalogue: total,
  didYouMean: total,
  fromJsonPointer: total,
  toJsonPointer: total,
  // The model
  isIsoDate: total,
  loadCollaboration: result,
  MAX_ALIAS_COUNT: data,
  MAX_COLLECTION_SIZE: data,
  MAX_DEPTH: data,
  MAX_ISSUES: data,
  MAX_NODES: data,
  MAX_TEXT_LENGTH: data,
  MAX_YAML_TOKENS: data,
  parseCollaboration: result,
  PHASES: data,
  readYaml: total,
  // Rules
  defaultRules: data,
  escalationLadder: { kind: 'throws', error: api.RulesError, codes: RULES_CODES },
  evaluate: { kind: 'throws', error: api.RulesError, codes: RULES_CODES },
  evaluateSync: { kind: 'throws', error: api.RulesError, codes: RULES_CODES },
  facts: data,
  loadRulesConfig: result,
  OPERATORS: data,
  RULE_SCOPES: data,
  RULES_CONFIG_LIMITS: data,
  RulesError: total,
  renderFactsDoc: argument,
  renderRulesDoc: argument,
  SEVERITIES: data,
  effectiveRules: {
    kind: 'throws',
    error: api.RulesError,
    codes: ['invalid_options', 'invalid_locale', 'invalid_config'],
  },
  describeFinding: total,
  // PMO rule tests
  runRuleTests: total,
  // Schedule
  forecastMilestones: argument,
  resolveDue: total,
  scheduleMilestones: argument,
  // Outcomes
  OutcomesError: total,
  goalAttainment: { kind: 'throws', error: api.OutcomesError, codes: OUTCOMES_CODES },
  health: { kind: 'throws', error: api.OutcomesError, codes: OUTCOMES_CODES },
  diffCollaborations: { kind: 'throws', error: api.OutcomesError, codes: OUTCOMES_CODES },
  // Summary
  SummaryError: total,
  summarizeCollaboration: {
    kind: 'throws',
    error: api.SummaryError,
    codes: ['invalid_options', 'invalid_locale', 'invalid_now', 'invalid_collaboration'],
  },
  // Registers
  openActions: {
    kind: 'throws',
    error: api.RegisterError,
    codes: ['invalid_options', 'invalid_locale', 'invalid_now', 'invalid_collaboration'],
  },
  RACI_ROLES: data,
  RegisterError: total,
  raciMatrix: {
    kind: 'throws',
    error: api.RegisterError,
    codes: ['invalid_options', 'invalid_locale', 'invalid_collaboration'],
  },
  // Templates
  escapeMarkdown: argument,
  isTemplateName: total,
  renderTemplate: { kind: 'throws', error: api.TemplateError, codes: ['invalid_template_request'] },
  safeRenderTemplate: result,
  TEMPLATE_FORMATS: data,
  TEMPLATE_NAMES: data,
  TemplateError: total,
  // Integrations: calendars and notifications
  calendarOf: {
    kind: 'throws',
    error: api.IntegrationError,
    codes: ['invalid_options', 'invalid_locale', 'invalid_now', 'invalid_report', 'invalid_collaboration'],
  },
  IntegrationError: total,
  composeNotification: {
    kind: 'throws',
    error: api.IntegrationError,
    codes: [
      'invalid_options',
      'invalid_locale',
      'invalid_now',
      'invalid_channel',
      'invalid_report',
      'invalid_collaboration',
    ],
  },
  notificationMessage: {
    kind: 'throws',
    error: api.IntegrationError,
    codes: [
      'invalid_options',
      'invalid_locale',
      'invalid_now',
      'invalid_channel',
      'invalid_report',
      'invalid_collaboration',
    ],
  },
  NOTIFICATION_CHANNELS: data,
  NOTIFICATION_ITEM_KINDS: data,
  NOTIFICATION_LIMITS: data,
};

/** Every export of `crossdept/engine`: the compiled evaluator on its own. */
export const ENGINE_CONTRACTS: Readonly<Record<string, Contract>> = {
  BUILT_IN_DECORATOR_NAMES: data,
  BUILT_IN_OPERATOR_NAMES: data,
  compileRules: { kind: 'throws', error: EngineError, codes: ['invalid_rules'] },
  EngineError: total,
  explainConditions: total,
  isKnownOperator: total,
  runWithJsonRulesEngine: {
    kind: 'throws',
    error: EngineError,
    codes: ['invalid_rules', 'evaluation_failed'],
  },
  safeCompileRules: result,
};

/** Every export of `crossdept/schemas`: zod's own contract, and the JSON Schemas (built from nothing given). */
export const SCHEMAS_CONTRACTS: Readonly<Record<string, Contract>> = {
  ActionItemSchema: schema,
  CadenceKindSchema: schema,
  CadenceSchema: schema,
  CalendarSchema: schema,
  ChannelSchema: schema,
  collaborationJsonSchema: total,
  CollaborationSchema: schema,
  CommunicationContentSchema: schema,
  CommunicationSchema: schema,
  ConflictKindSchema: schema,
  ConflictSchema: schema,
  ConflictStatusSchema: schema,
  DayCountSchema: schema,
  DecisionMechanismSchema: schema,
  DecisionSchema: schema,
  DecisionSourceSchema: schema,
  DepartmentRoleSchema: schema,
  DepartmentSchema: schema,
  DiscussionSchema: schema,
  DoneItemSchema: schema,
  DueSchema: schema,
  EscalationLevelSchema: schema,
  EscalationSchema: schema,
  GoalSchema: schema,
  IdSchema: schema,
  ImpactSchema: schema,
  IncidentSchema: schema,
  IncidentStatusSchema: schema,
  IsoDateSchema: schema,
  LeaderAuthoritySchema: schema,
  LocaleSchema: schema,
  MeasureActualSchema: schema,
  MeasureSchema: schema,
  MeetingKindSchema: schema,
  MeetingSchema: schema,
  MilestoneSchema: schema,
  MilestoneStatusSchema: schema,
  MonthPartSchema: schema,
  NegotiationOutcomeSchema: schema,
  NegotiationSchema: schema,
  PeriodSchema: schema,
  PersonSchema: schema,
  PhaseSchema: schema,
  PositionSchema: schema,
  ProblemSchema: schema,
  ProblemStatusSchema: schema,
  ProgressSchema: schema,
  RecognitionSchema: schema,
  RelativeDaysDueSchema: schema,
  RelativeMonthDueSchema: schema,
  ResponsibilitySchema: schema,
  RetrospectiveSchema: schema,
  RiskSchema: schema,
  rulesConfigJsonSchema: total,
  NotificationWebhookSchema: schema,
  notificationWebhookJsonSchema: total,
  ScenarioSchema: schema,
  ScopeChangeSchema: schema,
  ScopeSchema: schema,
  TeamSchema: schema,
  TextSchema: schema,
  UndoneItemSchema: schema,
};

/**
 * Functions that left the public surface (issue 13) but still take what users supply through the public ones:
 * fact paths, dates, working-day calendars, numbers in goal statements. They keep their contracts.
 */
export const INTERNAL_CONTRACTS: Readonly<Record<string, Contract>> = {
  parseFactPath: result,
  pathResolver: { kind: 'throws', error: EngineError, codes: ['evaluation_failed'] },
  resolveFactPath: { kind: 'throws', error: EngineError, codes: ['evaluation_failed'] },
  effectivePhase: argument,
  parseChineseInteger: total,
  parseNumber: total,
  isoDateParts: total,
  addDays: total,
  addWorkdays: argument,
  daysBetween: total,
  fromDayNumber: total,
  isWorkday: argument,
  toDayNumber: total,
  topologicalIndices: argument,
  topologicalOrder: argument,
  weekdayOf: total,
  workCalendar: argument,
  workdaysBetween: argument,
  workdaysBetweenDays: argument,
};

/** Every contract, by name, for the property tests. */
export const API_CONTRACTS: Readonly<Record<string, Contract>> = {
  ...ROOT_CONTRACTS,
  ...ENGINE_CONTRACTS,
  ...SCHEMAS_CONTRACTS,
  ...INTERNAL_CONTRACTS,
};

/** Every export of `crossdept/testing`: arbitraries whose arguments are checked as they are built. */
export const TESTING_CONTRACTS: Readonly<Record<string, Contract>> = {
  calendarArb: argument,
  collaborationArb: argument,
  communicationArb: total,
  compact: argument,
  conflictArb: argument,
  departmentArb: argument,
  dueArb: argument,
  escalationPathArb: argument,
  goalArb: argument,
  idArb: total,
  ids: argument,
  incidentArb: argument,
  isoDateArb: argument,
  meetingArb: argument,
  milestonesArb: argument,
  periodArb: total,
  personArb: argument,
  responsibilityArb: argument,
  retrospectiveArb: argument,
  riskArb: argument,
  scopeArb: total,
  teamArb: argument,
  textArb: total,
};

/** `value instanceof type`, without running a hostile value's prototype trap. */
function isInstance(value: unknown, type: ErrorClass): boolean {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return isInstance(value, Promise as unknown as ErrorClass);
}

/** Asserts a `{ success, data | issues }` union with well-formed issues. */
export function expectResult(value: unknown, name: string): void {
  expect(typeof value === 'object' && value !== null, `${name} returns an object`).toBe(true);
  const r = value as { success?: unknown; issues?: unknown };
  expect(typeof r.success, `${name} returns { success }`).toBe('boolean');
  if (r.success === false) {
    expect(Array.isArray(r.issues) && r.issues.length > 0, `${name} returns its issues`).toBe(true);
    for (const issue of r.issues as Record<string, unknown>[]) {
      expect(typeof issue.code, `${name}: an issue's code`).toBe('string');
      expect(typeof issue.message, `${name}: an issue's message`).toBe('string');
      expect(typeof issue.pointer, `${name}: an issue's pointer`).toBe('string');
      expect(Array.isArray(issue.path), `${name}: an issue's path`).toBe(true);
    }
  }
}

/** Asserts what a call did is allowed by the contract: its return, or its one documented error. */
function expectOutcome(
  contract: Contract,
  name: string,
  outcome: { returned: unknown } | { thrown: unknown },
): void {
  if ('returned' in outcome) {
    if (contract.kind === 'result') expectResult(outcome.returned, name);
    return;
  }
  const { thrown } = outcome;
  if (contract.kind !== 'throws') {
    expect.fail(`${name} must not throw, but threw ${describe(thrown)}`);
    return;
  }
  if (!isInstance(thrown, contract.error)) {
    expect.fail(`${name} may throw only ${contract.error.name}, but threw ${describe(thrown)}`);
  }
  expect(contract.codes, `${name}: the error's code`).toContain((thrown as { code: string }).code);
  const issues = (thrown as { issues: unknown }).issues;
  expect(Array.isArray(issues) && issues.length > 0, `${name}: the error carries its issues`).toBe(true);
}

function describe(thrown: unknown): string {
  try {
    return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * Calls `run` and asserts the outcome keeps `contract`: awaits a promise (a rejection counts as a throw).
 *
 * @param contract - The function's contract.
 * @param name - For messages.
 * @param run - The call.
 */
export async function expectContract(contract: Contract, name: string, run: () => unknown): Promise<void> {
  let outcome: { returned: unknown } | { thrown: unknown };
  try {
    const value = run();
    outcome = { returned: isThenable(value) ? await value : value };
  } catch (thrown) {
    outcome = { thrown };
  }
  expectOutcome(contract, name, outcome);
}

/** {@link expectContract} for synchronous functions, inside `fc.property`. */
export function expectContractSync(contract: Contract, name: string, run: () => unknown): void {
  let outcome: { returned: unknown } | { thrown: unknown };
  try {
    outcome = { returned: run() };
  } catch (thrown) {
    outcome = { thrown };
  }
  expectOutcome(contract, name, outcome);
}
