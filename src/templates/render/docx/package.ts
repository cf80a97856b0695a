// The Open Packaging Conventions around a Word document's parts: the content types, the relationship parts that
// tie the parts together, and the zip that holds them, dated so that no clock is read.
import { zipSync } from 'fflate';
import { escapeXml, XML_DECLARATION } from './xml.js';

/**
 * A part of the package: where it lives, what it is, its XML and the parts it refers to.
 *
 * @example
 * ```ts
 * const part: PackagePart = { path: 'word/settings.xml', contentType: 'application/xml', xml: '<x/>' };
 * ```
 */
export interface PackagePart {
  /** Its name in the package, without a leading slash: `word/document.xml`. */
  readonly path: string;
  readonly contentType: string;
  readonly xml: string;
  readonly relationships?: readonly PackageRelationship[];
}

/**
 * A reference from the package (or from a part) to a part: its id, unique among its source's relationships
 * (`rId1`), and its type URI.
 *
 * @example
 * ```ts
 * const settings: PackagePart = { path: 'word/settings.xml', contentType: 'application/xml', xml: '<x/>' };
 * const relationship: PackageRelationship = { id: 'rId2', type: RELATIONSHIP.settings, target: settings };
 * ```
 */
export interface PackageRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: PackagePart;
}

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The relationship types a Word document uses.
 *
 * @example
 * ```ts
 * RELATIONSHIP.officeDocument.endsWith('/officeDocument'); // true
 * ```
 */
export const RELATIONSHIP = {
  officeDocument: `${OFFICE}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${OFFICE}/extended-properties`,
  styles: `${OFFICE}/styles`,
  settings: `${OFFICE}/settings`,
  fontTable: `${OFFICE}/fontTable`,
  footer: `${OFFICE}/footer`,
} as const;

const WORDPROCESSING = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/**
 * The content types of a Word document's parts.
 *
 * @example
 * ```ts
 * CONTENT_TYPE.document; // 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
 * ```
 */
export const CONTENT_TYPE = {
  document: `${WORDPROCESSING}.document.main+xml`,
  styles: `${WORDPROCESSING}.styles+xml`,
  settings: `${WORDPROCESSING}.settings+xml`,
  fontTable: `${WORDPROCESSING}.fontTable+xml`,
  footer: `${WORDPROCESSING}.footer+xml`,
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

const RELATIONSHIPS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

/** Every entry of the package is dated 1980-01-01, the first date a zip file can hold, so no clock is read. */
const ZIP_DATE = new Date(1980, 0, 1);

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `word/document.xml` → `word/_rels/document.xml.rels`; the package's own are `_rels/.rels`. */
function relationshipsPath(source: string | undefined): string {
  if (source === undefined) return '_rels/.rels';
  const folder = folderOf(source);
  const name = source.slice(folder === '' ? 0 : folder.length + 1);
  return `${folder === '' ? '' : `${folder}/`}_rels/${name}.rels`;
}

/** A target relative to its source's folder when it lies below it, else from the package root. */
function targetFrom(source: string | undefined, target: string): string {
  const folder = source === undefined ? '' : folderOf(source);
  if (folder === '') return target;
  return target.startsWith(`${folder}/`) ? target.slice(folder.length + 1) : `/${target}`;
}

function relationshipsXml(source: string | undefined, relationships: readonly PackageRelationship[]): string {
  const items = relationships.map(
    (r) =>
      `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" ` +
      `Target="${escapeXml(targetFrom(source, r.target.path))}"/>`,
  );
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `${items.join('')}</Relationships>`
  );
}

function contentTypesXml(parts: readonly PackagePart[]): string {
  const overrides = parts.map(
    (p) => `<Override PartName="/${escapeXml(p.path)}" ContentType="${escapeXml(p.contentType)}"/>`,
  );
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${RELATIONSHIPS_TYPE}"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join('')}</Types>`
  );
}

/**
 * Zips a package from its relationships: every part they reach (once, however many refer to it), a relationship
 * part beside each source that has relationships, and `[Content_Types].xml` naming each part's type, so every
 * target a relationship names is in the package. The same parts always give the same bytes: entries are dated
 * 1980-01-01 and compressed at a fixed level.
 *
 * @param relationships - The package's own relationships (`_rels/.rels`): its main document and properties.
 * @returns The zip file's bytes.
 * @example
 * ```ts
 * const document: PackagePart = { path: 'word/document.xml', contentType: CONTENT_TYPE.document, xml: '<w:document/>' };
 * const bytes = zipPackage([{ id: 'rId1', type: RELATIONSHIP.officeDocument, target: document }]);
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // true: a zip file
 * ```
 */
export function zipPackage(relationships: readonly PackageRelationship[]): Uint8Array {
  const parts: PackagePart[] = [];
  const files: { path: string; xml: string }[] = [
    { path: '_rels/.rels', xml: relationshipsXml(undefined, relationships) },
  ];
  const seen = new Set<string>();
  const visit = (part: PackagePart): void => {
    if (seen.has(part.path)) return;
    seen.add(part.path);
    parts.push(part);
    files.push({ path: part.path, xml: part.xml });
    const own = part.relationships ?? [];
    if (own.length > 0)
      files.push({ path: relationshipsPath(part.path), xml: relationshipsXml(part.path, own) });
    for (const r of own) visit(r.target);
  };
  for (const r of relationships) visit(r.target);

  const encoder = new TextEncoder();
  const entries: Record<string, Uint8Array> = {
    '[Content_Types].xml': encoder.encode(contentTypesXml(parts)),
  };
  for (const file of files) entries[file.path] = encoder.encode(file.xml);
  return zipSync(entries, { mtime: ZIP_DATE, level: 6 });
}
