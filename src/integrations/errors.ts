import { CrossdeptError } from '../errors.js';
import type { CrossdeptIssue } from '../issues/issue.js';

/**
 * Why a calendar or a notification could not be built.
 *
 * @example
 * ```ts
 * import type { IntegrationErrorCode } from 'crossdept';
 *
 * const code: IntegrationErrorCode = 'invalid_now';
 * ```
 */
export type IntegrationErrorCode =
  | 'invalid_options'
  | 'invalid_locale'
  | 'invalid_now'
  | 'invalid_channel'
  | 'invalid_report'
  | 'invalid_collaboration';

/**
 * Thrown by {@link calendarOf} and {@link notificationMessage} (and nothing else is): the code and the issues,
 * each with a path and a message in the requested locale.
 *
 * @example
 * ```ts
 * import { calendarOf, IntegrationError } from 'crossdept';
 *
 * try {
 *   calendarOf({} as never, { now: 'yesterday', locale: 'en' });
 * } catch (error) {
 *   if (error instanceof IntegrationError) console.error(error.code, error.issues[0]?.message);
 * }
 * ```
 */
export class IntegrationError extends CrossdeptError<IntegrationErrorCode> {
  /**
   * @param code - Why the request failed.
   * @param issues - The issues behind it.
   */
  constructor(code: IntegrationErrorCode, issues: readonly CrossdeptIssue[]) {
    super(code, issues);
    this.name = 'IntegrationError';
  }
}
