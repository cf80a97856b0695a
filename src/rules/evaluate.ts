import type { Facts } from '../engine/types.js';
import type { Locale } from '../i18n/locale.js';
import { toJsonPointer } from '../issues/pointer.js';
import { PHASES } from '../model/collaboration.js';
import { parseCollaborationForOneUse } from '../model/parse.js';
import type { Collaboration, CollaborationInput } from '../model/types.js';
import { fromDayNumber } from '../schedule/day.js';
import { workdaysBetweenDays } from '../schedule/working-days.js';
import { rulesIssue } from './config/issues.js';
import type { RulesConfigOption } from './config-option.js';
import { RulesError } from './errors.js';
import { explain, firstHeldName } from './explain-finding.js';
import { FACTS_BY_SCOPE, factsForScope } from './facts/catalog.js';
import { FactContext } from './facts/context.js';
import type { FactImplementation } from './facts/define.js';
import { deciderAt, isLadderKind, LADDER_KINDS, LADDER_RULES, ladderOf } from './facts/ladder.js';
import { formatMessage } from './format.js';
import { configData, type ReadEvaluateOptions, readEvaluateOptions, ruleSetFor } from './options.js';
import type { Action, Finding, Report, RuleScope, Severity, UpcomingEscalation } from './report.js';
import { type CompiledRule, type CompiledRuleSet, compileRuleSet } from './rule-set.js';
import { type ExecutableRule, type RuleBackend, type RuleOutcome, runRules, runRulesSync } from './run.js';
import { onStatementFact, withStatementEvidence } from './statement-evidence.js';
import { RULE_SCOPES, type Subject, subjectsOf } from './subjects.js';
import type { RuleDefinition } from './types.js';

/**
 * Options of {@link evaluate} and {@link evaluateSync}.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { now: '2026-11-26', locale: 'en', config: { rules: { 'retro.recognition': 'off' } } };
 * const reference: EvaluateOptions = { now: '2026-11-26', engine: 'json-rules-engine' };
 * ```
 */
