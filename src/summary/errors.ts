import { CrossdeptError } from '../errors.js';
import type { CrossdeptIssue } from '../issues/issue.js';

/**
 * The codes `summarizeCollaboration` throws with: `invalid_options` (the options are not an object, or one cannot
 * be read), `invalid_locale` (`locale` is neither `zh-CN` nor `en`; the message is in `zh-CN`), `invalid_now`
 * (not a real ISO date) and `invalid_collaboration` (the collaboration does not parse; the issues are those of
 * `parseCollaboration`).
 *
 * @example
 * ```ts
 * const code: SummaryErrorCode = 'invalid_collaboration';
 * ```
 */
export type SummaryErrorCode = 'invalid_options' | 'invalid_locale' | 'invalid_now' | 'invalid_collaboration';

/**
 * What `summarizeCollaboration` throws when it cannot summarize: a {@link CrossdeptError} with a
 * {@link SummaryErrorCode} and the issues, each with a path and a message in the requested locale.
 *
 * @example
 * ```ts
 * import { SummaryError, summarizeCollaboration } from 'crossdept';
 *
 * try {
 *   summarizeCollaboration(JSON.parse('{ "id": "x" }'), { now: '2026-11-26', locale: 'en' });
 * } catch (error) {
 *   if (error instanceof SummaryError) console.log(error.code, error.issues[0]?.pointer); // 'invalid_collaboration' '/name'
 * }
 * ```
 */
export class SummaryError extends CrossdeptError<SummaryErrorCode> {
  /**
   * @param code - Why the collaboration could not be summarized.
   * @param issues - The issues behind it.
   */
  constructor(code: SummaryErrorCode, issues: readonly CrossdeptIssue[]) {
    super(code, issues);
    this.name = 'SummaryError';
  }
}
