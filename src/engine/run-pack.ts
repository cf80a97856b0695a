import type { Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showError } from '../i18n/show.js';
import type { ValidationResult } from '../issues/issue.js';
import { EngineError, isEngineError } from './errors.js';
import type { EvaluationState, Evaluator } from './evaluator.js';
import type { FactSlots } from './fact-slots.js';
import { type Failure, firstFailure } from './first-failure.js';
import { createEngineIssue, type EngineIssue } from './issue.js';
import type { NormalizedRule } from './normalize.js';
import type {
  Facts,
  RuleEvent,
  RuleProperties,
  RuleResultJSON,
  RunEventsResult,
  RunResult,
  TopLevelCondition,
  TopLevelConditionResult,
} from './types.js';

// Running a compiled pack: the rules' evaluators (compile-conditions.ts), grouped by priority, are run on the
// facts as json-rules-engine runs them — group by group, the rules of a group in the order their promises settle.

/**
 * Options of one run. `explain: false` skips building the evaluated condition trees and returns only the
 * events (in the same order), for throughput.
 *
 * @example
 * ```ts
 * const options: RunOptions = { explain: false };
 * ```
 */
export interface RunOptions {
  readonly explain?: boolean;
}

/**
 * Rules compiled into synchronous closures (no `eval`, no `new Function`: safe under a strict
 * Content-Security-Policy) that give json-rules-engine's exact results: the same rule results with the same
 * evaluated condition trees (which conditions got `factResult`, `valueResult` and `result`, following its
 * priority sets and short-circuiting), and the same events in the same order.
 *
 * Where json-rules-engine's `run()` rejects (an undefined fact without `allowUndefinedFacts`, a `TypeError`
 * from `in`/`notIn`/`someValue`/`everyValue`), `run` throws an {@link EngineError} with code
 * `evaluation_failed` and one issue naming the same problem json-rules-engine would report first, and `safeRun`
 * returns that issue.
 *
 * @example
 * ```ts
 * const pack = compileRules([
 *   { conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } },
 * ]);
 * pack.run({ spent: 120, budget: 100 }).events; // [{ type: 'overBudget' }]
 * pack.run({ spent: 120, budget: 100 }, { explain: false }).events; // [{ type: 'overBudget' }]
 * ```
 */
export interface CompiledRulePack {
  /** The rules as compiled: only the fields json-rules-engine reads, frozen. */
  readonly rules: readonly RuleProperties[];
  /** The shared conditions as compiled, frozen. */
  readonly conditions: ReadonlyMap<string, TopLevelCondition>;
  /**
   * Runs every rule on the facts, with the evaluated condition trees.
   *
   * @param facts - The facts by name.
   * @returns The rule results, events and failure results, as json-rules-engine returns them.
   * @throws {@link EngineError} `evaluation_failed` where json-rules-engine's `run()` rejects.
   * @example
   * ```ts
   * const pack = compileRules([
   *   { conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } },
   * ]);
   * pack.run({ spent: 120, budget: 100 }).results.length; // 1
   * ```
   */
  run(facts: Facts): RunResult;
  /**
   * Runs every rule on the facts and returns only the events, without building condition trees.
   *
   * @param facts - The facts by name.
   * @param options - `{ explain: false }`.
   * @returns The events, in json-rules-engine's order.
   * @example
   * ```ts
   * const pack = compileRules([
   *   { conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } },
   * ]);
   * pack.run({ spent: 120, budget: 100 }, { explain: false }).events; // [{ type: 'overBudget' }]
   * ```
   */
  run(facts: Facts, options: { readonly explain: false }): RunEventsResult;
  /**
   * Runs every rule on the facts, with the evaluated condition trees (`explain` absent or `true`).
   *
   * @param facts - The facts by name.
   * @param options - `{ explain: true }` or `{}`.
   * @returns The full result.
   * @example
   * ```ts
   * const pack = compileRules([
   *   { conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } },
   * ]);
   * pack.run({ spent: 120, budget: 100 }, { explain: true }).results[0]?.result; // true
   * ```
   */
  run(facts: Facts, options: { readonly explain?: true }): RunResult;
  /**
   * Runs every rule on the facts; the result's shape follows `options.explain`.
   *
   * @param facts - The facts by name.
   * @param options - Whether to build condition trees.
   * @returns The full result, or only the events when `explain` is `false`.
   * @example
   * ```ts
   * const pack = compileRules([
   *   { conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } },
   * ]);
   * const result = pack.run({ spent: 120, budget: 100 }, { explain: Math.random() > 0.5 });
   * ```
   */
  run(facts: Facts, options: RunOptions): RunResult | RunEventsResult;
  /**
   * Like `run` with explanations, but returns the evaluation failure as an issue instead of throwing.
   *
   * @param facts - The facts by name.
   * @returns `{ success: true, data }` or `{ success: false, issues }`.
   * @example
   * ```ts
   * const pack = compileRules([
   *   { conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } },
   * ]);
   * const outcome = pack.safeRun({ spent: 120 });
   * if (!outcome.success) console.log(outcome.issues[0]?.messages.en);
   * ```
   */
  safeRun(facts: Facts): ValidationResult<RunResult, EngineIssue>;
}