export interface EvaluateOptions {
  /** The date the collaboration is seen from, ISO `YYYY-MM-DD`; the library never reads the clock. */
  readonly now: string;
  /**
   * A PMO rules config: as written (validated here), a validated config, or `loadRulesConfig`'s result (a failed
   * one is rejected with its issues). Absent, `undefined` or `null`: the default rules. A config typed `unknown`
   * needs a cast, `as RulesConfigInput` (see {@link RulesConfigOption}); one parsed by `yaml` or `JSON.parse` is
   * `any` and needs none.
   */
  readonly config?: RulesConfigOption | null | undefined;
  /**
   * The locale of messages: `zh-CN` (the default, also for `undefined` and `null`) or `en`; any other value is
   * rejected with `invalid_locale`.
   */
  readonly locale?: Locale;
  /**
   * Which evaluator runs the rules: `compiled` (the default: crossdept's compiled evaluator, synchronous and
   * fast) or `json-rules-engine` (the reference implementation, asynchronous; only {@link evaluate} can run it).
   * Both give the same report. `undefined` and `null` mean the default.
   */
  readonly engine?: 'compiled' | 'json-rules-engine';
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function applies(rule: CompiledRule, phaseIndex: number): boolean {
  if (rule.phase !== 'any' && phaseIndex < PHASES.indexOf(rule.phase)) return false;
  if (rule.lastPhase !== undefined && phaseIndex > PHASES.indexOf(rule.lastPhase)) return false;
  return true;
}

interface Draft {
  readonly finding: Finding;
  readonly action?: Action;
  readonly scopeIndex: number;
  readonly ordinal: number;
}

function escapeSegment(value: unknown): string {
  return String(value).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Evaluates a collaboration against the rules: the built-in rules (as tuned by the PMO config) and the config's
 * custom rules. Each rule is evaluated once per subject of its scope, in the phases it applies to. It is
 * deterministic: the same input gives the same report, whatever else runs at the same time, and whichever
 * `engine` runs the rules.
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `now` (ISO date, required), `config`, `locale`, `engine` (`compiled` by default).
 * @returns The report: findings ordered by severity, rule id and subject; escalation actions; counts.
 * @throws {@link RulesError} (as a rejection, and never anything else) with code `invalid_options`,
 *   `invalid_locale`, `invalid_now`, `invalid_config`, `invalid_collaboration` or `invalid_engine`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { evaluate, loadCollaboration } from 'crossdept';
 *
 * const parsed = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (parsed.success) {
 *   const report = await evaluate(parsed.data, { now: '2026-11-26', locale: 'en' });
 *   for (const f of report.findings) console.log(f.severity, f.ruleId, f.path, f.message);
 *   // The reference path: json-rules-engine itself, with the same report.
 *   const reference = await evaluate(parsed.data, { now: '2026-11-26', locale: 'en', engine: 'json-rules-engine' });
 * }
 * ```
 */
export async function evaluate(
  collaboration: Collaboration | CollaborationInput,
  options: EvaluateOptions,
): Promise<Report> {
  return evaluateWith(collaboration, options);
}

/**
 * {@link evaluate}, synchronously, on the compiled evaluator: the same report, returned instead of promised. For
 * services that validate on every save and dashboards that re-evaluate many collaborations.
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `now` (ISO date, required), `config`, `locale`; `engine` may only be `compiled`.
 * @returns The report: findings ordered by severity, rule id and subject; escalation actions; counts.
 * @throws {@link RulesError} (and never anything else) with code `invalid_options`, `invalid_locale`,
 *   `invalid_now`, `invalid_config`, `invalid_collaboration`, `invalid_engine`, or `engine_not_synchronous` when
 *   `engine` is `json-rules-engine` (which runs only asynchronously: use {@link evaluate} for it).
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { evaluateSync, loadCollaboration } from 'crossdept';
 *
 * const parsed = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (parsed.success) {
 *   const report = evaluateSync(parsed.data, { now: '2026-11-26', locale: 'en' });
 *   console.log(report.summary); // { error: 0, warning: 0, info: 0 }
 * }
 * ```
 */
export function evaluateSync(
  collaboration: Collaboration | CollaborationInput,
  options: EvaluateOptions,
): Report {
  const read = readEvaluateOptions(options);
  if (read.engine === 'json-rules-engine') {
    throw new RulesError('engine_not_synchronous', [
      rulesIssue(read.locale, 'engine_not_synchronous', ['engine']),
    ]);
  }
  return evaluateCompiled(evaluation(collaboration, read, {}));
}

/**
 * How {@link evaluateWith} runs: the rule backend (overriding `options.engine`), and the built-in rule list (for
 * tests of the laws "the backend does not change the report" and "the order of the rules does not change the
 * report").
 */
export interface EvaluationSetup {
  readonly backend?: RuleBackend;
  readonly rules?: readonly RuleDefinition[];
  /**
   * Told every rule run, fired or not, with its evaluated condition tree: what rule coverage (`crossdept test
   * --coverage`) counts.
   */
  readonly observe?: (run: ObservedRuleRun) => void;
}

/** One rule run for one subject, as {@link EvaluationSetup.observe} is told it. */
export interface ObservedRuleRun {
  readonly ruleId: string;
  readonly scope: RuleScope;
  readonly subjectId?: string;
  readonly outcome: RuleOutcome;
}

/**
 * {@link evaluate} with a chosen rule backend (json-rules-engine, or the compiled evaluator of `src/engine`) and
 * built-in rule list.
 *
 * @param collaboration - A collaboration.
 * @param options - As for {@link evaluate}.
 * @param setup - The backend and the built-in rules.
 * @returns The report.
 */
export async function evaluateWith(
  collaboration: Collaboration | CollaborationInput,
  options: EvaluateOptions,
  setup: EvaluationSetup = {},
): Promise<Report> {
  const read = readEvaluateOptions(options);
  const backend = setup.backend ?? read.engine;
  const run = evaluation(collaboration, read, setup);
  if (backend === 'compiled') return evaluateCompiled(run);
  let step = run.next();
  while (step.done !== true) step = run.next(await runRules(step.value.rules, step.value.subjects, backend));
  return step.value;
}

/** Drives an evaluation on the compiled evaluator, synchronously. */
function evaluateCompiled(run: Generator<RunRequest, Report, RunResponse>): Report {
  let step = run.next();
  while (step.done !== true) step = run.next(runRulesSync(step.value.rules, step.value.subjects));
  return step.value;
}

/**
 * The batches of rule runs an evaluation asks for, with their fact objects (facts computed, rules not run): for
 * the benchmark that times the rule stage alone.
 *
 * @internal
 * @param collaboration - A collaboration.
 * @param options - As for {@link evaluate}.
 * @returns The rule lists and fact objects, scope by scope.
 */
export function ruleRunsOf(
  collaboration: Collaboration | CollaborationInput,
  options: EvaluateOptions,
): readonly RunRequest[] {
  const run = evaluation(collaboration, readEvaluateOptions(options), {});
  const requests: RunRequest[] = [];
  let step = run.next();
  while (step.done !== true) {
    requests.push(step.value);
    step = run.next(step.value.subjects.map(() => new Map()));
  }
  return requests;
}

/** One batch of rule runs the evaluation asks its driver for: rules of one scope over that scope's subjects. */
export interface RunRequest {
  readonly rules: readonly ExecutableRule[];
  readonly subjects: readonly Facts[];
}

/** What the driver answers: per subject, each rule's outcome by id. */
type RunResponse = readonly ReadonlyMap<string, RuleOutcome>[];

/** The rules of one scope that apply in one phase, and the facts they read, prepared once per rule set. */
interface ScopePlan {
  readonly scope: RuleScope;
  readonly scopeIndex: number;
  readonly rules: readonly CompiledRule[];
  /** The rules as run; the same list every time, so the compiled evaluator compiles it once. */
  readonly executable: readonly ExecutableRule[];
  /** Each fact name the rules read, with its implementation when it is the scope's own (else a collaboration fact). */
  readonly facts: readonly (readonly [name: string, own: FactImplementation | undefined])[];
  /** The fact object of a subject before its facts are computed: every name, in order, as `undefined`. */
  readonly template: Readonly<Record<string, undefined>>;
}

const plans = new WeakMap<CompiledRuleSet, ScopePlan[][]>();

function planFor(set: CompiledRuleSet, phaseIndex: number): readonly ScopePlan[] {
  let byPhase = plans.get(set);
  if (byPhase === undefined) {
    byPhase = [];
    plans.set(set, byPhase);
  }
  const known = byPhase[phaseIndex];
  if (known !== undefined) return known;
  const collaborationFacts = factsForScope('collaboration');
  const active = set.rules.filter((r) => applies(r, phaseIndex));
  const plan: ScopePlan[] = [];
  for (const [scopeIndex, scope] of RULE_SCOPES.entries()) {
    const rules = active.filter((r) => r.scopes.includes(scope));
    if (rules.length === 0) continue;
    const own = new Map<string, FactImplementation>(
      (FACTS_BY_SCOPE[scope] as readonly FactImplementation[]).map((f) => [f.name, f]),
    );
    const names = new Set<string>();
    for (const r of rules) for (const n of r.names) if (own.has(n) || collaborationFacts.has(n)) names.add(n);
    plan.push({
      scope,
      scopeIndex,
      rules,
      executable: rules.map((r) => ({ id: r.id, conditions: r.conditions })),
      facts: [...names].map((n) => [n, own.get(n)] as const),
      template: Object.fromEntries([...names].map((n) => [n, undefined])),
    });
  }
  byPhase[phaseIndex] = plan;
  return plan;
}

/**
 * The evaluation itself, shared by {@link evaluate} and {@link evaluateSync}: it validates, computes facts and
 * builds the report, and yields each batch of rule runs to its driver, which answers with the outcomes —
 * synchronously from the compiled evaluator, or after awaiting json-rules-engine.
 */
function* evaluation(
  collaboration: Collaboration | CollaborationInput,
  options: ReadEvaluateOptions,
  setup: EvaluationSetup,
): Generator<RunRequest, Report, RunResponse> {
  const { locale, now } = options;
  const set =
    setup.rules === undefined
      ? ruleSetFor(options.config, locale)
      : compileRuleSet(configData(options.config, locale), setup.rules);
  // Raw input is validated into a copy only this evaluation uses: no need to freeze or remember it.
  const parsed = parseCollaborationForOneUse(collaboration, { locale });
  if (!parsed.success) throw new RulesError('invalid_collaboration', parsed.issues);
  const c = parsed.data;
  const ctx = new FactContext(c, now, set.params);
  const plan = planFor(set, PHASES.indexOf(ctx.phase));

  const collaborationFacts = factsForScope('collaboration');
  const collaborationSubject = subjectsOf(c, 'collaboration')[0]!;
  const collaborationValues = new Map<string, unknown>();
  const collaborationValue = (name: string): unknown => {
    if (!collaborationValues.has(name)) {
      const f = collaborationFacts.get(name)!;
      collaborationValues.set(name, computeFact(f, collaborationSubject, ctx));
    }
    return collaborationValues.get(name);
  };

  const drafts: Draft[] = [];
  for (const { scope, scopeIndex, rules, executable, facts, template } of plan) {
    const subjects = subjectsOf(c, scope);
    if (subjects.length === 0) continue;
    const factObjects = subjects.map((subject) => {
      // A copy of the plan's template has every fact already, in order: filling it changes no object's shape.
      const values: Record<string, unknown> = { ...template };
      for (let k = 0; k < facts.length; k++) {
        const [name, f] = facts[k]!;
        values[name] = f ? computeFact(f, subject, ctx) : collaborationValue(name);
      }
      return values;
    });
    const outcomes = yield { rules: executable, subjects: factObjects };
    subjects.forEach((subject, i) => {
      const byRule = outcomes[i]!;
      const values = factObjects[i]!;
      for (const rule of rules) {
        const outcome = byRule.get(rule.id);
        if (outcome !== undefined && setup.observe !== undefined) {
          setup.observe({
            ruleId: rule.id,
            scope,
            ...(subject.id === undefined ? {} : { subjectId: subject.id }),
            outcome,
          });
        }
        if (!outcome?.fired) continue;
        drafts.push(report(rule, subject, scope, scopeIndex, values, outcome.conditions, ctx, locale));
      }
    });
  }

  drafts.sort(
    (a, b) =>
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
      compareText(a.finding.ruleId, b.finding.ruleId) ||
      a.scopeIndex - b.scopeIndex ||
      a.ordinal - b.ordinal,
  );
  const findings = drafts.map((d) => d.finding);
  const actions = drafts
    .filter((d): d is Draft & { action: Action } => d.action !== undefined)
    .sort(
      (a, b) =>
        compareText(a.finding.ruleId, b.finding.ruleId) ||
        a.scopeIndex - b.scopeIndex ||
        a.ordinal - b.ordinal,
    )
    .map((d) => d.action);
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const upcoming = upcomingEscalations(ctx, plan, set.warnWorkdays);
  return { findings, actions, upcoming, summary };
}

/**
 * The escalations that become due within the next `warnWorkdays` working days if nothing changes, for the
 * ladder rules that run (enabled, and in their phase), ordered by `dueOn`, then as actions are.
 */
function upcomingEscalations(
  ctx: FactContext,
  plan: readonly ScopePlan[],
  warnWorkdays: number,
): UpcomingEscalation[] {
  const out: { entry: UpcomingEscalation; day: number; scopeIndex: number; index: number }[] = [];
  if (!Number.isFinite(ctx.nowDay) || warnWorkdays <= 0) return [];
  for (const kind of LADDER_KINDS) {
    const ruleId = LADDER_RULES[kind];
    const scopePlan = plan.find((p) => p.scope === kind);
    if (scopePlan === undefined || !scopePlan.rules.some((r) => r.id === ruleId)) continue;
    const list = subjectsOf(ctx.c, kind);
    for (const subject of list) {
      const state = ladderOf(ctx, kind, subject.index);
      const day = state.nextDueDay;
      if (state.nextLevel === undefined || day === undefined || day <= ctx.nowDay) continue;
      if (workdaysBetweenDays(ctx.nowDay, day, ctx.calendar) > warnWorkdays) continue;
      const level = ctx.levels.get(state.nextLevel);
      const person = deciderAt(ctx, kind, subject.index, state.nextLevel);
      out.push({
        entry: {
          ruleId,
          scope: kind,
          subjectId: state.id,
          toLevel: state.nextLevel,
          dueOn: fromDayNumber(day),
          ...(level === undefined ? {} : { title: level.title }),
          ...(person === undefined ? {} : { person }),
        },
        day,
        scopeIndex: scopePlan.scopeIndex,
        index: subject.ordinal,
      });
    }
  }
  return out
    .sort(
      (a, b) =>
        a.day - b.day ||
        compareText(a.entry.ruleId, b.entry.ruleId) ||
        a.scopeIndex - b.scopeIndex ||
        a.index - b.index,
    )
    .map((u) => u.entry);
}

/** Runs a fact's function for a subject of its scope (the catalog pairs them; the types cannot). */
function computeFact(f: FactImplementation, subject: Subject, ctx: FactContext): unknown {
  const compute = f.compute as (entity: unknown, ctx: FactContext, subject: Subject) => unknown;
  return compute(subject.entity, ctx, subject);
}

/** Whether a fact of a scope is a date (type `day`). */
function dateFact(scope: RuleScope, name: string): boolean {
  return factsForScope(scope).get(name)?.type === 'day';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function report(
  rule: CompiledRule,
  subject: Subject,
  scope: RuleScope,
  scopeIndex: number,
  values: Readonly<Record<string, unknown>>,
  tree: unknown,
  ctx: FactContext,
  locale: Locale,
): Draft {
  const explained = explain(tree);
  const explanation = explained.some(onStatementFact)
    ? withStatementEvidence(explained, ctx, locale)
    : explained;
  const variantName = rule.variantNames.size > 0 ? firstHeldName(tree, rule.variantNames) : undefined;
  const variant = variantName === undefined ? undefined : rule.variants[variantName];
  const first = explanation[0];
  // A custom rule's message shows a date fact (and the first condition's values on one) as a date.
  const asDate = (fact: string | undefined, v: unknown): unknown =>
    rule.custom && fact !== undefined && dateFact(scope, fact) && typeof v === 'number' && Number.isInteger(v)
      ? fromDayNumber(v)
      : v;
  const lookup = (name: string): unknown => {
    if (rule.custom && name === 'value') return asDate(first?.fact, first?.expected);
    if (rule.custom && name === 'actual') return asDate(first?.fact, first?.actual);
    if (name === 'matched') return explanation.filter((e) => e.result && !e.negated).map((e) => e.expected);
    if (Object.hasOwn(rule.params, name)) return rule.params[name];
    // `{name}` is the subject's name in every scope: the collaboration's own in its scope.
    if (name === 'name' && scope === 'collaboration') return ctx.c.name;
    return asDate(name, values[name]);
  };
  const template = (variant?.message ?? rule.message)[locale];
  const message = formatMessage(template, lookup, locale);
  const pathTemplate = variant?.path ?? rule.path;
  const path = pathTemplate.includes('{')
    ? pathTemplate.replace(/\{([A-Za-z][A-Za-z0-9_-]*)\}/g, (_, name: string) => {
        if (name === 'subject') return subject.pointer;
        if (name === 'id') return escapeSegment(subject.id ?? '');
        return escapeSegment(values[name] ?? '');
      })
    : pathTemplate;
  const pointer = path === '' ? toJsonPointer([]) : path;
  // The keys in the order reports have always had them.
  const finding: Finding =
    subject.id === undefined
      ? { ruleId: rule.id, severity: rule.severity, scope, path: pointer, message, explanation }
      : {
          ruleId: rule.id,
          severity: rule.severity,
          scope,
          subjectId: subject.id,
          path: pointer,
          message,
          explanation,
        };
  let action: Action | undefined;
  const spec = rule.action?.toLevel;
  const ladder = spec !== undefined && isLadderKind(scope) ? ladderOf(ctx, scope, subject.index) : undefined;
  // `next`: the level above the highest recorded one on the ladder (level 1 for subjects without a ladder, and
  // when nothing is recorded); nothing above the top level. A fact that names no level (absent, as
  // `dueEscalationLevel` is while no level is due) means no action.
  const toLevel =
    spec === undefined
      ? Number.NaN
      : typeof spec === 'number'
        ? spec
        : spec === 'next'
          ? ladder === undefined || ladder.level === 0
            ? 1
            : (ladder.nextLevel ?? Number.NaN)
          : Number(values[spec.fact]);
  if (Number.isFinite(toLevel)) {
    const level = ctx.levels.get(toLevel);
    const person = ladder === undefined ? level?.person : deciderAt(ctx, ladder.kind, subject.index, toLevel);
    const dueDay = ladder?.nextLevel === toLevel ? ladder.nextDueDay : undefined;
    action = {
      type: 'escalate',
      ruleId: rule.id,
      scope,
      subjectId: subject.id ?? ctx.c.id,
      toLevel,
      ...(level === undefined ? {} : { title: level.title }),
      ...(person === undefined ? {} : { person }),
      ...(dueDay === undefined ? {} : { dueOn: fromDayNumber(dueDay) }),
      reason: message,
    };
  }
  return action === undefined
    ? { finding, scopeIndex, ordinal: subject.ordinal }
    : { finding, action, scopeIndex, ordinal: subject.ordinal };
}
