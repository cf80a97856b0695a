import { argumentError } from './argument.js';
import { showError } from './show.js';

/** A path into a document: object keys and array indices. @example `const p: IssuePath = ['team', 'core', 2];` */
export type IssuePath = readonly (string | number)[];

/**
 * Formats a path as an RFC 6901 JSON Pointer (`~` and `/` escaped).
 *
 * @param path - Keys and indices.
 * @returns The pointer; the empty path is `""`, the whole document.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `path` is not a list of keys and indices (or
 *   cannot be read); nothing else.
 * @example
 * ```ts
 * toJsonPointer(['team', 'core', 2]); // '/team/core/2'
 * toJsonPointer(['a/b']); // '/a~1b'
 * ```
 */
export function toJsonPointer(path: IssuePath): string {
  let segments: readonly unknown[];
  try {
    segments = Array.isArray(path) ? [...(path as readonly unknown[])] : [];
  } catch (error) {
    throw argumentError('invalid_argument', ['path'], { detail: showError(error) });
  }
  if (!Array.isArray(path) || !segments.every((s) => typeof s === 'string' || typeof s === 'number')) {
    throw argumentError('invalid_argument', ['path'], { kind: 'issue-path' });
  }
  let pointer = '';
  for (const segment of segments) pointer += `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return pointer;
}

/**
 * Splits an RFC 6901 JSON Pointer back into its segments (numeric segments become numbers).
 *
 * @param pointer - A pointer such as `/responsibilities/1/deliverable`.
 * @returns The path.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `pointer` is not text; nothing else.
 * @example
 * ```ts
 * fromJsonPointer('/team/core/2'); // ['team', 'core', 2]
 * ```
 */
export function fromJsonPointer(pointer: string): (string | number)[] {
  if (typeof pointer !== 'string') throw argumentError('invalid_argument', ['pointer'], { kind: 'pointer' });
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
