import { CrossdeptError } from '../errors.js';
import type { CrossdeptIssue } from '../issues/issue.js';

/**
 * The codes `goalAttainment`, `health` and `diffCollaborations` throw with: `invalid_options` (the options are not
 * an object, or one cannot be read), `invalid_locale` (`locale` is neither `zh-CN` nor `en`; the message is in
 * `zh-CN`), `invalid_now` (not a real ISO date), `invalid_config` (the PMO config does not validate; its issues),
 * `invalid_report` (a `report` that is not an evaluation report) and `invalid_collaboration` (a collaboration
 * does not parse; the issues are those of `parseCollaboration`, their paths under `before` or `after` for a diff).
 *
 * @example
 * ```ts
 * const code: OutcomesErrorCode = 'invalid_now';
 * ```
 */
export type OutcomesErrorCode =
  | 'invalid_options'
  | 'invalid_locale'
  | 'invalid_now'
  | 'invalid_config'
  | 'invalid_report'
  | 'invalid_collaboration';

/**
 * What the outcome functions (`goalAttainment`, `health`, `diffCollaborations`) throw on bad input: a
 * {@link CrossdeptError} with an {@link OutcomesErrorCode} and the issues, each with a path and a message in the
 * requested locale.
 *
 * @example
 * ```ts
 * import { OutcomesError, goalAttainment } from 'crossdept';
 *
 * try {
 *   goalAttainment(JSON.parse('{ "id": "x" }'), { now: '2026-11-26' });
 * } catch (error) {
 *   if (error instanceof OutcomesError) console.log(error.code); // 'invalid_collaboration'
 * }
 * ```
 */
export class OutcomesError extends CrossdeptError<OutcomesErrorCode> {
  /**
   * @param code - Why the input was rejected.
   * @param issues - The issues behind it.
   */
  constructor(code: OutcomesErrorCode, issues: readonly CrossdeptIssue[]) {
    super(code, issues);
    this.name = 'OutcomesError';
  }
}
