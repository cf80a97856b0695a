// showControls: C0 (but the newline and the tab), DEL, C1 and bidi controls are shown as \uXXXX; with styles on,
// the palette's colour sequences alone are kept.
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/cli/show-controls.js';

const PWN = '\x1b]0;pwned\x07\x1b[2J';
const PWN_SHOWN = '\\u001b]0;pwned\\u0007\\u001b[2J';
/** Every character a terminal may obey, besides the newline and the tab. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('showControls', () => {
  it('shows C0, DEL, C1 and bidi controls as \\uXXXX, keeps newlines and tabs', () => {
    expect(showControls(`a${PWN}\n\tb\x7f\x9b\u202e\u2066\u200f\u061c`)).toBe(
      `a${PWN_SHOWN}\n\tb\\u007f\\u009b\\u202e\\u2066\\u200f\\u061c`,
    );
    expect(showControls('\r\x00')).toBe('\\u000d\\u0000');
  });

  it('keeps the palette of the command line when styles are on, and nothing else', () => {
    const c = picocolors.createColors(true);
    for (const style of ['bold', 'dim', 'red', 'green', 'yellow', 'magenta', 'cyan'] as const) {
      const styled = c[style](`x ${c.bold('y')}`);
      expect(showControls(styled, true)).toBe(styled);
      expect(showControls(styled, false)).not.toMatch(RAW);
    }
    expect(showControls('\x1b[8mhidden\x1b[2J\x1b[30m', true)).toBe('\\u001b[8mhidden\\u001b[2J\\u001b[30m');
  });
});
