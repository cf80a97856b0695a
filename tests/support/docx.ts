// Reads a Word document back the way a test needs it: unzip the package (fflate, as the writer zips) and read
// word/document.xml's paragraphs, each as its text, after checking that every part's XML is well formed.
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML's (and HTML's) character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref] ?? whole;
  });
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const REFERENCE = /&(?:#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Throws unless `text` (character data or an attribute value) holds only XML characters and known references. */
function checkText(text: string, where: string): void {
  if (NOT_XML_CHAR.test(text)) throw new Error(`${where}: a character XML 1.0 cannot hold`);
  if (text.replace(REFERENCE, '').includes('&')) throw new Error(`${where}: a bare & or an unknown entity`);
}

/**
 * Throws unless the XML is well formed, as an XML parser with namespaces reads it: an optional declaration, then
 * one root element; every start tag closed in order; attributes written name="value" once each; only the five
 * predefined entities and character references; every prefix (of an element or an attribute) declared on the
 * element or an ancestor. Comments, processing instructions, CDATA and DOCTYPE do not occur in a Word package,
 * so they are refused too.
 */
export function expectWellFormedXml(xml: string, name: string): void {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"(?: standalone="yes")?\?>\s*/, '');
  if (body.startsWith('<?xml')) throw new Error(`${name}: an unexpected XML declaration`);
  const stack: { tag: string; prefixes: Set<string> }[] = [];
  let roots = 0;
  let at = 0;
  while (at < body.length) {
    const lt = body.indexOf('<', at);
    const text = body.slice(at, lt < 0 ? body.length : lt);
    if (text !== '') {
      if (stack.length === 0 && text.trim() !== '') throw new Error(`${name}: text outside the root element`);
      if (text.includes('>')) throw new Error(`${name}: a stray > in text`);
      checkText(text, name);
    }
    if (lt < 0) break;
    const gt = body.indexOf('>', lt);
    if (gt < 0) throw new Error(`${name}: a tag is never closed`);
    const tag = body.slice(lt + 1, gt);
    at = gt + 1;
    if (tag.startsWith('/')) {
      const closing = tag.slice(1).trimEnd();
      const open = stack.pop();
      if (open?.tag !== closing) throw new Error(`${name}: </${closing}> closes <${open?.tag}>`);
      continue;
    }
    if (/^[!?]/.test(tag))
      throw new Error(`${name}: a comment, instruction or declaration <${tag.slice(0, 20)}>`);
    const selfClosing = tag.endsWith('/');
    const m = /^([^\s/]+)((?:\s+[^\s=]+\s*=\s*"[^"<]*")*)\s*\/?$/.exec(tag);
    if (m === null) throw new Error(`${name}: a malformed tag <${tag.slice(0, 60)}>`);
    const element = m[1]!;
    if (!NAME.test(element)) throw new Error(`${name}: a bad element name ${element}`);
    const attributes = [...m[2]!.matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)].map((a) => [a[1]!, a[2]!] as const);
    const seen = new Set<string>();
    const prefixes = new Set(stack.at(-1)?.prefixes ?? ['xml']);
    for (const [attribute, value] of attributes) {
      if (!NAME.test(attribute)) throw new Error(`${name}: a bad attribute name ${attribute}`);
      if (seen.has(attribute)) throw new Error(`${name}: ${attribute} twice on <${element}>`);
      seen.add(attribute);
      checkText(value, `${name} ${element}@${attribute}`);
      if (attribute.startsWith('xmlns:')) prefixes.add(attribute.slice(6));
    }
    for (const qualified of [element, ...seen]) {
      const prefix = qualified.includes(':') ? qualified.slice(0, qualified.indexOf(':')) : undefined;
      if (prefix !== undefined && prefix !== 'xmlns' && !prefixes.has(prefix))
        throw new Error(`${name}: the prefix ${prefix} of ${qualified} is not declared`);
    }
    if (stack.length === 0) roots++;
    if (roots > 1) throw new Error(`${name}: more than one root element`);
    if (!selfClosing) stack.push({ tag: element, prefixes });
  }
  if (stack.length > 0) throw new Error(`${name}: <${stack.at(-1)!.tag}> is never closed`);
  if (roots !== 1) throw new Error(`${name}: no root element`);
}

/** `word/document.xml` → `word/_rels/document.xml.rels`; the package's own relationships are `_rels/.rels`. */
function relationshipsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name: relative to its source's folder, or absolute from the root. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const segments: string[] = [];
  for (const segment of `${folder}${target}`.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/**
 * Throws unless the package holds together as Word requires: the package's relationships name a main document;
 * every internal relationship's target is in the package and has a content type; every `r:id` a part uses is one
 * of that part's relationships; every relationship id is unique in its part; `[Content_Types].xml` names only
 * parts that exist.
 */
export function expectCompletePackage(
  parts: Readonly<Record<string, string>>,
  names: readonly string[],
): void {
  const types = parts['[Content_Types].xml'] ?? '';
  const defaults = new Set(
    [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()),
  );
  const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]!);
  for (const o of overrides)
    if (!names.includes(o)) throw new Error(`[Content_Types].xml names a missing /${o}`);
  for (const part of names) {
    if (part === '[Content_Types].xml') continue;
    const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.includes(part) && !defaults.has(extension)) throw new Error(`${part} has no content type`);
  }
  const rootRels = parts['_rels/.rels'] ?? '';
  if (
    !/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument"/.test(
      rootRels,
    )
  )
    throw new Error('_rels/.rels names no main document');
  for (const [path, xml] of Object.entries(parts)) {
    if (!path.endsWith('.rels')) continue;
    const source = path === '_rels/.rels' ? '' : path.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const ids = new Set<string>();
    for (const m of xml.matchAll(/<Relationship ([^>]*)\/>/g)) {
      const attribute = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[1]!)?.[1];
      const id = attribute('Id')!;
      if (ids.has(id)) throw new Error(`${path}: the id ${id} twice`);
      ids.add(id);
      if (attribute('TargetMode') === 'External') continue;
      const target = resolveTarget(source, unescapeXml(attribute('Target')!));
      if (!names.includes(target)) throw new Error(`${path}: ${id} names a missing part ${target}`);
    }
    if (source !== '') {
      const used = [...(parts[source] ?? '').matchAll(/\br:(?:id|embed|link)="([^"]*)"/g)].map((u) => u[1]!);
      for (const id of used) if (!ids.has(id)) throw new Error(`${source} uses ${id}, not in ${path}`);
    }
  }
  for (const [path, xml] of Object.entries(parts)) {
    if (path.endsWith('.rels') || path === '[Content_Types].xml') continue;
    if (/\br:(?:id|embed|link)="/.test(xml) && parts[relationshipsOf(path)] === undefined)
      throw new Error(`${path} uses relationships but has no ${relationshipsOf(path)}`);
  }
}

