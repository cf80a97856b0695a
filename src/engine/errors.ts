import { CrossdeptError } from '../errors.js';
import type { EngineIssue } from './issue.js';

/**
 * The codes of {@link EngineError}: `invalid_rules` when rules (or shared conditions, or the options) cannot be
 * compiled, `evaluation_failed` when a run cannot finish (an undefined fact, an operator that cannot handle a
 * value, a getter in the facts that throws).
 *
 * @example
 * ```ts
 * const code: EngineErrorCode = 'invalid_rules';
 * ```
 */
export type EngineErrorCode = 'invalid_rules' | 'evaluation_failed';

/**
 * The one error the rule engine throws (or rejects with): `compileRules` with code `invalid_rules` and the
 * list of problems in the rules; `CompiledRulePack.run` and `runWithJsonRulesEngine` with code
 * `evaluation_failed` and one issue (`undefined_fact`, `operator_type` or `evaluation_failed`) where
 * json-rules-engine would reject with `Undefined fact: X` or a `TypeError`. The `safe…` variants return the same
 * issues as data instead.
 *
 * @example
 * ```ts
 * try {
 *   compileRules([{ conditions: { all: [] }, event: { type: 'x' } }]).run({});
 * } catch (error) {
 *   if (error instanceof EngineError) console.log(error.code, error.issues[0]?.messages.en);
 * }
 * ```
 */
export class EngineError extends CrossdeptError<EngineErrorCode> {
  /** The issues, with their bilingual `messages`. */
  declare readonly issues: readonly EngineIssue[];

  /**
   * @param code - `invalid_rules` or `evaluation_failed`.
   * @param issues - What went wrong; the error message joins their messages.
   */
  constructor(code: EngineErrorCode, issues: readonly EngineIssue[]) {
    super(code, issues);
    this.name = 'EngineError';
  }
}

/**
 * Whether something caught is an {@link EngineError}, without trusting it: what a getter or an operator threw
 * may be a Proxy, whose prototype trap `instanceof` runs (and which may throw).
 *
 * @param error - What was caught.
 * @returns `true` for an EngineError.
 * @example
 * ```ts
 * isEngineError(new EngineError('invalid_rules', [])); // true
 * isEngineError(new TypeError('x')); // false
 * ```
 */
export function isEngineError(error: unknown): error is EngineError {
  try {
    return error instanceof EngineError;
  } catch {
    return false;
  }
}
