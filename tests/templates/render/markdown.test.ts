import { describe, expect, it } from 'vitest';
import type { TemplateDocument } from '../../../src/templates/document.js';
import { escapeMarkdown, renderMarkdownDocument } from '../../../src/templates/render/markdown.js';

const doc = (blocks: TemplateDocument['blocks']): TemplateDocument => ({ locale: 'en', title: 'T', blocks });

describe('escapeMarkdown', () => {
  it('escapes table pipes and backslashes, so a value cannot add a cell', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
    // A trailing backslash must not escape the cell separator that follows it.
    expect(escapeMarkdown('end\\')).toBe('end\\\\');
    expect(escapeMarkdown('\\|')).toBe('\\\\\\|');
  });

  it('turns every line break into <br>', () => {
    expect(escapeMarkdown('a\nb\r\nc\rd\u2028e')).toBe('a<br>b<br>c<br>d<br>e');
  });

  it('neutralises HTML, entities and inline syntax', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('&amp;')).toBe('&amp;amp;');
    expect(escapeMarkdown('*a* _b_ `c` [d](e) ~f~ #1')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\#1',
    );
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('第1个月末（2026-09-30）')).toBe('第1个月末（2026-09-30）');
  });
});

describe('renderMarkdownDocument', () => {
  it('renders a table with empty cells and keeps every row as wide as its header', () => {
    const md = renderMarkdownDocument(
      doc([
        {
          kind: 'table',
          columns: ['A', 'B', 'C'],
          rows: [['1'], ['1', '2', '3', '4'], ['', '', '']],
        },
      ]),
    );
    expect(md).toBe('# T\n\n| A | B | C |\n| --- | --- | --- |\n| 1 |  |  |\n| 1 | 2 | 3 |\n|  |  |  |\n');
  });

  it('renders fields as a two-column table, tick boxes included', () => {
    const md = renderMarkdownDocument(
      doc([
        {
          kind: 'fields',
          header: ['Field', 'Entry'],
          fields: [
            { label: 'Name', value: 'x' },
            {
              label: 'Form',
              value: {
                kind: 'choices',
                options: [
                  { label: 'In person', checked: true },
                  { label: 'Online', checked: false },
                ],
                note: '(tick)',
              },
            },
          ],
        },
      ]),
    );
    expect(md).toContain('| Name | x |');
    expect(md).toContain('| Form | ☑ In person\u2003□ Online\u2003(tick) |');
  });

  it('keeps block-level syntax in data from starting lists, headings, quotes or code', () => {
    const md = renderMarkdownDocument(
      doc([
        { kind: 'paragraph', text: '- not a list' },
        { kind: 'paragraph', text: '1. not a list' },
        { kind: 'paragraph', text: '# not a heading' },
        { kind: 'paragraph', text: '> not a quote' },
        { kind: 'paragraph', text: '    not code' },
        { kind: 'list', ordered: false, items: ['+ item', ''] },
        { kind: 'heading', level: 2, text: 'ends with #' },
      ]),
    );
    expect(md).toBe(
      [
        '# T',
        '\\- not a list',
        '1\\. not a list',
        '\\# not a heading',
        '&gt; not a quote',
        '&#32;&#32;&#32;&#32;not code',
        '- \\+ item\n-',
        '## ends with \\#',
      ].join('\n\n') + '\n',
    );
  });

  it('skips empty paragraphs', () => {
    expect(renderMarkdownDocument(doc([{ kind: 'paragraph', text: '' }]))).toBe('# T\n');
  });
});
