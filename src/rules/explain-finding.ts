import { explainConditions } from '../engine/explain-conditions.js';
import type { TopLevelConditionResult } from '../engine/types.js';
import { showValue } from '../i18n/show.js';
import type { ConditionExplanation } from './report.js';

type Node = Readonly<Record<string, unknown>>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

/**
 * Whether an evaluated condition node held: a leaf's `result` (false when it was not evaluated), `all` when every
 * child held, `any` when one did, `not` when its child did not.
 *
 * @param node - A node of an evaluated condition tree.
 * @returns Whether it held.
 * @example
 * ```ts
 * conditionHeld({ any: [{ fact: 'x', operator: 'equal', value: 1, result: true }] }); // true
 * ```
 */
export function conditionHeld(node: unknown): boolean {
  if (!isNode(node)) return false;
  if (Array.isArray(node.all)) return node.all.every(conditionHeld);
  if (Array.isArray(node.any)) return node.any.some(conditionHeld);
  if (Object.hasOwn(node, 'not')) return !conditionHeld(node.not);
  return node.result === true;
}

/**
 * The name of the first named condition that held, depth first in written order: it picks a rule's message
 * variant.
 *
 * @param tree - An evaluated condition tree.
 * @param names - The names to look for.
 * @returns The name, or `undefined`.
 * @example
 * ```ts
 * firstHeldName({ any: [{ name: 'above', fact: 'n', operator: 'greaterThan', value: 8, result: true }] }, new Set(['above'])); // 'above'
 * ```
 */
export function firstHeldName(tree: unknown, names: ReadonlySet<string>): string | undefined {
  if (!isNode(tree)) return undefined;
  if (typeof tree.name === 'string' && names.has(tree.name) && conditionHeld(tree)) return tree.name;
  const children: unknown[] = Array.isArray(tree.all)
    ? tree.all
    : Array.isArray(tree.any)
      ? tree.any
      : Object.hasOwn(tree, 'not')
        ? [tree.not]
        : [];
  for (const child of children) {
    const found = firstHeldName(child, names);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Flattens an evaluated condition tree into its evaluated leaves, in written order: fact, path, operator, the
 * expected value as written (or the `{ fact }` reference, resolved in `valueResult`), the actual value, the
 * result, and `negated` under an odd number of `not`s.
 *
 * @param tree - An evaluated condition tree.
 * @returns The explanation.
 * @example
 * ```ts
 * explain({ all: [{ fact: 'coreTeamSize', operator: 'greaterThan', value: 8, factResult: 9, result: true }] });
 * // [{ fact: 'coreTeamSize', operator: 'greaterThan', expected: 8, actual: 9, result: true }]
 * ```
 */
export function explain(tree: unknown): ConditionExplanation[] {
  if (!isNode(tree)) return [];
  const out: ConditionExplanation[] = [];
  // The trees evaluation explains are plain data from an evaluator, acyclic and at most a rule's depth deep: a
  // direct walk. Anything else (a getter that throws, a node inside itself, nesting past the bound) is left to the
  // engine's walker, which never throws and always ends; both give the same leaves for plain trees.
  try {
    if (walk(tree, false, out, 0)) return out;
  } catch {
    // Fall through to the hardened walker.
  }
  return explainConditions(tree as unknown as TopLevelConditionResult).map(
    ({ negated, valueResult, ...leaf }) => ({
      ...leaf,
      ...(isNode(leaf.expected) && typeof leaf.expected.fact === 'string' && valueResult !== undefined
        ? { valueResult }
        : {}),
      ...(negated ? { negated: true } : {}),
    }),
  );
}

/** Deeper than any rule the engines accept (json-rules-engine's default is 32): a node inside itself. */
const MAX_WALK_DEPTH = 256;

/**
 * Appends the evaluated leaves under `node` to `out`, in written order, as {@link explainConditions} lists them
 * (then as {@link explain} shapes them); `false` when the walk gave up (too deep), leaving `out` to be discarded.
 */
function walk(node: unknown, negated: boolean, out: ConditionExplanation[], depth: number): boolean {
  if (!isNode(node)) return true;
  if (depth > MAX_WALK_DEPTH) return false;
  const all = node.all;
  const children = Array.isArray(all) ? all : Array.isArray(node.any) ? (node.any as unknown[]) : undefined;
  if (children !== undefined) {
    for (let i = 0; i < children.length; i++) if (!walk(children[i], negated, out, depth + 1)) return false;
    return true;
  }
  if (Object.hasOwn(node, 'not')) return walk(node.not, !negated, out, depth + 1);
  const { fact, result, path, operator, value, factResult, valueResult } = node;
  if (typeof fact !== 'string' || typeof result !== 'boolean') return true;
  const op = typeof operator === 'string' ? operator : showValue(operator);
  const withReference = isNode(value) && typeof value.fact === 'string' && valueResult !== undefined;
  // The keys in the order explain has always written them: fact, path, operator, expected, actual, result,
  // valueResult, negated.
  const leaf: Record<string, unknown> =
    typeof path === 'string'
      ? { fact, path, operator: op, expected: value, actual: factResult, result }
      : { fact, operator: op, expected: value, actual: factResult, result };
  if (withReference) leaf.valueResult = valueResult;
  if (negated) leaf.negated = true;
  out.push(leaf as unknown as ConditionExplanation);
  return true;
}

/**
 * The first evaluated leaf of a tree (for custom messages' `{value}` and `{actual}`).
 *
 * @param tree - An evaluated condition tree.
 * @returns The leaf's explanation, or `undefined`.
 * @example
 * ```ts
 * firstLeaf({ all: [{ fact: 'departmentCount', operator: 'greaterThan', value: 4, factResult: 5, result: true }] })?.actual; // 5
 * ```
 */
export function firstLeaf(tree: unknown): ConditionExplanation | undefined {
  return explain(tree)[0];
}
