// What a save may write: text that parses (a collaboration, or the PMO configuration), and edits applied to the
// file's own text so that comments, key order and the formatting of every untouched part stay as they were.
import { isScalar, parseDocument, stringify } from 'yaml';
import { type CrossdeptIssue, type Locale, loadCollaboration, loadRulesConfig } from '../../index.js';
import { formatOf } from '../files.js';

/** What kind of file a save writes. @example `const kind: SavedKind = 'config';` */
export type SavedKind = 'collaboration' | 'config';

/**
 * The issues that keep a text from being saved: the parser's for a collaboration, `config check`'s for the PMO
 * configuration. Empty when the text may be written.
 *
 * @param text - The text to write.
 * @param name - The file's name (its extension picks JSON or YAML).
 * @param kind - What the file holds.
 * @param locale - The locale of the messages.
 * @returns The issues, each with its path, line and column.
 * @example
 * ```ts
 * import { saveIssues } from './save.js';
 *
 * saveIssues('id: [', 'a.yaml', 'collaboration', 'en').length > 0; // true
 * ```
 */
export function saveIssues(
  text: string,
  name: string,
  kind: SavedKind,
  locale: Locale,
): readonly CrossdeptIssue[] {
  const format = formatOf(name);
  const result =
    kind === 'config'
      ? loadRulesConfig(text, { format, locale })
      : loadCollaboration(text, { format, locale });
  return result.success ? [] : result.issues;
}

/**
 * One edit of a value: the value at `path` becomes `value` (a string, number, boolean or null).
 *
 * @example
 * ```ts
 * import type { ValueEdit } from './save.js';
 *
 * const edit: ValueEdit = { path: ['milestones', 4, 'status'], value: 'blocked' };
 * ```
 */
export interface ValueEdit {
  readonly path: readonly (string | number)[];
  readonly value: string | number | boolean | null;
}

/** Reads a request's edits, or undefined when they are not a list of {@link ValueEdit}s (at most 100). */
export function readEdits(body: unknown): readonly ValueEdit[] | undefined {
  const edits = (body as { readonly set?: unknown } | null)?.set;
  if (!Array.isArray(edits) || edits.length === 0 || edits.length > 100) return undefined;
  const ok = edits.every((e: unknown) => {
    if (typeof e !== 'object' || e === null) return false;
    const { path, value } = e as { path?: unknown; value?: unknown };
    const scalar =
      value === null || ['string', 'boolean'].includes(typeof value) || Number.isFinite(value as number);
    return (
      scalar &&
      Array.isArray(path) &&
      path.length > 0 &&
      path.length <= 32 &&
      path.every(
        (p) => (typeof p === 'string' && p.length <= 200) || (Number.isInteger(p) && (p as number) >= 0),
      )
    );
  });
  return ok ? (edits as ValueEdit[]) : undefined;
}

/**
 * The ways a scalar can be written on one line, preferred first: YAML's own form (plain where it can be), then
 * JSON's, which YAML reads as a double-quoted string in block and flow context alike.
 */
function scalarTexts(value: ValueEdit['value'], json: boolean): string[] {
  if (json) return [JSON.stringify(value)];
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  return text.includes('\n') ? [JSON.stringify(value)] : [text, JSON.stringify(value)];
}

/** Whether a text parses without an error and holds `value` at `path`. */
function holds(text: string, edit: ValueEdit): boolean {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return false;
  const node = doc.getIn(edit.path, true);
  return isScalar(node) && node.value === edit.value;
}

/**
 * Applies edits to a file's text through the yaml library's Document API. A value that already exists as a
 * scalar is replaced where it stands — only its characters change, so comments, key order, flow or block style
 * and every other line stay byte for byte; a value that does not exist yet is added by the Document API, which
 * keeps comments and key order.
 *
 * @param text - The file's text (YAML, or JSON).
 * @param name - The file's name (its extension picks how values are written).
 * @param edits - The edits, applied in order.
 * @returns The new text, or undefined when the text does not parse as YAML.
 * @example
 * ```ts
 * import { applyEdits } from './save.js';
 *
 * applyEdits('a: 1 # one\n', 'a.yaml', [{ path: ['a'], value: 2 }]); // 'a: 2 # one\n'
 * ```
 */
export function applyEdits(text: string, name: string, edits: readonly ValueEdit[]): string | undefined {
  const json = formatOf(name) === 'json';
  let current = text;
  for (const edit of edits) {
    const doc = parseDocument(current, { keepSourceTokens: true, uniqueKeys: false });
    if (doc.errors.length > 0) return undefined;
    const node = doc.getIn(edit.path, true);
    if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      const written = scalarTexts(edit.value, json)
        .map((scalar) => current.slice(0, start) + scalar + current.slice(end))
        .find((text) => holds(text, edit));
      if (written === undefined) return undefined;
      current = written;
    } else {
      if (node !== undefined && !isScalar(node)) return undefined; // a map or list is not replaced by a value
      doc.setIn(edit.path, edit.value);
      current = json ? `${JSON.stringify(doc.toJS(), null, 2)}\n` : doc.toString();
    }
  }
  return current;
}
