// word/styles.xml and word/fontTable.xml per locale: the fonts, sizes, spacing and language the body relies on,
// and a font table that describes every font the styles name.
import { describe, expect, it } from 'vitest';
import { documentLanguage, fontTableXml, stylesXml } from '../../../../src/templates/render/docx/styles.js';
import { expectWellFormedXml } from '../../../support/docx.js';

const style = (xml: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(xml)?.[0];

describe('stylesXml', () => {
  it('sets Chinese text in 宋体, 10.5 pt, 1.25 lines, tagged zh-CN; headings in bold 黑体', () => {
    const xml = stylesXml('zh-CN');
    expectWellFormedXml(xml, 'styles');
    expect(xml).toContain(
      '<w:rPrDefault><w:rPr><w:rFonts w:ascii="SimSun" w:hAnsi="SimSun" w:eastAsia="SimSun" w:cs="SimSun"/>' +
        '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>',
    );
    expect(xml).toContain('<w:spacing w:after="60" w:line="300" w:lineRule="auto"/>');
    for (const id of ['Title', 'Heading2', 'Heading3', 'Heading4']) {
      expect(style(xml, id)).toContain(
        '<w:rFonts w:ascii="SimHei" w:hAnsi="SimHei" w:eastAsia="SimHei" w:cs="SimHei"/><w:b/><w:bCs/>',
      );
      expect(style(xml, id)).toContain('<w:basedOn w:val="Normal"/>');
    }
  });

  it('sets English text in Calibri with 宋体 (黑体 in headings) for Chinese, tagged en-US', () => {
    const xml = stylesXml('en');
    expect(xml).toContain(
      '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="SimSun" w:cs="Calibri"/>',
    );
    expect(style(xml, 'Heading2')).toContain('w:eastAsia="SimHei"');
    expect(xml).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
  });

  it('gives the title and the headings their sizes, spacing and outline levels', () => {
    const xml = stylesXml('en');
    expect(style(xml, 'Title')).toContain('<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>');
    expect(style(xml, 'Title')).toContain('<w:sz w:val="36"/>');
    const headings = [
      ['Heading2', 'heading 2', 28, '280', '120', 1],
      ['Heading3', 'heading 3', 24, '200', '80', 2],
      ['Heading4', 'heading 4', 21, '160', '60', 3],
    ] as const;
    for (const [id, name, size, before, after, level] of headings) {
      const s = style(xml, id)!;
      expect(s).toContain(`<w:name w:val="${name}"/>`);
      expect(s).toContain(
        `<w:keepNext/><w:spacing w:before="${before}" w:after="${after}"/><w:outlineLvl w:val="${level}"/>`,
      );
      expect(s).toContain(`<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`);
    }
  });

  it('defines every style another style is based on, and one default style of each type', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const xml = stylesXml(locale);
      const ids = new Set([...xml.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
      for (const m of xml.matchAll(/<w:(?:basedOn|next|link) w:val="([^"]+)"/g)) expect(ids).toContain(m[1]);
      const defaults = [...xml.matchAll(/<w:style w:type="(\w+)" w:default="1"/g)].map((m) => m[1]);
      expect(defaults.sort()).toEqual(['character', 'paragraph', 'table']);
    }
  });
});

describe('fontTableXml', () => {
  it('describes every font the styles name, with the Chinese names substitutes are found by', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const table = fontTableXml(locale);
      expectWellFormedXml(table, 'fontTable');
      const described = [...table.matchAll(/<w:font w:name="([^"]+)">/g)].map((m) => m[1]);
      const named = new Set(
        [...stylesXml(locale).matchAll(/<w:rFonts ([^>]*)\/>/g)].flatMap((m) =>
          [...m[1]!.matchAll(/="([^"]+)"/g)].map((a) => a[1]),
        ),
      );
      expect(new Set(described)).toEqual(named);
    }
    expect(fontTableXml('zh-CN')).toContain('<w:font w:name="SimSun"><w:altName w:val="宋体"/>');
    expect(fontTableXml('zh-CN')).toContain('<w:font w:name="SimHei"><w:altName w:val="黑体"/>');
    expect(fontTableXml('en')).toContain(
      '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/>',
    );
  });
});

describe('documentLanguage', () => {
  it('is the body text’s language tag', () => {
    expect(documentLanguage('zh-CN')).toBe('zh-CN');
    expect(documentLanguage('en')).toBe('en-US');
  });
});
