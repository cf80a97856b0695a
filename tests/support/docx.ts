// Reads a Word document back the way a test needs it: unzip the package (fflate, as docx itself zips) and read
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

/** Throws unless every start tag has its end tag, in order (a well-formedness check without a DOM). */
export function expectWellFormedXml(xml: string, name: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)([^>]*?)(\/?)>/g)) {
    const [, close, tag, , selfClosing] = m;
    if (selfClosing === '/') continue;
    if (close === '/') {
      const open = stack.pop();
      if (open !== tag) throw new Error(`${name}: </${tag}> closes <${open}>`);
    } else stack.push(tag!);
  }
  if (stack.length > 0) throw new Error(`${name}: <${stack.at(-1)}> is never closed`);
  if (/[<>]/.test(body.replace(/<[^<>]*>/g, ''))) throw new Error(`${name}: a stray < or > in text`);
}

/** A read-back Word document: its parts by path (XML as text) and its body's paragraphs. */
export interface DocxContent {
  readonly parts: Readonly<Record<string, string>>;
  /** Each paragraph of word/document.xml (table cells included), tabs as `\t`, line breaks as `\n`. */
  readonly paragraphs: readonly string[];
}

/**
 * Unzips a `.docx` and reads it back; throws when it is not a zip, misses its main parts, or has malformed XML.
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
