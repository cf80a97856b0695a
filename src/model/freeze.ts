/**
 * Freezes a value and everything reachable from it, so validated data cannot change after it was checked.
 *
 * @param value - Plain data.
 * @returns The same value, frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
