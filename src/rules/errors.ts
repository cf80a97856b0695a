import { CrossdeptError } from '../errors.js';
import type { CrossdeptIssue } from '../issues/issue.js';

/**
 * The codes `evaluate` rejects with (and `evaluateSync` throws): `invalid_options` (the options are not an
 * object, or one cannot be read), `invalid_locale` (`locale` is neither `zh-CN` nor `en`; the message is in
 * `zh-CN`), `invalid_now` (not a real ISO date), `invalid_config` (the config does not validate; the issues are
 * those of `loadRulesConfig`), `invalid_collaboration` (the collaboration does not parse; the issues are those of
 * `parseCollaboration`), `invalid_engine` (`engine` is neither `compiled` nor `json-rules-engine`) and
 * `engine_not_synchronous` (`evaluateSync` was asked for `engine: 'json-rules-engine'`, which only runs
 * asynchronously: use `evaluate`).
 *
 * @example
 * ```ts
 * const code: RulesErrorCode = 'invalid_config';
 * ```
 */
export type RulesErrorCode =
  | 'invalid_options'
  | 'invalid_locale'
  | 'invalid_now'
  | 'invalid_config'
  | 'invalid_collaboration'
  | 'invalid_engine'
  | 'engine_not_synchronous';

/**
 * What `evaluate` rejects with (and `evaluateSync` throws) when it cannot evaluate: a {@link CrossdeptError} with a {@link RulesErrorCode}
 * and the issues, each with a path and a message in the requested locale.
 *
 * @example
 * ```ts
 * declare const collaboration: Collaboration; // from loadCollaboration or parseCollaboration
 * try {
 *   await evaluate(collaboration, { now: '2026-02-30' });
 * } catch (error) {
 *   if (error instanceof RulesError && error.code === 'invalid_now') console.log(error.issues[0]?.message);
 * }
 * ```
 */
export class RulesError extends CrossdeptError<RulesErrorCode> {
  /**
   * @param code - Why evaluation could not run.
   * @param issues - The issues behind it.
   */
  constructor(code: RulesErrorCode, issues: readonly CrossdeptIssue[]) {
    super(code, issues);
    this.name = 'RulesError';
  }
}
