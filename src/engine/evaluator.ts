import type { EngineIssue } from './issue.js';
import type { NestedConditionResult } from './types.js';

/**
 * Where a compiled condition's evaluation stands, mirroring json-rules-engine's promise for it: settled after
 * `t` microtask ticks, with result `r`, or rejected with `err`. Leaves also leave the two values they compared.
 *
 * @example
 * ```ts
 * const s: EvaluationState = { t: 0, r: false, err: undefined, fv: undefined, vv: undefined };
 * ```
 */
export interface EvaluationState {
  /** Microtask ticks until json-rules-engine's promise for the condition would settle. */
  t: number;
  /** The condition's result (when `err` is unset). */
  r: boolean;
  /** Why json-rules-engine's promise would reject. */
  err: EngineIssue | undefined;
  /** The fact's value at the path (leaves, explaining closures). */
  fv: unknown;
  /** The value compared against (leaves, explaining closures). */
  vv: unknown;
}

/**
 * A compiled condition. It reads fact values from the run's slot array, leaves its result, timing or failure
 * in the state, and returns its evaluated JSON (explaining closures) or `undefined` (lean closures). A reference
 * passes its name and priority down, since json-rules-engine copies the referenced condition over the
 * reference and keeps what it does not overwrite.
 *
 * @example
 * ```ts
 * const alwaysTrue: Evaluator = (_values, s) => {
 *   s.r = true;
 *   s.t = 0;
 *   return undefined;
 * };
 * ```
 */
export type Evaluator = (
  values: readonly unknown[],
  s: EvaluationState,
  fallbackName: string | undefined,
  fallbackPriority: number | undefined,
) => NestedConditionResult | undefined;
