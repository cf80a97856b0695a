import {
  Engine,
  type TopLevelCondition as JreCondition,
  type RuleProperties as JreRuleProperties,
} from 'json-rules-engine';
import type { Locale } from '../i18n/locale.js';
import { showError } from '../i18n/show.js';
import { EngineError } from './errors.js';
import { followFactPath } from './fact-path.js';
import { createEngineIssue, type EngineIssue } from './issue.js';
import { normalizeRules } from './normalize.js';
import type { EngineOptions, Facts, RuleEvent, RuleProperties, RuleResultJSON, RunResult } from './types.js';

/** json-rules-engine's RuleResult, as far as it is read here. */
interface JreRuleResult {
  toJSON(stringify: false): Record<string, unknown>;
}

const OPERATOR_TYPE_ERROR = /\.(indexOf|some|every) is not a function|\(reading '(indexOf|some|every)'\)/;

/** Turns what json-rules-engine rejected with into the issue the compiled pack reports for the same problem. */
function toIssue(error: unknown, locale: Locale): EngineIssue {
  // What json-rules-engine rejected with may come from a getter or Proxy trap in the facts: inspect it guardedly.
  let message: string;
  let code: unknown;
  let typeError = false;
  try {
    message = error instanceof Error ? error.message : showError(error);
    code = (error as { code?: unknown } | null)?.code;
    typeError = error instanceof TypeError;
  } catch {
    message = showError(error);
  }
  if (typeof message !== 'string') message = showError(message);
  const undefinedFact = /^Undefined fact: ([\s\S]*)$/.exec(message);
  if (undefinedFact !== null && code === 'UNDEFINED_FACT') {
    return createEngineIssue('undefined_fact', [], { fact: undefinedFact[1] ?? '' }, locale);
  }
  // `b.indexOf is not a function`, `Cannot read properties of null (reading 'some')`: an operator met a value
  // it cannot use. Other TypeErrors (an object without a prototype compared as a number, …) stay generic.
  if (typeError && OPERATOR_TYPE_ERROR.test(message)) {
    return createEngineIssue('operator_type', [], { detail: message }, locale);
  }
  return createEngineIssue('evaluation_failed', [], { detail: message }, locale);
}

function toRuleResultJSON(ruleResult: JreRuleResult): RuleResultJSON {
  const json = ruleResult.toJSON(false);
  // json-rules-engine writes `name: undefined` for unnamed rules; the compiled pack leaves the field out.
  if (json.name === undefined) delete json.name;
  return json as unknown as RuleResultJSON;
}

/**
 * Rules validated for json-rules-engine, ready to run: each `run` builds one **fresh** `Engine` (json-rules-engine
 * keeps run state, and concurrent runs on one engine lose events, its issue #303) and runs the fact sets on it one
 * after another, never concurrently.
 *
 * @internal
 * @example
 * ```ts
 * import { jsonRulesEngineRunner } from './json-rules-engine.js';
 *
 * const runner = jsonRulesEngineRunner([{ conditions: { all: [{ fact: 'x', operator: 'equal', value: 1 }] }, event: { type: 'one' } }]);
 * const [first, second] = await runner.run([{ x: 1 }, { x: 2 }]);
 * ```
 */
export interface JsonRulesEngineRunner {
  /**
   * Runs the rules on each fact set, in order.
   *
   * @param factSets - The fact sets, each as precomputed values.
   * @returns One result per fact set, in order.
   * @throws {@link EngineError} (as a rejection) with code `evaluation_failed` where json-rules-engine rejects,
   *   as {@link runWithJsonRulesEngine} does.
   */
  run(factSets: readonly Facts[]): Promise<RunResult[]>;
}

