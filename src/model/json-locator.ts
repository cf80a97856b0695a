import type { IssuePath } from '../issues/issue.js';
import { scanJson } from './json-scan.js';

interface Node {
  readonly children: Map<string, Node>;
  offset?: number;
}

/**
 * Finds where the values at some paths start in JSON text, in one pass of the JSON scanner over the text for
 * all of them: the paths are put in a tree, and the scanner follows the tree as it reads (so finding a hundred
 * paths in 20 MiB costs one pass, not a hundred, and no second parser). A path that is not in the text (a missing
 * field) gets the offset of its nearest ancestor that is.
 *
 * @param text - Valid JSON text.
 * @param paths - The paths to find.
 * @returns Per path, the UTF-16 offset where its value (or nearest present ancestor) starts.
 * @example
 * ```ts
 * locateJsonPaths('{"a": [1, {"b": 2}]}', [['a', 1, 'b'], ['a', 5]]); // [16, 6]
 * ```
 */
export function locateJsonPaths(text: string, paths: readonly IssuePath[]): (number | undefined)[] {
  const root: Node = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      const key = String(segment);
      let child = node.children.get(key);
      if (child === undefined) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
  }
  // The nodes of the tree along the scanner's current path; undefined below a value no path goes through.
  const stack: (Node | undefined)[] = [];
  scanJson(text, {
    listener: {
      value(offset, segment, opens) {
        const parent = stack.length === 0 ? undefined : stack[stack.length - 1];
        const node = segment === undefined ? root : parent?.children.get(String(segment));
        if (node !== undefined) node.offset = offset;
        if (opens) stack.push(node !== undefined && node.children.size > 0 ? node : undefined);
      },
      close() {
        stack.pop();
      },
    },
  });
  return paths.map((path) => {
    let node: Node | undefined = root;
    let found = root.offset;
    for (const segment of path) {
      node = node?.children.get(String(segment));
      if (node?.offset === undefined) break;
      found = node.offset;
    }
    return found;
  });
}
