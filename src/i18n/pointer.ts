/** A path into a document: object keys and array indices. @example `const p: IssuePath = ['team', 'core', 2];` */
export type IssuePath = readonly (string | number)[];

/**
 * Formats a path as an RFC 6901 JSON Pointer (`~` and `/` escaped).
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
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Splits an RFC 6901 JSON Pointer back into its segments (numeric segments become numbers).
 *
 * @param pointer - A pointer such as `/responsibilities/1/deliverable`.
 * @returns The path.
 * @example
 * ```ts
 * fromJsonPointer('/team/core/2'); // ['team', 'core', 2]
 * ```
 */
export function fromJsonPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
