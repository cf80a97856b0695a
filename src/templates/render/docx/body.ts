// word/document.xml: a template document's blocks as WordprocessingML paragraphs and tables, on A4 pages.
import { match } from 'ts-pattern';
import type { Locale } from '../../../i18n/locale.js';
import type { Block, ChoiceSet, FieldValue, TemplateDocument } from '../../document.js';
import { escapeXml, WORD_NAMESPACES, XML_DECLARATION } from './xml.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
/** Word trims and collapses spaces in text unless told to keep them. */
const SPACES_MATTER = /^ | $| {2}/;

/** A4 in twips (1/1440 inch), 20 mm margins, and the width left for text between them. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1134;
const TEXT_WIDTH = A4.width - 2 * MARGIN;

const CHOICE_SEPARATOR: { readonly [L in Locale]: string } = { 'zh-CN': '\u3000', en: '\u2003' };
const BOX = { checked: '☑', unchecked: '☐' } as const;

const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
/** A thin dark-grey line: the tables' borders and the rule under a list item left blank to write on. */
const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="555555"/>`;
const TABLE_PROPERTIES =
  '<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('') +
  '</w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="110" w:type="dxa"/>' +
  '<w:bottom w:w="60" w:type="dxa"/><w:right w:w="110" w:type="dxa"/></w:tblCellMar></w:tblPr>';
/** A header row repeats on every page a table spans; no row breaks across pages. */
const HEADER_ROW = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
/** A row to write in is at least 9 mm tall; a filled one grows with its text. */
const BODY_ROW = '<w:trPr><w:cantSplit/><w:trHeight w:val="510" w:hRule="atLeast"/></w:trPr>';
const SHADE = {
  header: '<w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>',
  label: '<w:shd w:val="clear" w:color="auto" w:fill="F5F5F5"/>',
  plain: '',
} as const;
/** Each item hangs from its marker, which a tab separates from the text. */
const LIST_ITEM = '<w:ind w:left="420" w:hanging="420"/>';
/** An empty item is a line to write on. */
const BLANK_LIST_ITEM = `<w:pBdr>${line('bottom')}</w:pBdr><w:spacing w:before="240"/>${LIST_ITEM}`;
/** An empty paragraph after each table keeps the next table apart and ends the body with a paragraph. */
const EMPTY_PARAGRAPH = '<w:p/>';

function textElement(escaped: string): string {
  if (escaped === '') return '';
  return SPACES_MATTER.test(escaped) ? `<w:t xml:space="preserve">${escaped}</w:t>` : `<w:t>${escaped}</w:t>`;
}

/** A text's runs: one per line, each after the first opening with a line break; tabs as tab characters. */
function runs(text: string, bold = false): string {
  const properties = bold ? BOLD : '';
  let xml = '';
  escapeXml(text)
    .split(LINE_BREAK)
    .forEach((lineText, i) => {
      const content = (i > 0 ? '<w:br/>' : '') + lineText.split('\t').map(textElement).join('<w:tab/>');
      if (content !== '') xml += `<w:r>${properties}${content}</w:r>`;
    });
  return xml;
}

function paragraph(content: string, properties = ''): string {
  if (content === '' && properties === '') return EMPTY_PARAGRAPH;
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${content}</w:p>`;
}

function choicesText(value: ChoiceSet, locale: Locale): string {
  const boxes = value.options.map((o) => `${o.checked ? BOX.checked : BOX.unchecked} ${o.label}`);
  if (value.note !== undefined) boxes.push(value.note);
  return boxes.join(CHOICE_SEPARATOR[locale]);
}

function fieldText(value: FieldValue, locale: Locale): string {
  return typeof value === 'string' ? value : choicesText(value, locale);
}

/** A cell `width` per cent of the table wide; header and label cells are shaded and bold. */
function cell(text: string, width: number, kind: keyof typeof SHADE = 'plain'): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width * 50}" w:type="pct"/>${SHADE[kind]}</w:tcPr>` +
    `${paragraph(runs(text, kind !== 'plain'))}</w:tc>`
  );
}

