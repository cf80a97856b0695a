import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  type IBorderOptions,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { zipSync } from 'fflate';
import { match } from 'ts-pattern';
import type { Locale } from '../../i18n/locale.js';
import type { Block, ChoiceSet, FieldValue, TemplateDocument } from '../document.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** A4 in twips (1/1440 inch), and 20 mm margins. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1134;

/**
 * The fonts of each locale: Chinese forms set in 宋体 with 黑体 headings, as the playbook's forms are printed;
 * English ones in a Latin font, with 宋体 for any Chinese text the data carries (a Chinese name in an English
 * form). Word, WPS and LibreOffice substitute an installed font when one is missing.
 */
const FONTS: { readonly [L in Locale]: { readonly body: FontSet; readonly heading: FontSet } } = {
  'zh-CN': {
    body: { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun', cs: 'SimSun' },
    heading: { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: 'SimHei', cs: 'SimHei' },
  },
  en: {
    body: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun', cs: 'Calibri' },
    heading: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimHei', cs: 'Calibri' },
  },
};

interface FontSet {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
}

const LANGUAGE: { readonly [L in Locale]: { readonly value: string; readonly eastAsia: string } } = {
  'zh-CN': { value: 'zh-CN', eastAsia: 'zh-CN' },
  en: { value: 'en-US', eastAsia: 'zh-CN' },
};

const PAGE_LABEL: { readonly [L in Locale]: readonly [string, string, string] } = {
  'zh-CN': ['第 ', ' 页 / 共 ', ' 页'],
  en: ['Page ', ' of ', ''],
};

const CHOICE_SEPARATOR: { readonly [L in Locale]: string } = { 'zh-CN': '\u3000', en: '\u2003' };
const BOX = { checked: '☑', unchecked: '☐' } as const;

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;
/** A row to write in is at least 9 mm tall; a filled one grows with its text. */
const BLANK_ROW = { value: 510, rule: HeightRule.ATLEAST } as const;
const HEADER_SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } as const;
const LABEL_SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'F5F5F5' } as const;

/** A text's runs: one per line, joined by line breaks inside the paragraph. */
function runs(text: string, bold = false): TextRun[] {
  return withoutXmlControls(text)
    .split(LINE_BREAK)
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...(bold ? { bold } : {}) }));
}

function choicesText(value: ChoiceSet, locale: Locale): string {
  const boxes = value.options.map((o) => `${o.checked ? BOX.checked : BOX.unchecked} ${o.label}`);
  if (value.note !== undefined) boxes.push(value.note);
  return boxes.join(CHOICE_SEPARATOR[locale]);
}

function fieldText(value: FieldValue, locale: Locale): string {
  return typeof value === 'string' ? value : choicesText(value, locale);
}

function cell(text: string, options: { header?: boolean; label?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, options.header === true || options.label === true) })],
    ...(options.header ? { shading: HEADER_SHADE } : {}),
    ...(options.label ? { shading: LABEL_SHADE } : {}),
    ...(options.width !== undefined ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    margins: { top: 60, bottom: 60, left: 110, right: 110 },
  });
}

function table(rows: TableRow[]): Table {
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS });
}

const HEADING = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

function block(b: Block, locale: Locale): (Paragraph | Table)[] {
  return (
    match(b)
      .with({ kind: 'heading' }, (h) => [
        new Paragraph({ heading: HEADING[h.level], children: runs(h.text) }),
      ])
      .with({ kind: 'paragraph' }, (p) => (p.text === '' ? [] : [new Paragraph({ children: runs(p.text) })]))
      .with({ kind: 'list' }, (l) =>
        l.items.map((item, i) => {
          const marker = l.ordered ? `${i + 1}.` : '•';
          // An empty item is a line to write on.
          return new Paragraph({
            children: runs(item === '' ? marker : `${marker}\t${item}`),
            indent: { left: 420, hanging: 420 },
            ...(item === '' ? { border: { bottom: LINE }, spacing: { before: 240 } } : {}),
          });
        }),
      )
      .with({ kind: 'choices' }, (c) => [new Paragraph({ children: runs(choicesText(c, locale)) })])
      .with({ kind: 'table' }, (t) => {
        if (t.columns.length === 0) return [];
        const width = Math.floor(100 / t.columns.length);
        const head = new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: t.columns.map((c) => cell(c, { header: true, width })),
        });
        const body = t.rows.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              height: BLANK_ROW,
              children: t.columns.map((_, i) => cell(r[i] ?? '', { width })),
            }),
        );
        return [table([head, ...body]), new Paragraph({ children: [] })];
      })
      .with({ kind: 'fields' }, (f) => [
        table(
          f.fields.map(
            (field) =>
              new TableRow({
                cantSplit: true,
                height: BLANK_ROW,
                children: [
                  cell(field.label, { label: true, width: 26 }),
                  cell(fieldText(field.value, locale), { width: 74 }),
                ],
              }),
          ),
        ),
        new Paragraph({ children: [] }),
      ])
      // A printed document cannot collapse a section: like Markdown, it leaves the technical trace out.
      .with({ kind: 'details' }, () => [])
      .exhaustive()
  );
}

