// word/settings.xml: how Word treats the document as a whole.
import { WORD_NAMESPACES, XML_DECLARATION } from './xml.js';

/**
 * word/settings.xml: half-inch default tab stops, and the layout rules of Word 2013 and later
 * (`compatibilityMode` 15), so Word opens the document without the compatibility-mode banner.
 *
 * @returns The part's XML.
 * @example
 * ```ts
 * settingsXml().includes('w:name="compatibilityMode"'); // true
 * ```
 */
export function settingsXml(): string {
  return (
    `${XML_DECLARATION}<w:settings ${WORD_NAMESPACES}><w:defaultTabStop w:val="720"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" ' +
    'w:val="15"/></w:compat></w:settings>'
  );
}
