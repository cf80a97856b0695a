import type { CrossdeptIssue } from './model/issue.js';

/**
 * The one error crossdept throws (or rejects with), where a function cannot return an issue list: it carries a
 * machine `code` and the `issues` that caused it, each with a path and a localized message. Subclasses narrow
 * the code.
 *
 * @example
 * ```ts
 * try {
 *   await evaluate(collaboration, { now: 'yesterday' });
 * } catch (error) {
 *   if (error instanceof CrossdeptError) console.log(error.code, error.issues.map((i) => i.message));
 * }
 * ```
 */
export class CrossdeptError<Code extends string = string> extends Error {
  /** A stable machine code for the failure. */
  readonly code: Code;
  /** What was wrong, with paths and localized messages. */
  readonly issues: readonly CrossdeptIssue[];

  /**
   * @param code - Machine code.
   * @param issues - The issues; the message is built from them.
   * @param message - Optional summary; defaults to the issues' messages joined.
   */
  constructor(code: Code, issues: readonly CrossdeptIssue[], message?: string) {
    super(
      message ??
        (issues.map((i) => (i.pointer ? `${i.pointer}: ${i.message}` : i.message)).join('\n') || code),
    );
    this.name = 'CrossdeptError';
    this.code = code;
    this.issues = issues;
  }
}
