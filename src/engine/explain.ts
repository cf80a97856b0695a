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

/**
 * Flattens an evaluated condition tree (from `CompiledRulePack.run` or from json-rules-engine's
 * `ruleResult.toJSON(false).conditions`) into its evaluated leaves, in written order. Leaves that were not
 * evaluated (short-circuited) and unevaluated references are left out.
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
  const walk = (node: unknown, negated: boolean): void => {
    if (!isObject(node)) return;
    if (Array.isArray(node.all)) for (const child of node.all) walk(child, negated);
    else if (Array.isArray(node.any)) for (const child of node.any) walk(child, negated);
    else if (Object.hasOwn(node, 'not')) walk(node.not, !negated);
    else if (typeof node.fact === 'string' && typeof node.result === 'boolean') {
      out.push({
        fact: node.fact,
        ...(typeof node.path === 'string' ? { path: node.path } : {}),
        operator: String(node.operator),
        expected: node.value,
        actual: node.factResult,
        ...(node.valueResult === undefined ? {} : { valueResult: node.valueResult }),
        result: node.result,
        negated,
      });
    }
  };
  walk(tree, false);
  return out;
}
