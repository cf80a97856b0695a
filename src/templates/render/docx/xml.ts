// The XML a Word package is written in: its declaration, its namespaces, and text made safe to put in it.

/**
 * The declaration every part of the package opens with.
 *
 * @example
 * ```ts
 * XML_DECLARATION.startsWith('<?xml version="1.0"'); // true
 * ```
 */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * WordprocessingML's main namespace and the relationships namespace (`r:id`), declared on the root element of
 * each part that uses them.
 *
 * @example
 * ```ts
 * const root = `<w:document ${WORD_NAMESPACES}>`;
 * ```
 */
export const WORD_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Everything XML 1.0 cannot hold: control characters other than tab and line ends, lone surrogates, U+FFFE/F. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const MARKUP = /[&<>"]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Drops what XML 1.0 cannot hold (control characters, lone surrogates), which would make Word refuse the file.
 *
 * @param text - Any text.
 * @returns The text without those characters.
 * @example
 * ```ts
 * withoutXmlControls('a\u0000b\u001fc'); // 'abc'
 * ```
 */
export function withoutXmlControls(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Text as XML character data or an attribute value: markup characters escaped, characters XML 1.0 forbids dropped.
 *
 * @param text - Any text.
 * @returns The text, safe between tags and between double quotes.
 * @example
 * ```ts
 * escapeXml('R&D <"team">'); // 'R&amp;D &lt;&quot;team&quot;&gt;'
 * ```
 */
export function escapeXml(text: string): string {
  return withoutXmlControls(text).replace(MARKUP, (c) => ESCAPES[c]!);
}
