// word/footer1.xml: the page numbers at the foot of every page, "第 X 页 / 共 Y 页" or "Page X of Y".
import type { Locale } from '../../../i18n/locale.js';
import { WORD_NAMESPACES, XML_DECLARATION } from './xml.js';

/** The words around the page number and the page count. */
const PAGE_LABEL: { readonly [L in Locale]: readonly [string, string, string] } = {
  'zh-CN': ['第 ', ' 页 / 共 ', ' 页'],
  en: ['Page ', ' of ', ''],
};

/** 9 pt: smaller than the body text. */
const SMALL = '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>';

function text(value: string): string {
  return value === '' ? '' : `<w:r>${SMALL}<w:t xml:space="preserve">${value}</w:t></w:r>`;
}

/** A field Word, WPS and LibreOffice compute when they lay the page out: `PAGE` or `NUMPAGES`. */
function field(instruction: 'PAGE' | 'NUMPAGES'): string {
  return (
    `<w:r>${SMALL}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${SMALL}<w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
    `<w:r>${SMALL}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${SMALL}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/**
 * word/footer1.xml for a locale: one centred 9 pt line with the page number and the page count as fields.
 *
 * @param locale - The document's locale.
 * @returns The part's XML.
 * @example
 * ```ts
 * footerXml('en').includes(' NUMPAGES '); // true
 * ```
 */
export function footerXml(locale: Locale): string {
  const [before, between, after] = PAGE_LABEL[locale];
  return (
    `${XML_DECLARATION}<w:ftr ${WORD_NAMESPACES}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
    `${text(before)}${field('PAGE')}${text(between)}${field('NUMPAGES')}${text(after)}</w:p></w:ftr>`
  );
}
