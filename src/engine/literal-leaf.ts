import type { EvaluationState, Evaluator } from './evaluator.js';
import { MISSING_FACT } from './fact-slots.js';
import type { OperatorEvaluator } from './operators.js';
import { parseOperatorName } from './resolve-operator.js';

/**
 * What {@link literalLeaf} needs to know about a leaf whose value is a literal.
 *
 * @example
 * ```ts
 * declare const spec: LeanLeafSpec;
 * spec.slot;
 * ```
 */
export interface LeanLeafSpec {
  /** The operator as written (`greaterThan`, `everyFact:in`, …). */
  readonly operator: string;
  /** The operator function, used for decorated operators and unusual values. */
  readonly evaluate: OperatorEvaluator;
  /** The slot of the fact (at its path). */
  readonly slot: number;
  /** Ticks the fact takes when present: 1 with a path, else 0. */
  readonly pathTick: number;
  /** The literal value. */
  readonly value: unknown;
  /** Handles a missing fact: fails the condition, or (allowUndefinedFacts) compares `undefined`. */
  readonly missing: (s: EvaluationState) => void;
  /** Records a failure thrown by the operator. */
  readonly fail: (s: EvaluationState, error: unknown) => void;
}

// How a literal leaf compares: one code per inlined operator, GENERIC for the operator function.
const GENERIC = 0;
const EQUAL = 1;
const NOT_EQUAL = 2;
const IN_LIST = 3;
const NOT_IN_LIST = 4;
const LESS = 5;
const LESS_OR_EQUAL = 6;
const GREATER = 7;
const GREATER_OR_EQUAL = 8;

/**
 * A leaf with a literal value, as data rather than a closure, for the lean (no explanations) evaluator: group
 * closures evaluate their literal leaves with {@link evaluateLiteralLeaf}, one monomorphic function with a
 * switch, instead of calling a closure per leaf (one call site for every leaf closure stays megamorphic, which
 * is most of the cost of a small condition).
 *
 * @example
 * ```ts
 * declare const spec: LeanLeafSpec;
 * const leaf: LiteralLeaf = literalLeaf(spec);
 * ```
 */
export interface LiteralLeaf {
  /** Which comparison is inlined (0: none, the operator function). */
  readonly op: number;
  readonly slot: number;
  readonly t: number;
  readonly value: unknown;
  readonly list: readonly unknown[];
  readonly spec: LeanLeafSpec;
}

const NO_LIST: readonly unknown[] = Object.freeze([]);

function isPrimitive(value: unknown): boolean {
  return (
    value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol')
  );
}

/**
 * Prepares a literal leaf. Undecorated `equal`, `notEqual`, `in`/`notIn` against a list and the four
 * comparisons against a primitive are inlined; everything else uses the operator function.
 *
 * @param spec - The leaf.
 * @returns The leaf as data.
 * @example
 * ```ts
 * declare const spec: LeanLeafSpec;
 * literalLeaf(spec).op;
 * ```
 */
export function literalLeaf(spec: LeanLeafSpec): LiteralLeaf {
  const parsed = parseOperatorName(spec.operator);
  const operator = parsed !== undefined && parsed.decorators.length === 0 ? parsed.operator : undefined;
  const list = Array.isArray(spec.value) ? (spec.value as readonly unknown[]) : undefined;
  let op: number = GENERIC;
  if (operator === 'equal') op = EQUAL;
  else if (operator === 'notEqual') op = NOT_EQUAL;
  else if (operator === 'in' && list !== undefined) op = IN_LIST;
  else if (operator === 'notIn' && list !== undefined) op = NOT_IN_LIST;
  // A number compared with a primitive never throws; an object literal may (converting it to a primitive).
  else if (isPrimitive(spec.value)) {
    if (operator === 'lessThan') op = LESS;
    else if (operator === 'lessThanInclusive') op = LESS_OR_EQUAL;
    else if (operator === 'greaterThan') op = GREATER;
    else if (operator === 'greaterThanInclusive') op = GREATER_OR_EQUAL;
  }
  return { op, slot: spec.slot, t: 3 + spec.pathTick, value: spec.value, list: list ?? NO_LIST, spec };
}

function generic(leaf: LiteralLeaf, fv: unknown, s: EvaluationState): void {
  try {
    s.r = leaf.spec.evaluate(fv, leaf.value);
  } catch (error) {
    leaf.spec.fail(s, error);
  }
}

/**
 * Evaluates a literal leaf into the state, with exactly the operator function's result: a number passes the
 * number validator unless it is NaN (its text parses back to it), and any comparison with NaN is false anyway,
 * so a number is compared directly; a list literal makes `in` a plain `indexOf`; a non-number in a comparison
 * takes the operator function.
 *
 * @param leaf - The leaf.
 * @param values - The run's slot values.
 * @param s - Receives the result and timing (or the failure).
 * @example
 * ```ts
 * import type { EvaluationState } from './evaluator.js';
 *
 * declare const leaf: LiteralLeaf;
 * declare const s: EvaluationState;
 * evaluateLiteralLeaf(leaf, [42], s);
 * ```
 */
export function evaluateLiteralLeaf(leaf: LiteralLeaf, values: readonly unknown[], s: EvaluationState): void {
  const fv = values[leaf.slot];
  if (fv === MISSING_FACT) {
    leaf.spec.missing(s);
    return;
  }
  s.t = leaf.t;
  const value = leaf.value;
  switch (leaf.op) {
    case EQUAL:
      s.r = fv === value;
      return;
    case NOT_EQUAL:
      s.r = fv !== value;
      return;
    case IN_LIST:
      s.r = leaf.list.indexOf(fv) > -1;
      return;
    case NOT_IN_LIST:
      s.r = leaf.list.indexOf(fv) === -1;
      return;
    case LESS:
      if (typeof fv === 'number') s.r = fv < (value as number);
      else generic(leaf, fv, s);
      return;
    case LESS_OR_EQUAL:
      if (typeof fv === 'number') s.r = fv <= (value as number);
      else generic(leaf, fv, s);
      return;
    case GREATER:
      if (typeof fv === 'number') s.r = fv > (value as number);
      else generic(leaf, fv, s);
      return;
    case GREATER_OR_EQUAL:
      if (typeof fv === 'number') s.r = fv >= (value as number);
      else generic(leaf, fv, s);
      return;
    default:
      generic(leaf, fv, s);
  }
}

/**
 * A literal leaf as a closure, for parents that call closures (`not`, and shared uses).
 *
 * @param leaf - The leaf.
 * @returns The lean closure.
 * @example
 * ```ts
 * declare const leaf: LiteralLeaf;
 * const evaluate = literalLeafEvaluator(leaf);
 * ```
 */
export function literalLeafEvaluator(leaf: LiteralLeaf): Evaluator {
  return (values, s) => {
    evaluateLiteralLeaf(leaf, values, s);
    return undefined;
  };
}
