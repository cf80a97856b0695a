// docProps/core.xml and docProps/app.xml: the document's title, author and language, and the application that
// wrote it. Neither carries a date (dcterms:created, dcterms:modified), so the same document gives the same bytes.
import type { TemplateDocument } from '../../document.js';
import { documentLanguage } from './styles.js';
import { escapeXml, XML_DECLARATION } from './xml.js';

/**
 * docProps/core.xml: the title (with the subject after a middle dot, white space collapsed), crossdept as the
 * creator, and the locale's language; no date.
 *
 * @param doc - The document.
 * @returns The part's XML.
 * @example
 * ```ts
 * corePropertiesXml({ locale: 'en', title: 'Kickoff', subject: 'Launch', blocks: [] })
 *   .includes('<dc:title>Kickoff · Launch</dc:title>'); // true
 * ```
 */
export function corePropertiesXml(doc: TemplateDocument): string {
  const title = doc.subject === undefined ? doc.title : `${doc.title} · ${doc.subject}`;
  return (
    `${XML_DECLARATION}<cp:coreProperties ` +
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title.replace(/\s+/g, ' '))}</dc:title>` +
    '<dc:creator>crossdept</dc:creator>' +
    `<dc:language>${documentLanguage(doc.locale)}</dc:language>` +
    '</cp:coreProperties>'
  );
}

/**
 * docProps/app.xml: the application that wrote the document, without a version (the bytes would change with
 * every release) or statistics (only an application that lays the pages out can count them).
 *
 * @returns The part's XML.
 * @example
 * ```ts
 * appPropertiesXml().includes('<Application>crossdept</Application>'); // true
 * ```
 */
export function appPropertiesXml(): string {
  return (
    `${XML_DECLARATION}<Properties ` +
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>crossdept</Application></Properties>'
  );
}