/**
 * crossdept's one json-rules-engine adapter: validates rules exactly as `compileRules` validates them, once, and
 * returns what runs them with json-rules-engine itself, configured with the safe path resolver instead of
 * JSONPath, on plain copies of the rules (json-rules-engine writes into conditions). {@link runWithJsonRulesEngine}
 * runs one fact set with it; the rules layer's `json-rules-engine` backend keeps one per rule list and runs its
 * subjects with it.
 *
 * @internal
 * @param rules - Rules in json-rules-engine's format.
 * @param options - As for {@link runWithJsonRulesEngine}.
 * @returns The runner.
 * @throws {@link EngineError} with code `invalid_rules` for invalid rules or options.
 * @example
 * ```ts
 * import { jsonRulesEngineRunner } from './json-rules-engine.js';
 *
 * const runner = jsonRulesEngineRunner([{ conditions: { all: [] }, event: { type: 'always' } }], { locale: 'en' });
 * (await runner.run([{}]))[0]?.events; // [{ type: 'always' }]
 * ```
 */
export function jsonRulesEngineRunner(
  rules: readonly RuleProperties[],
  options: EngineOptions = {},
): JsonRulesEngineRunner {
  const normalized = normalizeRules(rules, options);
  if (!normalized.success) throw new EngineError('invalid_rules', normalized.issues);
  const { data } = normalized;
  return {
    async run(factSets) {
      const engine = new Engine([], {
        allowUndefinedFacts: data.allowUndefinedFacts,
        allowUndefinedConditions: data.allowUndefinedConditions,
        // The unguarded resolver: what a getter in the facts throws reaches toIssue as it is, as in the compiled
        // pack.
        pathResolver: (object: object, path: string) => followFactPath(object, path),
      });
      for (const [name, condition] of data.conditions) {
        engine.setCondition(name, structuredClone(condition) as unknown as JreCondition);
      }
      for (const rule of data.rules) {
        engine.addRule(structuredClone(rule.source) as unknown as JreRuleProperties);
      }
      const results: RunResult[] = [];
      for (const facts of factSets) {
        let outcome: Awaited<ReturnType<Engine['run']>>;
        try {
          outcome = await engine.run({ ...facts });
        } catch (error) {
          throw new EngineError('evaluation_failed', [toIssue(error, data.locale)]);
        }
        results.push({
          results: outcome.results.map((r) => toRuleResultJSON(r as unknown as JreRuleResult)),
          failureResults: outcome.failureResults.map((r) => toRuleResultJSON(r as unknown as JreRuleResult)),
          events: outcome.events as RuleEvent[],
          failureEvents: outcome.failureEvents as RuleEvent[],
        });
      }
      return results;
    },
  };
}

/**
 * Runs rules with json-rules-engine itself (the reference the compiled pack is tested against), configured
 * with crossdept's safe fact-path resolver, on a **fresh** `Engine` per call: json-rules-engine loses events
 * when one engine runs concurrently (its issue #303). The rules are validated exactly as `compileRules`
 * validates them, and json-rules-engine gets plain copies (it writes into conditions).
 *
 * @param rules - Rules in json-rules-engine's format.
 * @param facts - The facts of the run, as precomputed values.
 * @param options - Shared conditions, `allowUndefinedFacts`, `allowUndefinedConditions`, `maxDepth`, `locale`.
 * @returns json-rules-engine's results and events, shaped as {@link RunResult}.
 * @throws {@link EngineError} (as a rejection) with code `invalid_rules` for invalid rules, and with code
 *   `evaluation_failed` where json-rules-engine rejects (`undefined_fact` with the fact's name,
 *   `operator_type` for a `TypeError` of an operator (`b.indexOf is not a function`, …), `evaluation_failed` for any other;
 *   these issues carry no condition path: json-rules-engine does not say).
 * @example
 * ```ts
 * const result = await runWithJsonRulesEngine(
 *   [{ conditions: { all: [{ fact: 'riskScore', operator: 'greaterThanInclusive', value: 80 }] }, event: { type: 'highRisk' } }],
 *   { riskScore: 91 },
 * );
 * result.events; // [{ type: 'highRisk' }]
 * ```
 */
export async function runWithJsonRulesEngine(
  rules: readonly RuleProperties[],
  facts: Facts,
  options: EngineOptions = {},
): Promise<RunResult> {
  const [result] = await jsonRulesEngineRunner(rules, options).run([facts]);
  return result!;
}
