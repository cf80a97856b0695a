/** The colour sequences of the palette: they take no room on screen. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: colour sequences start with ESC.
const SGR = /\u001b\[[0-9;]*m/g;
/** Combining marks (variation selectors among them) and format characters (zero-width space, joiners, bidi marks). */
const ZERO_WIDTH = /^[\p{M}\p{Cf}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** East Asian wide and fullwidth ranges, as `string-width` (which cli-table3 measures with) has them. */
function isWide(cp: number): boolean {
  return (
    cp >= 0x1100 &&
    (cp <= 0x115f ||
      cp === 0x2329 ||
      cp === 0x232a ||
      (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
      (cp >= 0x3250 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0xa4c6) ||
      (cp >= 0xa960 && cp <= 0xa97c) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe10 && cp <= 0xfe19) ||
      (cp >= 0xfe30 && cp <= 0xfe6b) ||
      (cp >= 0xff01 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1b000 && cp <= 0x1b001) ||
      (cp >= 0x1f200 && cp <= 0x1f251) ||
      (cp >= 0x20000 && cp <= 0x3fffd))
  );
}

/**
 * How many terminal columns a line of text takes: CJK and other wide characters and emoji take two, combining
 * marks and zero-width characters none, colour sequences none, everything else one. The plain table layout pads
 * with it, in time linear in the text.
 *
 * @param text - One line, possibly coloured.
 * @returns The width in columns.
 * @example
 * ```ts
 * displayWidth('产品上市'); // 8
 * displayWidth('\x1b[31merror\x1b[39m'); // 5
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text.replace(SGR, '')) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0x20 && cp < 0x7f) width += 1;
    else if (cp < 0xa0)
      continue; // controls
    else if (isWide(cp)) width += 2;
    else if (ZERO_WIDTH.test(c)) continue;
    else width += EMOJI.test(c) ? 2 : 1;
  }
  return width;
}
