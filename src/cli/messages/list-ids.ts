/**
 * Up to ten ids joined, then an ellipsis: how messages list the ids a file has.
 *
 * @param ids - The ids.
 * @param separator - The locale's list separator.
 * @returns The list.
 * @example
 * ```ts
 * import { listIds } from './list-ids.js';
 *
 * listIds(['a', 'b'], ', '); // 'a, b'
 * ```
 */
export function listIds(ids: readonly string[], separator: string): string {
  return ids.length > 10 ? `${ids.slice(0, 10).join(separator)}${separator}…` : ids.join(separator);
}