/** A bordered table across the text width, its columns `widths` per cent wide, then an empty paragraph. */
function table(widths: readonly number[], rows: readonly string[]): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${Math.round((TEXT_WIDTH * w) / 100)}"/>`).join('');
  return `<w:tbl>${TABLE_PROPERTIES}<w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>${EMPTY_PARAGRAPH}`;
}

function block(b: Block, locale: Locale): string {
  return (
    match(b)
      .with({ kind: 'heading' }, (h) => paragraph(runs(h.text), `<w:pStyle w:val="Heading${h.level}"/>`))
      .with({ kind: 'paragraph' }, (p) => (p.text === '' ? '' : paragraph(runs(p.text))))
      .with({ kind: 'list' }, (l) =>
        l.items
          .map((item, i) => {
            const marker = l.ordered ? `${i + 1}.` : '•';
            return item === ''
              ? paragraph(runs(marker), BLANK_LIST_ITEM)
              : paragraph(runs(`${marker}\t${item}`), LIST_ITEM);
          })
          .join(''),
      )
      .with({ kind: 'choices' }, (c) => paragraph(runs(choicesText(c, locale))))
      .with({ kind: 'table' }, (t) => {
        if (t.columns.length === 0) return '';
        const width = Math.floor(100 / t.columns.length);
        const head = `<w:tr>${HEADER_ROW}${t.columns.map((c) => cell(c, width, 'header')).join('')}</w:tr>`;
        const body = t.rows.map(
          (r) => `<w:tr>${BODY_ROW}${t.columns.map((_, i) => cell(r[i] ?? '', width)).join('')}</w:tr>`,
        );
        return table(
          t.columns.map(() => width),
          [head, ...body],
        );
      })
      // Word refuses a table without rows: no fields, no table.
      .with({ kind: 'fields' }, (f) =>
        f.fields.length === 0
          ? ''
          : table(
              [26, 74],
              f.fields.map(
                (field) =>
                  `<w:tr>${BODY_ROW}${cell(field.label, 26, 'label')}` +
                  `${cell(fieldText(field.value, locale), 74)}</w:tr>`,
              ),
            ),
      )
      // A printed document cannot collapse a section: like Markdown, it leaves the technical trace out.
      .with({ kind: 'details' }, () => '')
      .exhaustive()
  );
}

/**
 * word/document.xml: the title, then each block (headings in the `Heading2`–`Heading4` styles, bordered tables
 * with shaded header rows that repeat on each page, form fields as a label/value table, list items hanging from
 * their markers, tick boxes ☐/☑), in one A4 portrait section with 20 mm margins whose footer is the relationship
 * `footerId`.
 *
 * @param doc - The document.
 * @param footerId - The relationship id (in word/_rels/document.xml.rels) of the footer part.
 * @returns The part's XML.
 * @example
 * ```ts
 * const xml = documentXml({ locale: 'en', title: 'Kickoff', blocks: [{ kind: 'paragraph', text: 'R&D' }] }, 'rId4');
 * xml.includes('<w:t>R&amp;D</w:t>'); // true
 * ```
 */
export function documentXml(doc: TemplateDocument, footerId: string): string {
  const locale = doc.locale;
  let body = paragraph(runs(doc.title), '<w:pStyle w:val="Title"/>');
  for (const b of doc.blocks) body += block(b, locale);
  return (
    `${XML_DECLARATION}<w:document ${WORD_NAMESPACES}><w:body>${body}` +
    `<w:sectPr><w:footerReference w:type="default" r:id="${escapeXml(footerId)}"/>` +
    `<w:pgSz w:w="${A4.width}" w:h="${A4.height}"/>` +
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" ` +
    'w:header="567" w:footer="567" w:gutter="0"/><w:docGrid w:linePitch="360"/></w:sectPr>' +
    '</w:body></w:document>'
  );
}
