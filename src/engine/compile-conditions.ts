import { match } from 'ts-pattern';
import type { Locale } from '../i18n/locale.js';
import { showError } from '../i18n/show.js';
import { isEngineError } from './errors.js';
import type { Evaluator, EvaluationState as State } from './evaluator.js';
import { type FactSlots, MISSING_FACT } from './fact-slots.js';
import { type Failure, firstFailure } from './first-failure.js';
import { createEngineIssue, type EngineIssue } from './issue.js';
import { evaluateLiteralLeaf, type LiteralLeaf, literalLeaf, literalLeafEvaluator } from './literal-leaf.js';
import type { ConditionNode, GroupNode, LeafNode, NotNode, ReferenceNode } from './normalize.js';
import type { ConditionPropertiesResult, NestedConditionResult, TopLevelConditionResult } from './types.js';

// Compiling conditions: each normalized condition becomes a closure (an Evaluator) that reads fact values from
// the run's slots and leaves its result, its timing or its failure in the evaluation state. Running a pack of
// them is run-pack.ts's part.

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

/**
 * Compiles normalized conditions into evaluators, in one of two flavours: `explain` closures build
 * json-rules-engine's evaluated condition trees, lean ones only results (and inline literal leaves). Conditions
 * shared by several rules are compiled once (memoized by node).
 *
 * @example
 * ```ts
 * import { ConditionCompiler } from './compile-conditions.js';
 * import type { NormalizedRule } from './normalize.js';
 * import { FactSlots } from './fact-slots.js';
 *
 * declare const rule: NormalizedRule;
 * const evaluate = new ConditionCompiler(false, true, 'en', new FactSlots()).compile(rule.root, false);
 * ```
 */
export class ConditionCompiler {
  readonly memo = new Map<ConditionNode, Evaluator>();
  readonly literals = new Map<LeafNode, LiteralLeaf>();

  /**
   * @param explain - Whether the evaluators build evaluated condition trees.
   * @param allowUndefinedFacts - Whether a missing fact is `undefined` rather than a failure.
   * @param locale - The locale of failure messages.
   * @param slots - The pack's fact slots, shared by both flavours.
   */
  constructor(
    readonly explain: boolean,
    readonly allowUndefinedFacts: boolean,
    readonly locale: Locale,
    readonly slots: FactSlots,
  ) {}

  /**
   * The evaluator of a condition.
   *
   * @param node - The normalized condition.
   * @param nested - Whether json-rules-engine wraps it in `evaluateCondition` (everything but a rule's root).
   * @returns The evaluator.
   */
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

  /** A literal leaf of the lean evaluator, as data (see literal-leaf.ts). */
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
        let first: Failure | undefined;
        for (let i = 0; i < children.length; i++) {
          const leaf = leaves[i];
          if (leaf !== undefined) evaluateLiteralLeaf(leaf, values, s);
          else children[i]!(values, s, undefined, undefined);
          if (s.err !== undefined) {
            first = firstFailure(first, s);
            continue;
          }
          if (s.t > slowest) slowest = s.t;
          if (s.r !== isAll) acc = !isAll;
        }
        if (first !== undefined) {
          s.err = first.issue;
          s.t = first.t + wrapped;
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
        let first: Failure | undefined;
        for (let j = 0; j < set.length; j++) {
          const i = set[j]!;
          const out = children[i]!(values, s, undefined, undefined);
          if (s.err !== undefined) {
            first = firstFailure(first, s);
            continue;
          }
          if (kids !== undefined) kids[i] = out!;
          if (s.t > slowest) slowest = s.t;
          if (s.r !== isAll) acc = !isAll;
        }
        if (first !== undefined) {
          s.err = first.issue;
          s.t = t + first.t + 4 + (sets.length - k - 1) + wrap;
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
