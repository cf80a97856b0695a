import { showValue } from '../i18n/show.js';
import type { IssuePath } from './issue.js';

/**
 * Formats a path as an RFC 6901 JSON Pointer (`~` and `/` escaped). Every issue builder calls it, so it never
 * throws and stays small (a bundle of it alone carries no message catalogue): a segment that is neither a key nor
 * an index is written as its text, and a path that is not a list, or cannot be read, is the empty path.
 *
 * @param path - Keys and indices.
 * @returns The pointer; the empty path is `""`, the whole document.
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
  } catch {
    segments = [];
  }
  let pointer = '';
  for (const segment of segments) {
    const text =
      typeof segment === 'string' || typeof segment === 'number' ? String(segment) : showValue(segment);
    pointer += `/${text.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return pointer;
}

/**
 * Splits an RFC 6901 JSON Pointer back into its segments (numeric segments become numbers).
 *
 * @param pointer - A pointer such as `/responsibilities/1/deliverable`.
 * @returns The path; `[]` for the empty pointer, and for anything that is not text.
 * @example
 * ```ts
 * fromJsonPointer('/team/core/2'); // ['team', 'core', 2]
 * ```
 */
export function fromJsonPointer(pointer: string): (string | number)[] {
  if (typeof pointer !== 'string') return [];
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
