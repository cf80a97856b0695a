const encoder = new TextEncoder();

/**
 * The UTF-8 length of a text, in octets (what WeCom's and Feishu's limits count).
 *
 * @example
 * ```ts
 * import { utf8Length } from './fit.js';
 *
 * utf8Length('升级'); // 6
 * ```
 */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Shortens a text to at most `limit` units (`measure` counts them), ending in `…` when shortened, and never cuts a
 * character: the text is walked by code points, and surrogate pairs stay whole.
 *
 * @example
 * ```ts
 * import { shorten, utf8Length } from './fit.js';
 *
 * shorten('里程碑已逾期', 10, utf8Length); // '里程碑…'
 * ```
 */
export function shorten(text: string, limit: number, measure: (text: string) => number): string {
  if (measure(text) <= limit) return text;
  const ellipsis = '…';
  let out = '';
  for (const char of text) {
    if (measure(out + char + ellipsis) > limit) break;
    out += char;
  }
  return measure(out + ellipsis) <= limit ? out + ellipsis : out;
}

/** Code points, as Slack counts characters. @example `codePoints('😀'); // 1` */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
