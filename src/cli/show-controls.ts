/**
 * What a terminal may obey instead of print: C0 controls but the tab and the newline (ESC starts title, cursor and
 * screen sequences, BEL rings, CR overwrites a line), DEL, C1 controls (U+009B is a one-character CSI), and the
 * bidirectional controls that reorder what is shown (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). With
 * `keepStyles`, the SGR sequences of the command line's own palette (picocolors' bold, dim, red, green, yellow,
 * magenta, cyan) are matched first and kept.
 */
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_OR_STYLES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /\u001b\[(?:1|2|22|3[1-3]|3[5-6]|39)m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const shown = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Shows the control characters of a text instead of leaving them for a terminal to obey: each becomes its
 * `\uXXXX` escape (`ESC` → `\u001b`), so a name holding `ESC ] 0 ; pwned BEL` is printed, not turned into a
 * window title. Newlines and tabs stay. Text without control characters comes back unchanged, and so does
 * JSON: `JSON.stringify` leaves DEL, C1 and bidirectional controls raw, only ever inside strings, where
 * `\uXXXX` is the same character, so the result parses to the same value.
 *
 * Everything the command line prints passes through here once, where it writes (see `guardStream`).
 * With `keepStyles` (colour on for that stream), the colour and weight sequences of the command line's own
 * palette are kept, so its colours still show; every other sequence, such as a screen clear, a cursor move,
 * a hyperlink or concealed text, is shown. A value can at most recolour text, never hide or move it.
 *
 * @param text - What is about to be printed.
 * @param keepStyles - Keep the palette's colour sequences (default `false`).
 * @returns The text with every control character shown as `\uXXXX`.
 * @example
 * ```ts
 * showControls('name\x1b]0;pwned\x07'); // 'name\\u001b]0;pwned\\u0007'
 * showControls('a\tb\n'); // 'a\tb\n'
 * ```
 */
export function showControls(text: string, keepStyles = false): string {
  if (!keepStyles) return text.replace(CONTROLS, shown);
  return text.replace(CONTROLS_OR_STYLES, (match) => (match.length > 1 ? match : shown(match)));
}
