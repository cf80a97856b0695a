import { type CompiledRulePack, compileRules } from '../engine/compile.js';
import type { JsonRulesEngineRunner } from '../engine/json-rules-engine.js';
import type {
  Facts,
  RuleProperties,
  RunResult,
  TopLevelCondition,
  TopLevelConditionResult,
} from '../engine/types.js';

/**
 * A rule ready to run: its id and its json-rules-engine conditions, with every param already replaced by its
 * value.
 *
 * @example
 * ```ts
 * const r: ExecutableRule = { id: 'team.core-size', conditions: { any: [{ fact: 'coreTeamSize', operator: 'greaterThan', value: 8 }] } };
 * ```
 */
export interface ExecutableRule {
  readonly id: string;
  readonly conditions: TopLevelCondition;
}

/**
 * One rule's outcome for one subject: whether it fired, and the evaluated condition tree (json-rules-engine's
 * `ruleResult.toJSON(false).conditions`: leaves carry `factResult`, `valueResult` and `result`).
 *
 * @example
 * ```ts
 * const o: RuleOutcome = { fired: false, conditions: { priority: 1, all: [] } };
 * ```
 */
export interface RuleOutcome {
  readonly fired: boolean;
  readonly conditions: TopLevelConditionResult;
}

/**
 * Which evaluator runs rules: `json-rules-engine` itself (the default: one fresh `Engine` per call, so runs never
 * share state; see json-rules-engine issue #303), or crossdept's `compiled` evaluator from `src/engine`, which has
 * json-rules-engine's semantics and runs synchronously.
 *
 * @example
 * ```ts
 * const backend: RuleBackend = 'json-rules-engine';
 * ```
 */
export type RuleBackend = 'json-rules-engine' | 'compiled';

// Compiled packs and json-rules-engine runners by rule list: evaluation passes the same list for every
// collaboration with the same rule set and phase, so each list is validated (and compiled) once.
const packs = new WeakMap<readonly ExecutableRule[], CompiledRulePack>();
const runners = new WeakMap<readonly ExecutableRule[], JsonRulesEngineRunner>();

/**
 * Runs rules for a list of subjects and returns, per subject, the outcome of every rule by id. This is the one
 * place rules are executed.
 *
 * With `json-rules-engine`, the engine layer's json-rules-engine adapter runs them (with `allowUndefinedFacts`),
 * validated once per rule list: one fresh `Engine` per call, with the safe plain-path resolver instead of
 * JSONPath, the subjects one after another on it, never concurrently (the engine keeps run state, and concurrent
 * runs on one engine lose events).
 * With `compiled`, it is {@link runRulesSync}.
 *
 * @param rules - The rules (ids must be unique).
 * @param subjects - One fact object per subject: precomputed values by fact name.
 * @param backend - The evaluator (default `json-rules-engine`).
 * @returns Per subject (same order), the outcome of each rule by id.
 * @example
 * ```ts
 * const [outcomes] = await runRules(
 *   [{ id: 'big', conditions: { all: [{ fact: 'size', operator: 'greaterThan', value: 8 }] } }],
 *   [{ size: 9 }],
 * );
 * outcomes?.get('big')?.fired; // true
 * ```
 */
export async function runRules(
  rules: readonly ExecutableRule[],
  subjects: readonly Facts[],
  backend: RuleBackend = 'json-rules-engine',
): Promise<ReadonlyMap<string, RuleOutcome>[]> {
  if (backend === 'compiled') return runRulesSync(rules, subjects);
  if (rules.length === 0) return subjects.map(() => new Map());
  // json-rules-engine is loaded on the first run that asks for it: the compiled path (evaluateSync, the command
  // line's check) never loads it, and a bundler splits it into a chunk a page downloads only when it is used.
  let runner = runners.get(rules);
  if (runner === undefined) {
    const { jsonRulesEngineRunner } = await import('../engine/json-rules-engine.js');
    runner = jsonRulesEngineRunner(properties(rules), { allowUndefinedFacts: true });
    runners.set(rules, runner);
  }
  return (await runner.run(subjects)).map(outcomesOf);
}

/**
 * {@link runRules} on crossdept's compiled evaluator, synchronously: the same outcomes as json-rules-engine's.
 * The pack compiled for a rule list is kept as long as the list is, so callers that reuse one list compile once.
 *
 * @param rules - The rules (ids must be unique).
 * @param subjects - One fact object per subject: precomputed values by fact name.
 * @returns Per subject (same order), the outcome of each rule by id.
 * @example
 * ```ts
 * const [outcomes] = runRulesSync(
 *   [{ id: 'big', conditions: { all: [{ fact: 'size', operator: 'greaterThan', value: 8 }] } }],
 *   [{ size: 9 }],
 * );
 * outcomes?.get('big')?.fired; // true
 * ```
 */
export function runRulesSync(
  rules: readonly ExecutableRule[],
  subjects: readonly Facts[],
): ReadonlyMap<string, RuleOutcome>[] {
  if (rules.length === 0) return subjects.map(() => new Map());
  const pack = packs.get(rules) ?? compileRules(properties(rules), { allowUndefinedFacts: true });
  packs.set(rules, pack);
  return subjects.map((facts) => outcomesOf(pack.run(facts)));
}

function properties(rules: readonly ExecutableRule[]): RuleProperties[] {
  return rules.map((r) => ({ name: r.id, conditions: r.conditions, event: { type: r.id } }));
}

/** Each rule's outcome in one run, by id (the rule's name). */
function outcomesOf(result: RunResult): Map<string, RuleOutcome> {
  const map = new Map<string, RuleOutcome>();
  for (const list of [result.results, result.failureResults]) {
    for (let i = 0; i < list.length; i++) {
      const r = list[i]!;
      if (r.name !== undefined) map.set(r.name, { fired: r.result, conditions: r.conditions });
    }
  }
  return map;
}
