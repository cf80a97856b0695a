import { CrossdeptError } from '../errors.js';
import type { CrossdeptIssue } from '../issues/issue.js';

/**
 * The codes `openActions` and `raciMatrix` throw with: `invalid_options`, `invalid_locale`, `invalid_now` and
 * `invalid_collaboration` (the collaboration does not parse; the issues are those of `parseCollaboration`).
 *
 * @example
 * ```ts
 * import type { RegisterErrorCode } from 'crossdept';
 *
 * const code: RegisterErrorCode = 'invalid_collaboration';
 * ```
 */
export type RegisterErrorCode =
  | 'invalid_options'
  | 'invalid_locale'
  | 'invalid_now'
  | 'invalid_collaboration';

/**
 * What `openActions` and `raciMatrix` throw when they cannot read their input: a {@link CrossdeptError} with a
 * {@link RegisterErrorCode} and the issues, each with a path and a message in the requested locale.
 *
 * @example
 * ```ts
 * import { openActions, RegisterError } from 'crossdept';
 *
 * try {
 *   openActions(JSON.parse('{ "id": "x" }'), { now: '2026-11-26', locale: 'en' });
 * } catch (error) {
 *   if (error instanceof RegisterError) console.log(error.code); // 'invalid_collaboration'
 * }
 * ```
 */
export class RegisterError extends CrossdeptError<RegisterErrorCode> {
  /**
   * @param code - Why the register could not be built.
   * @param issues - The issues behind it.
   */
  constructor(code: RegisterErrorCode, issues: readonly CrossdeptIssue[]) {
    super(code, issues);
    this.name = 'RegisterError';
  }
}
