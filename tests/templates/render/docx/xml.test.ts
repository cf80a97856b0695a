// Text made safe for a Word package: markup escaped, characters XML 1.0 forbids dropped, nothing else changed.
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  WORD_NAMESPACES,
  withoutXmlControls,
  XML_DECLARATION,
} from '../../../../src/templates/render/docx/xml.js';
import { expectWellFormedXml } from '../../../support/docx.js';

describe('escapeXml', () => {
  it('escapes the markup characters and keeps the rest, Chinese and emoji included', () => {
    expect(escapeXml('R&D <"研发部"> 🚀')).toBe('R&amp;D &lt;&quot;研发部&quot;&gt; 🚀');
    expect(escapeXml("it's")).toBe("it's");
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops control characters, lone surrogates and U+FFFE/U+FFFF, keeping tabs and line ends', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd\u001fe')).toBe('abcde');
    expect(escapeXml('x\uD800y\uDFFFz')).toBe('xyz');
    expect(escapeXml('\uFFFE\uFFFF\uFFFD')).toBe('\uFFFD');
    expect(escapeXml('a\tb\r\nc\nd')).toBe('a\tb\r\nc\nd');
  });
});

describe('withoutXmlControls', () => {
  it('keeps a pair of surrogates (one character) and drops a lone one', () => {
    expect(withoutXmlControls('😀')).toBe('😀');
    expect(withoutXmlControls('😀'.slice(0, 1))).toBe('');
  });
});

describe('the XML frame', () => {
  it('declares UTF-8 and the two namespaces every Word part uses', () => {
    expect(XML_DECLARATION).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
    expect(() =>
      expectWellFormedXml(`${XML_DECLARATION}<w:p ${WORD_NAMESPACES}><w:r r:id="a"/></w:p>`, 'frame'),
    ).not.toThrow();
  });
});
