/**
 * Reads a lexicon record by key, own properties only, so that input words such as `constructor` or `__proto__`
 * never reach `Object.prototype`.
 *
 * @param record - A lexicon table.
 * @param key - A token key.
 * @returns The entry, or `undefined`.
 * @example
 * ```ts
 * lookup({ one: 1 }, 'one'); // 1
 * lookup({ one: 1 }, 'constructor'); // undefined
 * ```
 */
export function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