/**
 * A rule compiled in both flavours.
 *
 * @example
 * ```ts
 * import type { Evaluator } from './evaluator.js';
 * import type { NormalizedRule } from './normalize.js';
 *
 * declare const rule: NormalizedRule;
 * declare const lean: Evaluator;
 * const compiled: CompiledRule = { rule, lean, explained: lean };
 * ```
 */
export interface CompiledRule {
  readonly rule: NormalizedRule;
  /** Results only. */
  readonly lean: Evaluator;
  /** Results with evaluated condition trees. */
  readonly explained: Evaluator;
}

const EMPTY_FACTS: Facts = Object.freeze({});

const RUN_OPTION_KEYS = ['explain'] as const;

/**
 * Writes into `order` the indices `0 … n-1` sorted by `times`, stably (equal times keep their index order),
 * without allocating.
 */
function orderByTime(times: readonly number[], n: number, order: number[]): void {
  // Insertion sort in place: stable, and groups are small and usually nearly sorted already.
  for (let i = 0; i < n; i++) {
    const t = times[i]!;
    let j = i;
    while (j > 0 && times[order[j - 1]!]! > t) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
}

/** Work arrays of one priority group. */
interface Scratch {
  readonly times: number[];
  readonly results: boolean[];
  readonly order: number[];
  readonly outs: (TopLevelConditionResult | undefined)[];
}

/** Everything a run writes: the state, the slot values, the groups' scratch. Reused across runs. */
interface Work {
  readonly s: EvaluationState;
  readonly values: unknown[];
  readonly groups: readonly Scratch[];
}

function scratchFor(size: number): Scratch {
  return {
    times: new Array<number>(size).fill(0),
    results: new Array<boolean>(size).fill(false),
    order: new Array<number>(size).fill(0),
    outs: new Array<TopLevelConditionResult | undefined>(size).fill(undefined),
  };
}

/**
 * Makes the pack that runs compiled rules: the priority groups (highest first) run one after another; within a
 * group every rule is evaluated (json-rules-engine runs them in parallel) and its results and events are listed
 * in the order json-rules-engine's promises would settle, and the group's first failure to settle is thrown. One
 * work space is reused across runs (a re-entered run, from a getter in the facts, gets a fresh one).
 *
 * @param groups - The compiled rules by priority group, highest priority first.
 * @param slots - The fact slots the evaluators read.
 * @param rules - The rules as compiled (the pack's `rules`).
 * @param conditions - The shared conditions as compiled (the pack's `conditions`).
 * @param locale - The locale of failure messages.
 * @returns The pack.
 * @example
 * ```ts
 * import { type CompiledRule, createPack } from './run-pack.js';
 * import type { FactSlots } from './fact-slots.js';
 *
 * declare const groups: readonly (readonly CompiledRule[])[];
 * declare const slots: FactSlots;
 * const pack = createPack(groups, slots, [], new Map(), 'en');
 * ```
 */
export function createPack(
  groups: readonly (readonly CompiledRule[])[],
  slots: FactSlots,
  rules: readonly RuleProperties[],
  conditions: ReadonlyMap<string, TopLevelCondition>,
  locale: Locale,
): CompiledRulePack {
  const fresh = (): Work => ({
    s: { t: 0, r: false, err: undefined, fv: undefined, vv: undefined },
    values: new Array<unknown>(slots.size).fill(undefined),
    groups: groups.map((group) => scratchFor(group.length)),
  });
  const shared = fresh();
  let busy = false;

  /**
   * Evaluates one priority group into the scratch and orders it as json-rules-engine settles it; throws the
   * group's first failure, as json-rules-engine rejects with it.
   */
  const evaluateGroup = (
    group: readonly CompiledRule[],
    work: Work,
    g: number,
    explain: boolean,
  ): Scratch => {
    const { s, values } = work;
    const w = work.groups[g]!;
    let first: Failure | undefined;
    const { times, results, outs } = w;
    for (let i = 0; i < group.length; i++) {
      const compiled = group[i]!;
      const out = (explain ? compiled.explained : compiled.lean)(values, s, undefined, undefined);
      if (s.err !== undefined) {
        first = firstFailure(first, s);
        continue;
      }
      times[i] = s.t;
      results[i] = s.r;
      if (explain) outs[i] = out as TopLevelConditionResult;
    }
    if (first !== undefined) throw new EngineError('evaluation_failed', [first.issue]);
    orderByTime(times, group.length, w.order);
    return w;
  };

  const runLean = (work: Work): RunEventsResult => {
    const events: RuleEvent[] = [];
    const failureEvents: RuleEvent[] = [];
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      const w = evaluateGroup(group, work, g, false);
      for (let k = 0; k < group.length; k++) {
        const i = w.order[k]!;
        const event = group[i]!.rule.event;
        if (w.results[i]) events.push(event);
        else failureEvents.push(event);
      }
    }
    return { events, failureEvents };
  };

  const runExplained = (work: Work): RunResult => {
    const results: RuleResultJSON[] = [];
    const failureResults: RuleResultJSON[] = [];
    const events: RuleEvent[] = [];
    const failureEvents: RuleEvent[] = [];
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      const w = evaluateGroup(group, work, g, true);
      for (let k = 0; k < group.length; k++) {
        const i = w.order[k]!;
        const { rule } = group[i]!;
        const result = w.results[i]!;
        const conditions = w.outs[i]!;
        const json: RuleResultJSON =
          rule.name === undefined
            ? { conditions, event: rule.event, priority: rule.priority, result }
            : { conditions, event: rule.event, priority: rule.priority, name: rule.name, result };
        if (result) {
          results.push(json);
          events.push(rule.event);
        } else {
          failureResults.push(json);
          failureEvents.push(rule.event);
        }
      }
    }
    return { results, failureResults, events, failureEvents };
  };

  const execute = (facts: Facts, explain: boolean, work: Work): RunResult | RunEventsResult => {
    try {
      slots.fill(typeof facts === 'object' && facts !== null ? facts : EMPTY_FACTS, work.values);
    } catch (error) {
      // Only a getter or Proxy trap in the facts can throw here; json-rules-engine would reject as well.
      throw new EngineError('evaluation_failed', [
        createEngineIssue('evaluation_failed', [], { detail: showError(error) }, locale),
      ]);
    }
    return explain ? runExplained(work) : runLean(work);
  };

  function run(facts: Facts, options?: RunOptions): RunResult | RunEventsResult {
    const read = readOptionFields(options, RUN_OPTION_KEYS);
    const [unreadable] = read.unreadable;
    if (unreadable !== undefined) {
      throw new EngineError('evaluation_failed', [
        createEngineIssue('unreadable', [], { key: unreadable.key, detail: unreadable.detail }, locale),
      ]);
    }
    const explain = read.values.explain !== false;
    // Re-entered (a getter in the facts ran this pack): fresh work space, the outer run's stays intact.
    if (busy) return execute(facts, explain, fresh());
    busy = true;
    try {
      return execute(facts, explain, shared);
    } finally {
      busy = false;
      // Drop references to this run's facts and trees, so the pack does not keep them alive.
      const { values, s } = shared;
      for (let k = 0; k < values.length; k++) values[k] = undefined;
      s.err = undefined;
      s.fv = undefined;
      s.vv = undefined;
      if (explain) {
        for (const w of shared.groups) for (let i = 0; i < w.outs.length; i++) w.outs[i] = undefined;
      }
    }
  }

  return {
    rules,
    conditions,
    run: run as CompiledRulePack['run'],
    safeRun(facts) {
      try {
        return { success: true, data: run(facts) as RunResult };
      } catch (error) {
        if (isEngineError(error)) return { success: false, issues: error.issues };
        throw error;
      }
    },
  };
}
