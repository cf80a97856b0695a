import { CrossdeptError } from '../index.js';

/**
 * Why the command line stops with exit code 2: bad arguments, a missing or unreadable file, invalid input or
 * configuration, a file it must not overwrite or cannot write, a message a chat platform did not accept.
 *
 * @example `const code: CliFailureCode = 'not_found';`
 */
export type CliFailureCode =
  | 'usage'
  | 'not_found'
  | 'unreadable'
  | 'no_files'
  | 'invalid_input'
  | 'invalid_config'
  | 'exists'
  | 'write_failed'
  | 'unknown_template'
  | 'unknown_subject'
  | 'unknown_rule'
  | 'render_failed'
  | 'notify_failed';

/**
 * A failure the command line reports in one localized message and exit code 2, never with a stack trace. Thrown
 * inside commands and caught by `run`. The message is already localized and complete (with any did-you-mean).
 *
 * @example
 * ```ts
 * throw new CliFailure('not_found', 'a.yaml: no such file or directory');
 * ```
 */
export class CliFailure extends CrossdeptError<CliFailureCode> {
  /**
   * @param code - Machine code.
   * @param message - The localized message, printed after "error:".
   * @param details - Lines printed before the message (e.g. one per input issue), already formatted.
   */
  constructor(
    code: CliFailureCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(code, [], message);
    this.name = 'CliFailure';
  }
}

/**
 * The first line of what was thrown, whatever it is: an `Error`'s message, else its text, else its type (for a
 * value whose conversion to text throws). Never a stack trace, never a throw.
 *
 * @param error - What was thrown.
 * @returns One line.
 * @example
 * ```ts
 * describeThrown(new Error('disk on fire\n    at write (fs.js:1:1)')); // 'disk on fire'
 * describeThrown(Object.create(null)); // '[object Object]'
 * ```
 */
export function describeThrown(error: unknown): string {
  try {
    const text = error instanceof Error ? String(error.message) : String(error);
    return text.split('\n')[0]!;
  } catch {
    return Object.prototype.toString.call(error);
  }
}
