// Laws of the escaping: reading escaped text back gives the text without forbidden characters; the result is
// always character data an XML parser accepts, in text and in double-quoted attributes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, withoutXmlControls } from '../../../../src/templates/render/docx/xml.js';
import { expectWellFormedXml, unescapeXml } from '../../../support/docx.js';

/** Any UTF-16 text: control characters, lone surrogates, markup and entity-like text weighted in. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      '&amp;',
      '&#0;',
      ']]>',
      '\u0000',
      '\u001f',
      '\uFFFE',
      '\uD800',
      '\t',
      '\r',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('escapeXml (properties)', () => {
  it('reads back as the text without the characters XML 1.0 forbids', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(unescapeXml(escapeXml(text))).toBe(withoutXmlControls(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is well-formed character data and attribute value, whatever the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeXml(text);
        expectWellFormedXml(`<a b="${escaped}">${escaped}</a>`, 'escaped');
      }),
      { numRuns: 300 },
    );
  });

  it('drops only forbidden characters, and dropping is idempotent', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const kept = withoutXmlControls(text);
        expect(withoutXmlControls(kept)).toBe(kept);
        expect(kept.length).toBeLessThanOrEqual(text.length);
        expect([...kept].every((c) => text.includes(c))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
