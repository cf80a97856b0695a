// Folding at 75 octets: unfolding gives the line back, no physical line passes 75 octets, and every physical line
// is valid UTF-8 on its own (no character is cut).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, refold } from '../../src/integrations/fold.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

describe('foldLine (property)', () => {
  it('unfolds to the line, keeps every physical line within 75 octets and whole characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        for (const physical of folded.split('\r\n')) {
          const bytes = encoder.encode(physical);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(decoder.decode(bytes)).toBe(physical);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refolds an already folded text to the same text', () => {
    const text = refold(`BEGIN:VCALENDAR\r\nSUMMARY:${'里程碑😀'.repeat(30)}\r\nEND:VCALENDAR\r\n`);
    expect(refold(text)).toBe(text);
  });
});
