import { match } from 'ts-pattern';
import type { Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showError } from '../i18n/show.js';
import type { ValidationResult } from '../issues/issue.js';
import { EngineError } from './errors.js';
import type { EvaluationState, Evaluator } from './evaluator.js';
import { createEngineIssue, type EngineIssue } from './issue.js';
import { evaluateLiteralLeaf, type LiteralLeaf, literalLeaf, literalLeafEvaluator } from './lean-leaf.js';
import {
  type ConditionNode,
  type GroupNode,
  type LeafNode,
  type NormalizedRule,
  type NotNode,
  normalizeRules,
  type ReferenceNode,
} from './normalize.js';
import { FactSlots, MISSING_FACT } from './slots.js';
import type {
  ConditionPropertiesResult,
  EngineOptions,
  Facts,
  NestedConditionResult,
  RuleEvent,
  RuleProperties,
  RuleResultJSON,
  RunEventsResult,
  RunResult,
  TopLevelCondition,
  TopLevelConditionResult,
} from './types.js';

/**
 * Options of {@link compileRules}: json-rules-engine's engine options that matter for precomputed facts.
 *
 * @example
 * ```ts
 * const options: CompileOptions = { allowUndefinedFacts: true, locale: 'en' };
 * ```
 */
export type CompileOptions = EngineOptions;

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
   * const runOnce = (explain: boolean) => pack.run({ spent: 120, budget: 100 }, { explain });
   * 'results' in runOnce(true); // true
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
   * const outcome = pack.safeRun({ spent: 120 }); // no budget: an undefined_fact issue
   * if (!outcome.success) console.log(outcome.issues[0]?.messages.en);
   * ```
   */
  safeRun(facts: Facts): ValidationResult<RunResult, EngineIssue>;
}

type State = EvaluationState;

interface CompiledRule {
  readonly rule: NormalizedRule;
  readonly lean: Evaluator;
  readonly explained: Evaluator;
}

const EMPTY_FACTS: Facts = Object.freeze({});

const RUN_OPTION_KEYS = ['explain'] as const;

/** `instanceof EngineError`, for anything a getter or an operator threw (a Proxy's prototype trap may throw). */
function isEngineError(error: unknown): error is EngineError {
  try {
    return error instanceof EngineError;
  } catch {
    return false;
  }
}

/** An evaluated leaf under construction. */
type LeafOutput = { -readonly [K in keyof ConditionPropertiesResult]?: ConditionPropertiesResult[K] };

/*
 * Timing. json-rules-engine evaluates rules of one priority in parallel, and collects their results (and
 * events) in the order their promises settle. The compiled closures count, for each condition, the microtask
 * ticks json-rules-engine's promise chain takes, so the pack can sort rules the same way and pick the same
 * first failure. The counts, read off json-rules-engine 7.3.1's rule.js, condition.js and almanac.js:
 * - a fact is ready at once, or one tick later when it has a `path` (`factValuePromise.then`); an undefined fact
 *   rejects at once (or is `undefined` at once);
 * - a leaf settles 3 ticks after its slower side (`Promise.all`, `.then`, `evaluateCondition`'s `.then`);
 * - `all`/`any` of several conditions chains one step per priority set: a skipped set takes 1 tick, an
 *   evaluated set 4 more than its slowest condition (or its first failure); of 0 conditions 0 ticks, of 1 the
 *   condition's own;
 * - `not` adds 1 (`.then(r => !r)`); every nested `all`/`any`/`not` adds 1 (`evaluateCondition`'s `.then`),
 *   the root of a rule does not; a reference costs nothing of its own (a missing one settles at once).
 */

class Compiler {
  readonly memo = new Map<ConditionNode, Evaluator>();
  readonly literals = new Map<LeafNode, LiteralLeaf>();

  constructor(
    readonly explain: boolean,
    readonly allowUndefinedFacts: boolean,
    readonly locale: Locale,
    readonly slots: FactSlots,
  ) {}

  compile(node: ConditionNode, nested: boolean): Evaluator {
    const known = this.memo.get(node);
    if (known !== undefined) return known;
    // Memoized by node alone: a node is either a rule's root (not nested) or inside a condition, never both.
    const evaluator = match(node)
      .with({ kind: 'leaf' }, (leaf) => this.leaf(leaf))
      .with({ kind: 'ref' }, (ref) => this.reference(ref))
      .with({ kind: 'not' }, (not) => this.not(not, nested))
      .with({ kind: 'all' }, { kind: 'any' }, (group) => this.group(group, nested))
      .exhaustive();
    this.memo.set(node, evaluator);
    return evaluator;
  }

  undefinedFact(fact: string, node: LeafNode): EngineIssue {
    return createEngineIssue('undefined_fact', node.location, { fact }, this.locale);
  }

  failure(error: unknown, node: LeafNode): EngineIssue {
    if (isEngineError(error) && error.issues[0]?.code === 'operator_type') {
      const issue = error.issues[0];
      return createEngineIssue(
        'operator_type',
        node.location,
        {
          operator: node.operator,
          ...(issue.expected === undefined ? {} : { expected: issue.expected }),
          ...(issue.received === undefined ? {} : { received: issue.received }),
        },
        this.locale,
      );
    }
    return createEngineIssue(
      'evaluation_failed',
      node.location,
      { operator: node.operator, detail: showError(error) },
      this.locale,
    );
  }

  leaf(node: LeafNode): Evaluator {
    const { fact, evaluate, value, ref } = node;
    const allowUndefined = this.allowUndefinedFacts;
    const slot = this.slots.slotOf(fact, node.segments);
    const pathTick = node.segments === undefined ? 0 : 1;
    if (!this.explain && ref === undefined) return literalLeafEvaluator(this.literal(node));
    const refSlot = ref === undefined ? -1 : this.slots.slotOf(ref.fact, ref.segments);
    const refPathTick = ref?.segments === undefined ? 0 : 1;
    const refFact = ref?.fact;
    // Reads both sides and compares, leaving the values in the state for the explaining closure.
    const read = (values: readonly unknown[], s: State): boolean => {
      let vv = value;
      let tv = 0;
      let missing: string | undefined;
      if (refFact !== undefined) {
        vv = values[refSlot];
        if (vv === MISSING_FACT) {
          vv = undefined;
          // json-rules-engine reads the value first, so an undefined value fact is the one reported.
          if (!allowUndefined) missing = refFact;
        } else {
          tv = refPathTick;
        }
      }
      let fv = values[slot];
      let tf = 0;
      if (fv === MISSING_FACT) {
        fv = undefined;
        if (!allowUndefined && missing === undefined) missing = fact;
      } else {
        tf = pathTick;
      }
      if (missing !== undefined) {
        s.err = this.undefinedFact(missing, node);
        s.t = 3;
        return false;
      }
      s.t = Math.max(tv, tf) + 3;
      s.fv = fv;
      s.vv = vv;
      try {
        return evaluate(fv, vv);
      } catch (error) {
        // Operators throw where json-rules-engine throws a TypeError.
        s.err = this.failure(error, node);
        return false;
      }
    };
    if (!this.explain) {
      return (values, s) => {
        s.r = read(values, s);
        return undefined;
      };
    }
    const { priority, name, params, path } = node.json;
    const operator = node.operator;
    return (values, s) => {
      const r = read(values, s);
      s.r = r;
      if (s.err !== undefined) return undefined;
      // Built field by field, in json-rules-engine's toJSON order, so JSON.stringify gives the same text.
      const out: LeafOutput = {};
      if (priority !== undefined) out.priority = priority;
      if (name !== undefined) out.name = name;
      out.operator = operator;
      out.value = value;
      out.fact = fact;
      if (s.fv !== undefined) out.factResult = s.fv;
      if (s.vv !== undefined) out.valueResult = s.vv;
      out.result = r;
      if (params !== undefined) out.params = params;
      if (path !== undefined) out.path = path;
      return out as NestedConditionResult;
    };
  }

  /** A literal leaf of the lean evaluator, as data (see lean-leaf.ts). */
  literal(node: LeafNode): LiteralLeaf {
    const known = this.literals.get(node);
    if (known !== undefined) return known;
    const { fact, evaluate, value } = node;
    const allowUndefined = this.allowUndefinedFacts;
    const leaf = literalLeaf({
      operator: node.operator,
      evaluate,
      slot: this.slots.slotOf(fact, node.segments),
      pathTick: node.segments === undefined ? 0 : 1,
      value,
      missing: (s) => {
        // An undefined fact is ready at once, path or not.
        s.t = 3;
        if (!allowUndefined) {
          s.err = this.undefinedFact(fact, node);
          return;
        }
        try {
          s.r = evaluate(undefined, value);
        } catch (error) {
          s.err = this.failure(error, node);
        }
      },
      fail: (s, error) => {
        s.err = this.failure(error, node);
      },
    });
    this.literals.set(node, leaf);
    return leaf;
  }

  group(node: GroupNode, nested: boolean): Evaluator {
    const children = node.children.map((child) => this.compile(child, true));
    const sets = node.sets;
    const isAll = node.kind === 'all';
    const wrap = nested ? 1 : 0;
    const explain = this.explain;
    const staticKids = node.children.map((child) => child.json as NestedConditionResult);
    const { priority } = node;
    const build = (
      kids: readonly NestedConditionResult[],
      fallbackName: string | undefined,
    ): TopLevelConditionResult => {
      const name = node.name ?? fallbackName;
      if (isAll) return name === undefined ? { priority, all: kids } : { priority, name, all: kids };
      return name === undefined ? { priority, any: kids } : { priority, name, any: kids };
    };
    if (children.length === 0) {
      return (_values, s, fallbackName) => {
        s.r = true;
        s.t = wrap;
        return explain ? build([], fallbackName) : undefined;
      };
    }
    const onlyChild = node.children[0];
    if (children.length === 1 && !explain && onlyChild?.kind === 'leaf' && onlyChild.ref === undefined) {
      const leaf = this.literal(onlyChild);
      return (values, s) => {
        evaluateLiteralLeaf(leaf, values, s);
        s.t += wrap;
        return undefined;
      };
    }
    if (children.length === 1) {
      const only = children[0]!;
      return (values, s, fallbackName) => {
        const out = only(values, s, undefined, undefined);
        s.t += wrap;
        if (s.err !== undefined || !explain) return undefined;
        return build([out!], fallbackName);
      };
    }
    if (sets.length === 1 && !explain) {
      // One priority among the children (the usual case): one evaluated set, no cursor steps to skip. Literal
      // leaves are evaluated inline, without a closure call.
      const wrapped = 4 + wrap;
      const leaves = node.children.map((child) =>
        child.kind === 'leaf' && child.ref === undefined ? this.literal(child) : undefined,
      );
      return (values, s) => {
        let slowest = 0;
        let acc = isAll;
        let err: EngineIssue | undefined;
        let errT = Number.POSITIVE_INFINITY;
        for (let i = 0; i < children.length; i++) {
          const leaf = leaves[i];
          if (leaf !== undefined) evaluateLiteralLeaf(leaf, values, s);
          else children[i]!(values, s, undefined, undefined);
          if (s.err !== undefined) {
            if (s.t < errT) {
              errT = s.t;
              err = s.err;
            }
            s.err = undefined;
            continue;
          }
          if (s.t > slowest) slowest = s.t;
          if (s.r !== isAll) acc = !isAll;
        }
        if (err !== undefined) {
          s.err = err;
          s.t = errT + wrapped;
          return undefined;
        }
        s.r = acc;
        s.t = slowest + wrapped;
        return undefined;
      };
    }
    return (values, s, fallbackName) => {
      const kids = explain ? staticKids.slice() : undefined;
      let t = 0;
      let res = isAll;
      for (let k = 0; k < sets.length; k++) {
        // json-rules-engine's cursor: `all` stops after a false set, `any` after a true one (one tick per step).
        if (res !== isAll) {
          t += 1;
          continue;
        }
        const set = sets[k]!;
        let slowest = 0;
        let acc = isAll;
        let err: EngineIssue | undefined;
        let errT = Number.POSITIVE_INFINITY;
        for (let j = 0; j < set.length; j++) {
          const i = set[j]!;
          const out = children[i]!(values, s, undefined, undefined);
          if (s.err !== undefined) {
            // Promise.all rejects with the first rejection to settle (ties: the earlier condition).
            if (s.t < errT) {
              errT = s.t;
              err = s.err;
            }
            s.err = undefined;
            continue;
          }
          if (kids !== undefined) kids[i] = out!;
          if (s.t > slowest) slowest = s.t;
          if (s.r !== isAll) acc = !isAll;
        }
        if (err !== undefined) {
          s.err = err;
          s.t = t + errT + 4 + (sets.length - k - 1) + wrap;
          return undefined;
        }
        t += slowest + 4;
        res = acc;
      }
      s.r = res;
      s.t = t + wrap;
      return kids === undefined ? undefined : build(kids, fallbackName);
    };
  }

  not(node: NotNode, nested: boolean): Evaluator {
    const child = this.compile(node.child, true);
    const extra = nested ? 2 : 1;
    const explain = this.explain;
    if (!explain && node.child.kind === 'leaf' && node.child.ref === undefined) {
      const leaf = this.literal(node.child);
      return (values, s) => {
        evaluateLiteralLeaf(leaf, values, s);
        s.t += extra;
        s.r = !s.r;
        return undefined;
      };
    }
    const { priority } = node;
    return (values, s, fallbackName) => {
      const out = child(values, s, undefined, undefined);
      s.t += extra;
      if (s.err !== undefined) return undefined;
      s.r = !s.r;
      if (!explain) return undefined;
      const name = node.name ?? fallbackName;
      return name === undefined ? { priority, not: out! } : { priority, name, not: out! };
    };
  }

  reference(node: ReferenceNode): Evaluator {
    const { target, condition } = node;
    if (target === undefined) {
      // A missing condition under allowUndefinedConditions: false at once, reported as the reference itself.
      const explain = this.explain;
      return (_values, s, fallbackName, fallbackPriority) => {
        s.r = false;
        s.t = 0;
        if (!explain) return undefined;
        const priority = node.priority ?? fallbackPriority;
        const name = node.name ?? fallbackName;
        return {
          ...(priority === undefined ? {} : { priority }),
          ...(name === undefined ? {} : { name }),
          condition,
        };
      };
    }
    const evaluate = this.compile(target, true);
    return (values, s, fallbackName, fallbackPriority) =>
      evaluate(values, s, node.name ?? fallbackName, node.priority ?? fallbackPriority);
  }
}

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
  readonly s: State;
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

function createPack(
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
    let err: EngineIssue | undefined;
    let errT = Number.POSITIVE_INFINITY;
    const { times, results, outs } = w;
    for (let i = 0; i < group.length; i++) {
      const compiled = group[i]!;
      const out = (explain ? compiled.explained : compiled.lean)(values, s, undefined, undefined);
      if (s.err !== undefined) {
        if (s.t < errT) {
          errT = s.t;
          err = s.err;
        }
        s.err = undefined;
        continue;
      }
      times[i] = s.t;
      results[i] = s.r;
      if (explain) outs[i] = out as TopLevelConditionResult;
    }
    if (err !== undefined) throw new EngineError('evaluation_failed', [err]);
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

/**
 * Validates rules (and shared conditions) and compiles them once into synchronous closures with
 * json-rules-engine's exact semantics. See {@link CompiledRulePack}.
 *
 * @param rules - Rules in json-rules-engine's format.
 * @param options - Shared conditions (`conditions`), `allowUndefinedFacts`, `allowUndefinedConditions`,
 *   `maxDepth` (default 32) and the `locale` of issue messages (`zh-CN` or `en`; anything else is an
 *   `invalid_locale` issue). `null` and `undefined` mean the defaults.
 * @returns The validated rules, or every issue found. It never throws, whatever it is given: input it cannot
 *   read (a getter or Proxy trap that throws) is an `unreadable` issue.
 * @example
 * ```ts
 * const compiled = safeCompileRules([{ conditions: { all: [{ fact: 'x', operator: 'greaterThen', value: 1 }] }, event: { type: 'x' } }]);
 * compiled.success || compiled.issues[0]?.suggestion; // 'greaterThan'
 * ```
 */
export function safeCompileRules(
  rules: readonly RuleProperties[],
  options: CompileOptions = {},
): ValidationResult<CompiledRulePack, EngineIssue> {
  const normalized = normalizeRules(rules, options);
  if (!normalized.success) return normalized;
  const { allowUndefinedFacts, locale } = normalized.data;
  const slots = new FactSlots();
  const lean = new Compiler(false, allowUndefinedFacts, locale, slots);
  const explained = new Compiler(true, allowUndefinedFacts, locale, slots);
  const byPriority = new Map<number, CompiledRule[]>();
  for (const rule of normalized.data.rules) {
    // The root `all`/`any`/`not` of a rule is not wrapped in evaluateCondition (a reference's target always is).
    const compiled: CompiledRule = {
      rule,
      lean: lean.compile(rule.root, false),
      explained: explained.compile(rule.root, false),
    };
    const group = byPriority.get(rule.priority);
    if (group === undefined) byPriority.set(rule.priority, [compiled]);
    else group.push(compiled);
  }
  const groups = [...byPriority.entries()].sort((a, b) => b[0] - a[0]).map(([, group]) => group);
  return {
    success: true,
    data: createPack(
      groups,
      slots,
      Object.freeze(normalized.data.rules.map((r) => r.source)),
      normalized.data.conditions,
      locale,
    ),
  };
}

/**
 * Validates rules (and shared conditions) and compiles them once into synchronous closures with
 * json-rules-engine's exact semantics. See {@link CompiledRulePack}.
 *
 * @param rules - Rules in json-rules-engine's format.
 * @param options - Shared conditions (`conditions`), `allowUndefinedFacts`, `allowUndefinedConditions`,
 *   `maxDepth` (default 32) and the `locale` of issue messages (`zh-CN` or `en`; anything else is an
 *   `invalid_locale` issue). `null` and `undefined` mean the defaults.
 * @returns The compiled rule pack.
 * @throws {@link EngineError} with code `invalid_rules` and every issue found, when the rules or the options are
 *   invalid or cannot be read; never anything else.
 * @example
 * ```ts
 * const pack = compileRules(
 *   [{ name: 'late', conditions: { condition: 'isLate' }, event: { type: 'late' } }],
 *   { conditions: { isLate: { all: [{ fact: 'daysLate', operator: 'greaterThan', value: 0 }] } } },
 * );
 * pack.run({ daysLate: 3 }).results[0]?.name; // 'late'
 * ```
 */
export function compileRules(
  rules: readonly RuleProperties[],
  options: CompileOptions = {},
): CompiledRulePack {
  const compiled = safeCompileRules(rules, options);
  if (!compiled.success) throw new EngineError('invalid_rules', compiled.issues);
  return compiled.data;
}
