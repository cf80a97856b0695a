// word/footer1.xml: "第 X 页 / 共 Y 页" or "Page X of Y", the numbers as fields the application fills in.
import { describe, expect, it } from 'vitest';
import { footerXml } from '../../../../src/templates/render/docx/footer.js';
import { expectWellFormedXml } from '../../../support/docx.js';

/** The footer as a reader sees it: its text, each field as {INSTRUCTION}. */
function read(xml: string): string {
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)]
    .map((m) => (m[2] === undefined ? m[1] : `{${m[2].trim()}}`))
    .join('');
}

describe('footerXml', () => {
  it('reads 第 {PAGE} 页 / 共 {NUMPAGES} 页 in Chinese and Page {PAGE} of {NUMPAGES} in English', () => {
    expect(read(footerXml('zh-CN'))).toBe('第 {PAGE} 页 / 共 {NUMPAGES} 页');
    expect(read(footerXml('en'))).toBe('Page {PAGE} of {NUMPAGES}');
  });

  it('is one centred 9 pt paragraph whose fields each begin, separate and end', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const xml = footerXml(locale);
      expectWellFormedXml(xml, 'footer');
      expect(xml.match(/<w:p>/g)).toHaveLength(1);
      expect(xml).toContain('<w:pPr><w:jc w:val="center"/></w:pPr>');
      const chars = [...xml.matchAll(/w:fldCharType="(\w+)"/g)].map((m) => m[1]);
      expect(chars).toEqual(['begin', 'separate', 'end', 'begin', 'separate', 'end']);
      const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g)!;
      for (const run of runs) expect(run).toContain('<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>');
    }
  });
});
