const MAX_SHOWN = 100;

/**
 * A value as a short text for a message ("unsupported locale "fr""): strings as they are, other primitives as
 * `String` writes them, objects by their own `String` form, cut to 100 characters. It never throws, whatever the
 * value: an object whose conversion throws (a Proxy, a `toString` that throws) shows as `[object]`.
 *
 * @param value - Anything a caller passed.
 * @returns The text.
 * @example
 * ```ts
 * showValue('fr'); // 'fr'
 * showValue(Symbol('x')); // 'Symbol(x)'
 * showValue({ toString() { throw new Error(); } }); // '[object]'
 * ```
 */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'symbol' ? value.toString() : String(value);
  } catch {
    text = typeof value === 'function' ? '[function]' : '[object]';
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/**
 * What went wrong, from something a getter or a Proxy trap threw: an `Error`'s message, else the thrown value
 * shown by {@link showValue}. It never throws, even when the thrown value is hostile itself.
 *
 * @param error - What was caught.
 * @returns A short text for a message.
 * @example
 * ```ts
 * showError(new Error('trap')); // 'trap'
 * showError('no'); // 'no'
 * ```
 */
export function showError(error: unknown): string {
  try {
    return showValue(error instanceof Error ? error.message : error);
  } catch {
    return '';
  }
}
