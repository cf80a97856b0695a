import type { CrossdeptIssue, IssuePath } from './issue.js';
import { toJsonPointer } from './pointer.js';

/**
 * Builds an issue from its code, path and finished message: the pointer is derived from the path, and the
 * suggestion is kept when there is one. Each layer's catalogue writes the message; this writes the issue.
 *
 * @param code - The machine code.
 * @param path - Where the problem is.
 * @param message - The sentence in the caller's locale.
 * @param suggestion - A did-you-mean, when one is close.
 * @returns The issue.
 * @example
 * ```ts
 * import { makeIssue } from './make-issue.js';
 *
 * makeIssue('unknown_key', ['team', 'lead'], 'Unknown field "lead"', 'leader');
 * // { code: 'unknown_key', path: ['team', 'lead'], pointer: '/team/lead', message: 'Unknown field "lead"', suggestion: 'leader' }
 * ```
 */
export function makeIssue<C extends string>(
  code: C,
  path: IssuePath,
  message: string,
  suggestion?: string,
): CrossdeptIssue<C> {
  const issue: { -readonly [K in keyof CrossdeptIssue<C>]: CrossdeptIssue<C>[K] } = {
    code,
    path,
    pointer: toJsonPointer(path),
    message,
  };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  return issue;
}
