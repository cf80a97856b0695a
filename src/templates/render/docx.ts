// A template document as a Word file. The package is written here rather than by a Word library: the documents
// use a handful of WordprocessingML elements (docx/body.ts), a few styles (docx/styles.ts), a footer with page
// fields (docx/footer.ts) and undated properties (docx/properties.ts); docx/package.ts adds the content types and
// relationships and zips the parts with fflate. Synchronous, no clock, the same bytes for the same document.
import type { TemplateDocument } from '../document.js';
import { documentXml } from './docx/body.js';
import { footerXml } from './docx/footer.js';
import { CONTENT_TYPE, type PackagePart, RELATIONSHIP, zipPackage } from './docx/package.js';
import { appPropertiesXml, corePropertiesXml } from './docx/properties.js';
import { settingsXml } from './docx/settings.js';
import { fontTableXml, stylesXml } from './docx/styles.js';

/** The relationship id by which the body's section names its footer. */
const FOOTER_ID = 'rId4';

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
  const part = (path: string, contentType: string, xml: string): PackagePart => ({ path, contentType, xml });
  const document: PackagePart = {
    ...part('word/document.xml', CONTENT_TYPE.document, documentXml(doc, FOOTER_ID)),
    relationships: [
      {
        id: 'rId1',
        type: RELATIONSHIP.styles,
        target: part('word/styles.xml', CONTENT_TYPE.styles, stylesXml(locale)),
      },
      {
        id: 'rId2',
        type: RELATIONSHIP.settings,
        target: part('word/settings.xml', CONTENT_TYPE.settings, settingsXml()),
      },
      {
        id: 'rId3',
        type: RELATIONSHIP.fontTable,
        target: part('word/fontTable.xml', CONTENT_TYPE.fontTable, fontTableXml(locale)),
      },
      {
        id: FOOTER_ID,
        type: RELATIONSHIP.footer,
        target: part('word/footer1.xml', CONTENT_TYPE.footer, footerXml(locale)),
      },
    ],
  };
  return zipPackage([
    { id: 'rId1', type: RELATIONSHIP.officeDocument, target: document },
    {
      id: 'rId2',
      type: RELATIONSHIP.coreProperties,
      target: part('docProps/core.xml', CONTENT_TYPE.coreProperties, corePropertiesXml(doc)),
    },
    {
      id: 'rId3',
      type: RELATIONSHIP.extendedProperties,
      target: part('docProps/app.xml', CONTENT_TYPE.extendedProperties, appPropertiesXml()),
    },
  ]);
}
