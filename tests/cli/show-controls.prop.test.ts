// Laws of showControls, the one function every byte the command line prints goes through: nothing a terminal
// obeys comes out, text without such characters comes out unchanged, and JSON stays the same JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/cli/show-controls.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the law is about exactly these characters.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the palette's colour sequences start with ESC.
const PALETTE = /\x1b\[(?:1|2|22|3[1-3]|3[5-6]|39)m/g;
const BIDI = [
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2069',
];

/** Text rich in what terminals obey: C0, DEL, C1, bidi controls, among ordinary and CJK characters. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...BIDI, '\u2028', '\u200b'),
  fc.constantFrom('a', '中', '\\', '"', 'u', '0', '😀', '\x1b[31m', '\x1b[2J'),
);
const textArb = fc.string({ unit, maxLength: 40 });

describe('showControls (property)', () => {
  it('leaves no raw control character but the newline and the tab', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, keepStyles) => {
        const shown = showControls(text, keepStyles);
        // With styles kept, only the palette's SGR sequences may remain.
        expect(keepStyles ? shown.replace(PALETTE, '') : shown).not.toMatch(RAW);
      }),
      { numRuns: 300 },
    );
  });

  it('passes text without control characters through unchanged, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), textArb, (plain, any) => {
        const clean = plain.replace(new RegExp(RAW.source, 'g'), '');
        expect(showControls(clean)).toBe(clean);
        expect(showControls(showControls(any))).toBe(showControls(any));
      }),
      { numRuns: 300 },
    );
  });

  it('turns JSON into JSON with the same value and no raw control character', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: unit, maxDepth: 3 }), (value) => {
        const json = `${JSON.stringify(value, null, 2)}\n`;
        const shown = showControls(json);
        expect(shown).not.toMatch(RAW);
        // The same value as the JSON itself parses to (JSON has no -0, so compare with that, not with `value`).
        expect(JSON.parse(shown)).toEqual(JSON.parse(json));
      }),
      { numRuns: 200 },
    );
  });
});