function footer(locale: Locale): Footer {
  const [before, between, after] = PAGE_LABEL[locale];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after],
            size: 18,
          }),
        ],
      }),
    ],
  });
}

/** Drops what XML 1.0 cannot hold (control characters, lone surrogates), which would make Word refuse the file. */
function withoutXmlControls(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

function escapeXml(text: string): string {
  return withoutXmlControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The package's core properties, written here because docx stamps them with the clock: the same document must
 * give the same bytes.
 */
function coreProperties(doc: TemplateDocument): string {
  const title = doc.subject === undefined ? doc.title : `${doc.title} · ${doc.subject}`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title.replace(/\s+/g, ' '))}</dc:title>`,
    '<dc:creator>crossdept</dc:creator>',
    `<dc:language>${LANGUAGE[doc.locale].value}</dc:language>`,
    '</cp:coreProperties>',
  ].join('');
}

interface DocxCompiler {
  compile(
    file: Document,
    prettify: undefined,
    overrides: readonly { path: string; data: string }[],
  ): Map<string, string | Uint8Array>;
}

/** Every entry of the package is dated 1980-01-01, the first date a zip file can hold, so no clock is read. */
const ZIP_DATE = new Date(1980, 0, 1);

/**
 * Packs a document synchronously. docx's `Packer` compiles the package's parts synchronously and zips them, but
 * only offers a Promise and dates the zip entries with the clock; its compiler is the step before, and the zip
 * is fflate's, as docx's own.
 */
function pack(file: Document, doc: TemplateDocument): Uint8Array {
  const compiler = (Packer as unknown as { readonly compiler?: DocxCompiler }).compiler;
  if (compiler === undefined || typeof compiler.compile !== 'function') {
    throw new TypeError('this version of docx has no synchronous compiler');
  }
  const parts = compiler.compile(file, undefined, [{ path: 'docProps/core.xml', data: coreProperties(doc) }]);
  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {};
  for (const [path, data] of parts) entries[path] = typeof data === 'string' ? encoder.encode(data) : data;
  return zipSync(entries, { mtime: ZIP_DATE, level: 6 });
}

/**
 * Renders a template document as a Word document (Office Open XML, `.docx`) that Word, WPS and LibreOffice open:
 * A4 pages with 20 mm margins; 宋体 (SimSun) body and 黑体 (SimHei) headings for `zh-CN`, Calibri for `en`;
 * bordered tables whose header rows repeat across pages and whose empty rows are tall enough to write in; tick
 * boxes ☐ / ☑; page numbers in the footer. The same document always gives the same bytes: no part is dated.
 *
 * @param doc - The document.
 * @returns The `.docx` file's bytes.
 * @example
 * ```ts
 * import { renderDocxDocument } from './docx.js';
 *
 * const bytes = renderDocxDocument({ locale: 'en', title: 'Kickoff', blocks: [{ kind: 'paragraph', text: 'Hello' }] });
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // true: a zip file
 * ```
 */
export function renderDocxDocument(doc: TemplateDocument): Uint8Array {
  const locale = doc.locale;
  const fonts = FONTS[locale];
  const language = LANGUAGE[locale];
  const heading = (size: number) => ({ run: { font: fonts.heading, size, bold: true, color: '1A1A1A' } });
  const file = new Document({
    creator: 'crossdept',
    title: doc.title,
    styles: {
      default: {
        document: {
          run: { font: fonts.body, size: 21, language },
          paragraph: { spacing: { after: 60, line: 300 } },
        },
        title: {
          run: { font: fonts.heading, size: 36, bold: true, color: '1A1A1A' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        heading2: { ...heading(28), paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
        heading3: { ...heading(24), paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        heading4: { ...heading(21), paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567, header: 567 },
          },
        },
        footers: { default: footer(locale) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) }),
          ...doc.blocks.flatMap((b) => block(b, locale)),
        ],
      },
    ],
  });
  return pack(file, doc);
}
