import type { EvaluationState } from './evaluator.js';
import type { EngineIssue } from './issue.js';

/**
 * A failure among conditions json-rules-engine evaluates in parallel: why it would reject, and after how many
 * microtask ticks.
 *
 * @example
 * ```ts
 * declare const issue: EngineIssue;
 * const failure: Failure = { issue, t: 3 };
 * ```
 */
export interface Failure {
  readonly issue: EngineIssue;
  readonly t: number;
}

/**
 * Takes the failure a condition just left in the state (`s.err`, settled after `s.t` ticks), clears it, and
 * returns the failure that settles first among it and the earlier ones: json-rules-engine evaluates the
 * conditions of one priority set, and the rules of one priority group, in parallel, and its `Promise.all` rejects
 * with the first rejection to settle (on a tie, the earlier condition's). The one place that rule is written:
 * priority sets and priority groups both keep their first failure with it. Called only when `s.err` is set, so
 * a run without failures allocates nothing.
 *
 * @param first - The first failure so far among the set's conditions, if any.
 * @param s - The state the condition left, with its failure in `err`.
 * @returns The first failure so far.
 * @example
 * ```ts
 * import { firstFailure } from './first-failure.js';
 * import type { EvaluationState } from './evaluator.js';
 *
 * declare const s: EvaluationState;
 * let first: ReturnType<typeof firstFailure> | undefined;
 * if (s.err !== undefined) first = firstFailure(first, s);
 * ```
 */
export function firstFailure(first: Failure | undefined, s: EvaluationState): Failure {
  const issue = s.err as EngineIssue;
  const t = s.t;
  s.err = undefined;
  return first !== undefined && first.t <= t ? first : { issue, t };
}
