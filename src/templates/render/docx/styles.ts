// The look of a crossdept Word document: its fonts and language per locale, and the styles its paragraphs name
// (word/styles.xml), with the fonts described for the applications that must substitute them (word/fontTable.xml).
import type { Locale } from '../../../i18n/locale.js';
import { WORD_NAMESPACES, XML_DECLARATION } from './xml.js';

interface FontSet {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
}

/**
 * The fonts of each locale: Chinese forms set in 宋体 with 黑体 headings, as the playbook's forms are printed;
 * English ones in a Latin font, with 宋体 (黑体 in headings) for any Chinese text the data carries (a Chinese name
 * in an English form). Word, WPS and LibreOffice substitute an installed font when one is missing.
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

/** The language tags of each locale's text; East-Asian text is Chinese in both. */
const LANGUAGE: { readonly [L in Locale]: { readonly value: string; readonly eastAsia: string } } = {
  'zh-CN': { value: 'zh-CN', eastAsia: 'zh-CN' },
  en: { value: 'en-US', eastAsia: 'zh-CN' },
};

/**
 * How an application recognises a font it lacks: its Chinese name (LibreOffice and WPS match 宋体 and 黑体 by it),
 * its PANOSE class, character set and pitch, as Word itself records them.
 */
const FONT_FACES: Readonly<Record<string, string>> = {
  SimSun:
    '<w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/>' +
    '<w:family w:val="auto"/><w:pitch w:val="variable"/>',
  SimHei:
    '<w:altName w:val="黑体"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/>' +
    '<w:family w:val="modern"/><w:pitch w:val="fixed"/>',
  Calibri:
    '<w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/>' +
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/>',
};

function rFonts(f: FontSet): string {
  return `<w:rFonts w:ascii="${f.ascii}" w:hAnsi="${f.hAnsi}" w:eastAsia="${f.eastAsia}" w:cs="${f.cs}"/>`;
}

/** A title or heading style: bold, near-black, in the heading font, kept with the paragraph that follows. */
function headingStyle(
  fonts: FontSet,
  style: { readonly id: string; readonly name: string; readonly size: number; readonly pPr: string },
): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${style.id}"><w:name w:val="${style.name}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    `<w:pPr>${style.pPr}</w:pPr>` +
    `<w:rPr>${rFonts(fonts)}<w:b/><w:bCs/><w:color w:val="1A1A1A"/>` +
    `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr></w:style>`
  );
}

/**
 * word/styles.xml for a locale: 10.5 pt body text (五号) in the locale's font with its language tags, and the
 * styles the body names: `Title` (18 pt, centred), `Heading2` to `Heading4` (14, 12 and 10.5 pt, with outline
 * levels so they show in the navigation pane and as PDF bookmarks).
 *
 * @param locale - The document's locale.
 * @returns The part's XML.
 * @example
 * ```ts
 * stylesXml('zh-CN').includes('w:eastAsia="SimSun"'); // true
 * ```
 */
export function stylesXml(locale: Locale): string {
  const fonts = FONTS[locale];
  const language = LANGUAGE[locale];
  return (
    `${XML_DECLARATION}<w:styles ${WORD_NAMESPACES}>` +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${rFonts(fonts.body)}<w:sz w:val="21"/><w:szCs w:val="21"/>` +
    `<w:lang w:val="${language.value}" w:eastAsia="${language.eastAsia}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>' +
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    headingStyle(fonts.heading, {
      id: 'Title',
      name: 'Title',
      size: 36,
      pPr: '<w:spacing w:after="240"/><w:jc w:val="center"/>',
    }) +
    headingStyle(fonts.heading, {
      id: 'Heading2',
      name: 'heading 2',
      size: 28,
      pPr: '<w:keepNext/><w:spacing w:before="280" w:after="120"/><w:outlineLvl w:val="1"/>',
    }) +
    headingStyle(fonts.heading, {
      id: 'Heading3',
      name: 'heading 3',
      size: 24,
      pPr: '<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/>',
    }) +
    headingStyle(fonts.heading, {
      id: 'Heading4',
      name: 'heading 4',
      size: 21,
      pPr: '<w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="3"/>',
    }) +
    '</w:styles>'
  );
}

/**
 * word/fontTable.xml for a locale: each font its styles name, described so that an application without it
 * picks a close one.
 *
 * @param locale - The document's locale.
 * @returns The part's XML.
 * @example
 * ```ts
 * fontTableXml('en').includes('<w:font w:name="Calibri">'); // true
 * ```
 */
export function fontTableXml(locale: Locale): string {
  const { body, heading } = FONTS[locale];
  const names = [...new Set([body.ascii, body.eastAsia, heading.ascii, heading.eastAsia])];
  return (
    `${XML_DECLARATION}<w:fonts ${WORD_NAMESPACES}>` +
    names.map((name) => `<w:font w:name="${name}">${FONT_FACES[name] ?? ''}</w:font>`).join('') +
    '</w:fonts>'
  );
}

/**
 * The language of a locale's documents, as the core properties record it (`dc:language`).
 *
 * @param locale - The document's locale.
 * @returns A BCP 47 tag.
 * @example
 * ```ts
 * documentLanguage('en'); // 'en-US'
 * ```
 */
export function documentLanguage(locale: Locale): string {
  return LANGUAGE[locale].value;
}
