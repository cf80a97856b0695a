import { showValue } from '../i18n/show.js';
import type { NestedConditionResult, TopLevelConditionResult } from './types.js';

/**
 * One evaluated leaf condition, flattened out of a result tree: the fact (and path), the operator, the value
 * compared against as written (`expected`: a literal, or the `{ fact }` reference of a fact-to-fact comparison,
 * whose resolved value is `valueResult`), the fact's value (`actual`), whether the comparison held, and whether
 * it sits under an odd number of `not`s (`negated`: its result counts reversed).
 *
 * @example
 * ```ts
 * const e: ExplainedCondition = {
 *   fact: 'spent', operator: 'greaterThan', expected: { fact: 'budget' }, actual: 120, valueResult: 100,
 *   result: true, negated: false,
 * };
 * ```
 */
export interface ExplainedCondition {
  readonly fact: string;
  readonly path?: string;
  readonly operator: string;
  /** The value compared against: a literal, or `{ fact }` for a fact-to-fact comparison. */
  readonly expected: unknown;
  /** The fact's value. */
  readonly actual: unknown;
  /** The resolved value of a `{ fact }` reference. */
  readonly valueResult?: unknown;
  readonly result: boolean;
  /** Under an odd number of `not`s: its result counts reversed. */
  readonly negated: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A node of the walk: the node and its `not` parity, or the marker that its subtree is done. */
type Step = { readonly node: unknown; readonly negated: boolean } | { readonly leave: object };

/** The children of a node in written order, with their `not` parity; `undefined` for a leaf. */
function childrenOf(node: Record<string, unknown>, negated: boolean): Step[] | undefined {
  const all = node.all;
  if (Array.isArray(all)) return Array.from(all as unknown[], (child) => ({ node: child, negated }));
  const any = node.any;
  if (Array.isArray(any)) return Array.from(any as unknown[], (child) => ({ node: child, negated }));
  if (Object.hasOwn(node, 'not')) return [{ node: node.not, negated: !negated }];
  return undefined;
}

/** The leaf's explanation, or `undefined` when it was not evaluated. */
function leafOf(node: Record<string, unknown>, negated: boolean): ExplainedCondition | undefined {
  const { fact, result, path, operator, value, factResult, valueResult } = node;
  if (typeof fact !== 'string' || typeof result !== 'boolean') return undefined;
  return {
    fact,
    ...(typeof path === 'string' ? { path } : {}),
    operator: typeof operator === 'string' ? operator : showValue(operator),
    expected: value,
    actual: factResult,
    ...(valueResult === undefined ? {} : { valueResult }),
    result,
    negated,
  };
}

/**
 * Flattens an evaluated condition tree (from `CompiledRulePack.run` or from json-rules-engine's
 * `ruleResult.toJSON(false).conditions`) into its evaluated leaves, in written order. Leaves that were not
 * evaluated (short-circuited) and unevaluated references are left out. It never throws and always ends: nodes
 * that cannot be read (a getter or Proxy trap that throws) are left out, a node inside itself is not walked
 * again, and nesting of any depth is walked without recursion.
 *
 * @param tree - The `conditions` of a rule result.
 * @returns The evaluated leaves.
 * @example
 * ```ts
 * explainConditions({ priority: 1, all: [{ operator: 'lessThan', value: 30, fact: 'riskScore', factResult: 12, valueResult: 30, result: true }] });
 * // [{ fact: 'riskScore', operator: 'lessThan', expected: 30, actual: 12, valueResult: 30, result: true, negated: false }]
 * ```
 */
export function explainConditions(
  tree: TopLevelConditionResult | NestedConditionResult,
): ExplainedCondition[] {
  const out: ExplainedCondition[] = [];
  // The nodes on the path from the root: a node met again among its own ancestors would loop forever.
  const ancestors = new Set<object>();
  const stack: Step[] = [{ node: tree, negated: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('leave' in step) {
      ancestors.delete(step.leave);
      continue;
    }
    const { node, negated } = step;
    if (!isObject(node) || ancestors.has(node)) continue;
    try {
      const children = childrenOf(node, negated);
      if (children === undefined) {
        const leaf = leafOf(node, negated);
        if (leaf !== undefined) out.push(leaf);
        continue;
      }
      ancestors.add(node);
      stack.push({ leave: node });
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    } catch {
      // A getter or Proxy trap of this node threw: leave the node out, keep the rest.
    }
  }
  return out;
}
