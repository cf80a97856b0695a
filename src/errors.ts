import type { CrossdeptIssue } from './issues/issue.js';

/**
 * The one error crossdept throws (or rejects with), where a function cannot return an issue list: it carries a
 * machine `code` and the `issues` that caused it, each with a path and a localized message. Subclasses narrow
 * the code.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { evaluate, loadCollaboration } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * try {
 *   if (loaded.success) await evaluate(loaded.data, { now: 'yesterday' });
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
   * @param issues - The issues; the message is built from them (constructing never throws: a list that is not a
   *   list is kept as `[]`, issues that cannot be read are left out of the message).
   * @param message - Optional summary; defaults to the issues' messages joined.
   */
  constructor(code: Code, issues: readonly CrossdeptIssue[], message?: string) {
    super(typeof message === 'string' ? message : summary(code, issues));
    this.name = 'CrossdeptError';
    this.code = code;
    this.issues = isList(issues) ? issues : [];
  }
}

function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
}

/**
 * The error message: the issues' pointers and messages, one a line; else the code. Building it never throws:
 * issues that are not readable issues are left out, and a code that is not text is shown by its kind.
 */
function summary(code: unknown, issues: unknown): string {
  const lines: string[] = [];
  try {
    if (isList(issues)) {
      for (const issue of issues as unknown[]) {
        if (typeof issue !== 'object' || issue === null) continue;
        const { pointer, message } = issue as { pointer?: unknown; message?: unknown };
        if (typeof message !== 'string') continue;
        lines.push(typeof pointer === 'string' && pointer !== '' ? `${pointer}: ${message}` : message);
      }
    }
  } catch {
    // An issue list that cannot be read (a Proxy, a getter that throws) adds nothing to the message.
  }
  return lines.join('\n') || (typeof code === 'string' ? code : typeof code);
}
