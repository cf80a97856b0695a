import { showError } from './show.js';

/**
 * An options object as read by {@link readOptionFields}: each field once, so a getter runs once and a Proxy's
 * traps fire there or nowhere, and what could not be read.
 *
 * @example
 * ```ts
 * const read: OptionFields<'locale'> = { object: true, values: { locale: 'en' }, unreadable: [] };
 * ```
 */
export interface OptionFields<K extends string> {
  /** Whether the options are an object (not `null`, not an array); absent options are not. */
  readonly object: boolean;
  /** The fields read, by name (absent fields read as `undefined`). */
  readonly values: Readonly<Partial<Record<K, unknown>>>;
  /** The fields whose reading threw (`options` when the object itself could not be inspected), and why. */
  readonly unreadable: readonly { readonly key: K | 'options'; readonly detail: string }[];
}

/**
 * Reads the named fields of an options object exactly once each, catching every getter or Proxy trap that
 * throws, so a function can check plain values afterwards and never throw on its options.
 *
 * @param input - The options as the caller passed them: anything.
 * @param keys - The fields the function reads.
 * @returns The values read and the fields that could not be read.
 * @example
 * ```ts
 * readOptionFields({ locale: 'en' }, ['locale', 'format']).values; // { locale: 'en', format: undefined }
 * readOptionFields(null, ['locale']).object; // false
 * ```
 */
export function readOptionFields<K extends string>(input: unknown, keys: readonly K[]): OptionFields<K> {
  const none: Partial<Record<K, unknown>> = {};
  let object: boolean;
  try {
    object = typeof input === 'object' && input !== null && !Array.isArray(input);
  } catch (error) {
    // `Array.isArray` of a revoked Proxy throws.
    return { object: false, values: none, unreadable: [{ key: 'options', detail: showError(error) }] };
  }
  if (!object) return { object, values: none, unreadable: [] };
  const values: Partial<Record<K, unknown>> = {};
  const unreadable: { key: K | 'options'; detail: string }[] = [];
  for (const key of keys) {
    try {
      values[key] = (input as Record<string, unknown>)[key];
    } catch (error) {
      unreadable.push({ key, detail: showError(error) });
    }
  }
  return { object, values, unreadable };
}
