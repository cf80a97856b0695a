import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { IssuePath } from '../issues/issue.js';

/** A 1-based line and column in a text, when known. @example `const at: TextPosition = { line: 3, column: 7 };` */
export interface TextPosition {
  readonly line?: number;
  readonly column?: number;
}

/** The key of a map entry as the plain object gets it (`1` and `"1"` are the same key there). */
function keyOf(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/**
 * The offsets of keys that repeat a key of the same map, in one walk of the document with one set per map
 * (linear, where the yaml library's `uniqueKeys` compares every key with every other). Keys are compared as the
 * plain object will hold them, so `1` and `"1"` are the same key.
 *
 * @param doc - A parsed document.
 * @returns The offsets of the repeated keys, in document order.
 * @example
 * ```ts
 * import { parseDocument } from 'yaml';
 *
 * duplicateKeyOffsets(parseDocument('a: 1\na: 2\n', { uniqueKeys: false })); // [5]
 * ```
 */
export function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      // Most maps are small: a set per map would cost more than the map's nodes themselves.
      const seen = node.items.length > 16 ? new Set<string>() : undefined;
      const keys: (string | undefined)[] = [];
      for (const pair of node.items) {
        const key = keyOf(pair.key);
        if (key === undefined) stack.push(pair.key);
        else if (seen === undefined ? keys.includes(key) : seen.has(key)) {
          const range = (pair.key as Node).range;
          if (range) offsets.push(range[0]);
        } else if (seen === undefined) keys.push(key);
        else seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return offsets.sort((a, b) => a - b);
}

/**
 * Finds the line and column of paths in a YAML document: the node at each path, or its nearest ancestor in the
 * text. A map is indexed (key → node) the first time a path goes through it, so locating many issues in a map of
 * 40,000 keys costs one index, not a linear search per issue.
 *
 * @param doc - A parsed document.
 * @param lines - The line counter the document was parsed with.
 * @returns A function from paths to positions.
 * @example
 * ```ts
 * import { LineCounter, parseDocument } from 'yaml';
 *
 * const lines = new LineCounter();
 * const locate = yamlLocator(parseDocument('a: [1, 2]\n', { lineCounter: lines }), lines);
 * locate([['a', 1]]); // [{ line: 1, column: 8 }]
 * ```
 */
export function yamlLocator(
  doc: Document.Parsed,
  lines: LineCounter,
): (paths: readonly IssuePath[]) => TextPosition[] {
  const indexes = new Map<object, Map<string, unknown>>();
  const child = (node: unknown, segment: string | number): unknown => {
    if (isSeq(node)) return typeof segment === 'number' ? node.items[segment] : undefined;
    if (!isMap(node)) return undefined;
    let index = indexes.get(node);
    if (index === undefined) {
      index = new Map();
      for (const pair of node.items) {
        const key = keyOf(pair.key);
        if (key !== undefined && !index.has(key)) index.set(key, pair.value);
      }
      indexes.set(node, index);
    }
    return index.get(String(segment));
  };
  const rangeOf = (node: unknown): number | undefined => {
    const range = (node as { range?: unknown } | null | undefined)?.range;
    return Array.isArray(range) ? (range[0] as number) : undefined;
  };
  return (paths) =>
    paths.map((path) => {
      let node: unknown = doc.contents;
      let offset = rangeOf(node);
      for (const segment of path) {
        node = child(node, segment);
        const here = rangeOf(node);
        if (here === undefined) break;
        offset = here;
      }
      if (offset === undefined) return {};
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    });
}
