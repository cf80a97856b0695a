// word/document.xml block by block: what each block of a template document becomes in WordprocessingML.
import { describe, expect, it } from 'vitest';
import type { Block, TemplateDocument } from '../../../../src/templates/document.js';
import { documentXml } from '../../../../src/templates/render/docx/body.js';
import { expectWellFormedXml } from '../../../support/docx.js';

function body(blocks: readonly Block[], locale: 'zh-CN' | 'en' = 'en'): string {
  const doc: TemplateDocument = { locale, title: 'T', blocks };
  const xml = documentXml(doc, 'rId4');
  expectWellFormedXml(xml, 'word/document.xml');
  const inner = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)![1]!;
  // Leave out the title paragraph and the section properties.
  return inner
    .replace(/^<w:p><w:pPr><w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t>T<\/w:t><\/w:r><\/w:p>/, '')
    .replace(/<w:sectPr>.*$/, '');
}

describe('documentXml', () => {
  it('opens with the title in the Title style and closes with one A4 portrait section, 20 mm margins, the footer', () => {
    const xml = documentXml({ locale: 'zh-CN', title: '启动表', blocks: [] }, 'rId7');
    expect(xml).toContain(
      '<w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>启动表</w:t></w:r></w:p>',
    );
    expect(xml).toMatch(
      /<w:sectPr><w:footerReference w:type="default" r:id="rId7"\/><w:pgSz w:w="11906" w:h="16838"\/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"\/>/,
    );
    expect(xml).toMatch(/<\/w:sectPr><\/w:body><\/w:document>$/);
  });

  it('sets headings in their level’s style', () => {
    expect(body([{ kind: 'heading', level: 3, text: '议题' }])).toBe(
      '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>议题</w:t></w:r></w:p>',
    );
  });

  it('breaks lines inside a paragraph, whatever the line end, and writes tabs as tab characters', () => {
    expect(body([{ kind: 'paragraph', text: 'a\r\nb\rc\u2028d\te' }])).toBe(
      '<w:p><w:r><w:t>a</w:t></w:r><w:r><w:br/><w:t>b</w:t></w:r><w:r><w:br/><w:t>c</w:t></w:r>' +
        '<w:r><w:br/><w:t>d</w:t><w:tab/><w:t>e</w:t></w:r></w:p>',
    );
    expect(body([{ kind: 'paragraph', text: 'a\n\nb' }])).toBe(
      '<w:p><w:r><w:t>a</w:t></w:r><w:r><w:br/></w:r><w:r><w:br/><w:t>b</w:t></w:r></w:p>',
    );
  });

  it('keeps spaces with xml:space="preserve" only where Word would otherwise drop them', () => {
    expect(body([{ kind: 'paragraph', text: 'a b' }])).toContain('<w:t>a b</w:t>');
    for (const text of [' a', 'a ', 'a  b', ' '])
      expect(body([{ kind: 'paragraph', text }])).toContain(`<w:t xml:space="preserve">${text}</w:t>`);
  });

  it('escapes markup and drops control characters', () => {
    expect(body([{ kind: 'paragraph', text: 'R&D <x> "q"\u0000\u0007' }])).toBe(
      '<w:p><w:r><w:t>R&amp;D &lt;x&gt; &quot;q&quot;</w:t></w:r></w:p>',
    );
  });

  it('leaves out an empty paragraph block and the technical trace', () => {
    expect(body([{ kind: 'paragraph', text: '' }])).toBe('');
    expect(body([{ kind: 'details', summary: 'Trace', lines: ['x'] }])).toBe('');
  });

  it('hangs list items from their markers; an empty item is a ruled line to write on', () => {
    expect(body([{ kind: 'list', ordered: true, items: ['甲', ''] }])).toBe(
      '<w:p><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:r><w:t>1.</w:t><w:tab/><w:t>甲</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="0" w:color="555555"/></w:pBdr>' +
        '<w:spacing w:before="240"/><w:ind w:left="420" w:hanging="420"/></w:pPr><w:r><w:t>2.</w:t></w:r></w:p>',
    );
    expect(body([{ kind: 'list', ordered: false, items: ['b'] }])).toContain(
      '<w:t>•</w:t><w:tab/><w:t>b</w:t>',
    );
  });

  it('writes tick boxes with the locale’s separator and the note last', () => {
    const choices: Block = {
      kind: 'choices',
      options: [
        { label: '线上', checked: true },
        { label: '线下', checked: false },
      ],
      note: '根据实际情况勾选',
    };
    expect(body([choices], 'zh-CN')).toContain('<w:t>☑ 线上\u3000☐ 线下\u3000根据实际情况勾选</w:t>');
    expect(body([choices], 'en')).toContain('<w:t>☑ 线上\u2003☐ 线下\u2003根据实际情况勾选</w:t>');
  });

  it('draws a table across the text width: a bold, shaded header row that repeats, rows at least 9 mm tall', () => {
    const xml = body([
      {
        kind: 'table',
        columns: ['A', 'B', 'C'],
        rows: [
          ['1', '2'],
          ['x', 'y', 'z', 'extra'],
        ],
      },
    ]);
    expect(xml).toMatch(/^<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"\/><w:tblBorders>/);
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
      expect(xml).toContain(`<w:${side} w:val="single" w:sz="4" w:space="0" w:color="555555"/>`);
    expect(xml).toContain(
      '<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="110" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="110" w:type="dxa"/></w:tblCellMar>',
    );
    // 33 % of the 9638 twips between the margins.
    expect(xml).toContain(
      '<w:tblGrid><w:gridCol w:w="3181"/><w:gridCol w:w="3181"/><w:gridCol w:w="3181"/></w:tblGrid>',
    );
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect(rows[0]).toContain(
      '<w:tc><w:tcPr><w:tcW w:w="1650" w:type="pct"/><w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/></w:tcPr>' +
        '<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>A</w:t></w:r></w:p></w:tc>',
    );
    // A short row is padded with an empty cell; an extra cell is dropped.
    expect(rows[1]).toMatch(
      /^<w:tr><w:trPr><w:cantSplit\/><w:trHeight w:val="510" w:hRule="atLeast"\/><\/w:trPr>/,
    );
    expect(rows[1]!.match(/<w:tc>/g)).toHaveLength(3);
    expect(rows[1]).toContain('<w:tc><w:tcPr><w:tcW w:w="1650" w:type="pct"/></w:tcPr><w:p/></w:tc>');
    expect(rows[2]).not.toContain('extra');
    // An empty paragraph keeps the next block apart.
    expect(xml).toMatch(/<\/w:tbl><w:p\/>$/);
  });

  it('writes no table without columns or without fields (Word refuses a table without rows or cells)', () => {
    expect(body([{ kind: 'table', columns: [], rows: [['x']] }])).toBe('');
    expect(body([{ kind: 'fields', header: ['栏目', '内容'], fields: [] }])).toBe('');
  });

  it('writes form fields as a label/value table: shaded bold labels a quarter wide, tick boxes as values', () => {
    const xml = body([
      {
        kind: 'fields',
        header: ['栏目', '内容'],
        fields: [
          { label: '发起部门', value: '研发部' },
          { label: '形式', value: { kind: 'choices', options: [{ label: '线上', checked: true }] } },
        ],
      },
    ]);
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="2506"/><w:gridCol w:w="7132"/></w:tblGrid>');
    expect(xml).not.toContain('<w:tblHeader/>');
    expect(xml).toContain(
      '<w:tc><w:tcPr><w:tcW w:w="1300" w:type="pct"/><w:shd w:val="clear" w:color="auto" w:fill="F5F5F5"/></w:tcPr>' +
        '<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>发起部门</w:t></w:r></w:p></w:tc>' +
        '<w:tc><w:tcPr><w:tcW w:w="3700" w:type="pct"/></w:tcPr><w:p><w:r><w:t>研发部</w:t></w:r></w:p></w:tc>',
    );
    expect(xml).toContain('<w:t>☑ 线上</w:t>');
    expect(xml.match(/<w:trHeight w:val="510" w:hRule="atLeast"\/>/g)).toHaveLength(2);
  });
});