/** A read-back Word document: its parts by path (XML as text) and its body's paragraphs. */
export interface DocxContent {
  readonly parts: Readonly<Record<string, string>>;
  /** Each paragraph of word/document.xml (table cells included), tabs as `\t`, line breaks as `\n`. */
  readonly paragraphs: readonly string[];
}

/**
 * Unzips a `.docx` and reads it back; throws when it is not a zip, misses its main parts, has malformed XML, or
 * names a part (in a relationship or a content type) that is not in the package.
 */
export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('.xml') || path.endsWith('.rels')) {
      parts[path] = strFromU8(data);
      expectWellFormedXml(parts[path]!, path);
    }
  }
  for (const required of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']) {
    if (parts[required] === undefined) throw new Error(`missing part ${required}`);
  }
  expectCompletePackage(parts, Object.keys(files));
  const document = parts['word/document.xml']!;
  const paragraphs = [...document.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/g)].map(
    (m) =>
      [...(m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map((r) => (r[0] === '<w:tab/>' ? '\t' : r[0] === '<w:br/>' ? '\n' : unescapeXml(r[1]!)))
        .join(''),
  );
  return { parts, paragraphs };
}

/**
 * The texts of an HTML rendering's blocks (title, headings, paragraphs, list items, table cells) in document
 * order, as the Word rendering of the same template has them as paragraphs.
 */
export function htmlTexts(html: string): string[] {
  const main = html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>'));
  // The collapsible technical trace is for the screen; a printed document leaves it out, as Markdown does.
  return main
    .replace(/<details>[\s\S]*?<\/details>/g, '')
    .replace(/<br>/g, '\n')
    .split(/<\/(?:h[1-4]|p|li|td|th)>/)
    .map((chunk) => unescapeXml(chunk.replace(/<[^>]*>/g, '')));
}

/** Text compared across renderings: no whitespace (separators differ), one tick-box glyph, no list markers. */
export function comparable(texts: readonly string[]): string[] {
  return texts
    .map((t) =>
      t
        .replace(/^(?:•|\d+\.)(?:\t|$)/, '')
        .replace(/□/g, '☐')
        .replace(/\s+/g, ''),
    )
    .filter((t) => t !== '');
}
