import { argumentError, guarded } from '../i18n/argument.js';
import type { IssuePath } from '../issues/issue.js';

/**
 * A node of a dependency graph: an id and the ids it depends on.
 *
 * @example
 * ```ts
 * const node: DependencyNode = { id: 'launch', dependsOn: ['beta'] };
 * ```
 */
export interface DependencyNode {
  readonly id: string;
  readonly dependsOn?: readonly string[] | undefined;
}

/**
 * The result of ordering a dependency graph: every node that can be ordered, prerequisites first, and the ids
 * on one dependency cycle when there is one (nodes on a cycle, or depending on one, are left out of `order`).
 *
 * @example
 * ```ts
 * const result: TopologicalOrder = { order: ['beta', 'launch'] };
 * ```
 */
export interface TopologicalOrder {
  readonly order: readonly string[];
  readonly cycle?: readonly string[];
}

/**
 * Orders nodes so that every node comes after all it depends on (Kahn's algorithm, O(V + E)); ties keep the
 * input order. Unknown dependency ids are ignored. A cycle is reported as data, never thrown.
 *
 * @param nodes - The nodes, e.g. a collaboration's milestones (or the collaboration itself).
 * @returns The order and, when the graph has one, a cycle as the list of ids along it.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `nodes` is not a list of nodes with text ids
 *   (and `dependsOn` lists of text), or cannot be read; nothing else.
 * @example
 * ```ts
 * topologicalOrder([{ id: 'b', dependsOn: ['a'] }, { id: 'a' }]); // { order: ['a', 'b'] }
 * topologicalOrder([{ id: 'a', dependsOn: ['b'] }, { id: 'b', dependsOn: ['a'] }]); // { order: [], cycle: ['a', 'b'] }
 * ```
 */
export function topologicalOrder(
  nodes: readonly DependencyNode[] | { readonly milestones: readonly DependencyNode[] },
): TopologicalOrder {
  return guarded(['nodes'], () => {
    const input: unknown = nodes;
    const whole =
      typeof input === 'object' && input !== null && !Array.isArray(input) && 'milestones' in input;
    const list = whole ? (input as { readonly milestones: unknown }).milestones : input;
    const at: IssuePath = whole ? ['nodes', 'milestones'] : ['nodes'];
    const { order, cycle, ids } = indices(list, at);
    const sorted = new Array<string>(order.length);
    for (let i = 0; i < order.length; i++) sorted[i] = ids[order[i]!]!;
    return cycle ? { order: sorted, cycle } : { order: sorted };
  });
}

/**
 * {@link topologicalOrder} on positions: the order as indices into `nodes`, the id → index map it built (first
 * occurrence of each id), and any cycle. Lets callers reuse the map instead of building their own.
 *
 * @param nodes - The nodes.
 * @returns Node indices in order, the id index and a cycle when there is one.
 * @throws {@link CrossdeptError} with code `invalid_argument` as {@link topologicalOrder} does.
 * @example
 * ```ts
 * topologicalIndices([{ id: 'b', dependsOn: ['a'] }, { id: 'a' }]).order; // Int32Array [1, 0]
 * ```
 */
export function topologicalIndices(nodes: readonly DependencyNode[]): {
  readonly order: Int32Array;
  readonly index: ReadonlyMap<string, number>;
  /** For node i, its resolved prerequisites are `prereqs[prereqOffset[i] .. prereqOffset[i + 1])` (node indices). */
  readonly prereqOffset: Int32Array;
  readonly prereqs: Int32Array;
  readonly cycle?: readonly string[];
} {
  return guarded(['nodes'], () => {
    const { ids: _, ...result } = indices(nodes, ['nodes']);
    return result;
  });
}

/**
 * {@link topologicalIndices}, with the nodes' ids, for an argument at `at` (for the messages of its errors).
 * Each node's `id` and `dependsOn` are read once, and checked: `invalid_argument` for a node that is not an
 * object, an id that is not text, a `dependsOn` that is not a list of text. `visit` is called once per node that
 * is the first with its id, right after that node is checked, so a caller can read the rest of the node in the
 * same pass.
 *
 * @internal
 */
export function indices(
  nodes: unknown,
  at: IssuePath,
  visit?: (node: object, i: number) => void,
): {
  readonly order: Int32Array;
  readonly index: ReadonlyMap<string, number>;
  readonly prereqOffset: Int32Array;
  readonly prereqs: Int32Array;
  readonly cycle?: readonly string[];
  readonly ids: readonly string[];
} {
  if (!Array.isArray(nodes)) throw argumentError('invalid_argument', at, { kind: 'nodes' });
  const list = nodes as readonly unknown[];
  const n = list.length;
  const ids = new Array<string>(n);
  const index = new Map<string, number>();
  const first = new Uint8Array(n);
  const prereqOffset = new Int32Array(n + 1);
  // One pass over the nodes: each node object, its list and its prerequisites' ids are touched once (at 100,000
  // nodes every touch of an object is a cache miss). A prerequisite already seen is resolved at once; one named
  // before its node appears is written as -2 - (its place in `later`) and resolved after the pass.
  let edges = new Int32Array(n + 16);
  let count = 0;
  const later: string[] = [];
  for (let i = 0; i < n; i++) {
    const node = list[i];
    if (typeof node !== 'object' || node === null)
      throw argumentError('invalid_argument', [...at, i], { kind: 'node' });
    const { id, dependsOn: deps } = node as { readonly id?: unknown; readonly dependsOn?: unknown };
    if (typeof id !== 'string') throw argumentError('invalid_argument', [...at, i, 'id'], { kind: 'node' });
    if (deps !== undefined && deps !== null && !Array.isArray(deps)) {
      throw argumentError('invalid_argument', [...at, i, 'dependsOn'], { kind: 'node' });
    }
    ids[i] = id;
    prereqOffset[i] = count;
    // A repeated id's node is not part of the graph: its list is only checked.
    const isFirst = index.get(id) === undefined;
    if (isFirst) {
      index.set(id, i);
      first[i] = 1;
    }
    if (deps !== undefined && deps !== null) {
      const names = deps as readonly unknown[];
      const m = names.length;
      if (isFirst && count + m > edges.length) {
        const grown = new Int32Array(Math.max(edges.length * 2, count + m));
        grown.set(edges);
        edges = grown;
      }
      for (let k = 0; k < m; k++) {
        const d = names[k];
        if (typeof d !== 'string') {
          // A hole in a sparse list names nothing (as `every` and a missing id would have it).
          if (d === undefined && !(k in names)) continue;
          throw argumentError('invalid_argument', [...at, i, 'dependsOn'], { kind: 'node' });
        }
        if (!isFirst) continue;
        const j = index.get(d);
        if (j !== undefined) edges[count++] = j;
        else {
          edges[count++] = -2 - later.length;
          later.push(d);
        }
      }
    }
    if (isFirst && visit !== undefined) visit(node, i);
  }
  prereqOffset[n] = count;
  if (later.length > 0) count = resolveLater(edges, later, index, prereqOffset);
  const prereqs = edges.subarray(0, count);
  // Kahn's algorithm on the successors in compressed form (CSR).
  const indegree = new Int32Array(n);
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    indegree[i] = prereqOffset[i + 1]! - prereqOffset[i]!;
  }
  for (let e = 0; e < count; e++) offset[prereqs[e]! + 1]!++;
  for (let i = 0; i < n; i++) offset[i + 1]! += offset[i]!;
  const fill = offset.slice(0, n);
  const successors = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    // Duplicate edges are harmless: Kahn's algorithm counts them both ways.
    for (let e = prereqOffset[i]!; e < prereqOffset[i + 1]!; e++) successors[fill[prereqs[e]!]!++] = i;
  }
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (first[i] && indegree[i] === 0) queue[tail++] = i;
  // A FIFO queue in input order: ties only need to be deterministic.
  for (let head = 0; head < tail; head++) {
    const i = queue[head]!;
    for (let e = offset[i]!; e < offset[i + 1]!; e++) {
      const s = successors[e]!;
      if (--indegree[s]! === 0) queue[tail++] = s;
    }
  }
  const order = queue.subarray(0, tail);
  const result = { order, index, prereqOffset, prereqs, ids };
  return tail === index.size
    ? result
    : { ...result, cycle: findCycle(ids, prereqOffset, prereqs, first, indegree) };
}

/**
 * Resolves the prerequisites named before their node appeared (written as -2 - k for `later[k]`) and drops those
 * no node has, moving the lists together. Returns the new number of edges; `prereqOffset` is updated in place.
 */
function resolveLater(
  edges: Int32Array,
  later: readonly string[],
  index: ReadonlyMap<string, number>,
  prereqOffset: Int32Array,
): number {
  const n = prereqOffset.length - 1;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const from = prereqOffset[i]!;
    const to = prereqOffset[i + 1]!;
    prereqOffset[i] = kept;
    for (let e = from; e < to; e++) {
      let j = edges[e]!;
      if (j < 0) j = index.get(later[-2 - j]!) ?? -1;
      if (j >= 0) edges[kept++] = j;
    }
  }
  prereqOffset[n] = kept;
  return kept;
}

/** Finds one cycle among the nodes left with positive in-degree, walking prerequisites (iterative DFS). */
function findCycle(
  ids: readonly string[],
  prereqOffset: Int32Array,
  prereqs: Int32Array,
  first: Uint8Array,
  indegree: Int32Array,
): string[] {
  const state = new Uint8Array(ids.length); // 0 new, 1 on stack, 2 done
  // The walk's stack: nodes, and for each the next of its prerequisites to follow.
  const nodes: number[] = [];
  const next: number[] = [];
  for (let root = 0; root < ids.length; root++) {
    if (indegree[root]! <= 0 || state[root] !== 0 || !first[root]) continue;
    nodes.push(root);
    next.push(prereqOffset[root]!);
    state[root] = 1;
    while (nodes.length > 0) {
      const top = nodes.length - 1;
      const node = nodes[top]!;
      const e = next[top]!;
      if (e >= prereqOffset[node + 1]!) {
        state[node] = 2;
        nodes.pop();
        next.pop();
        continue;
      }
      next[top] = e + 1;
      const j = prereqs[e]!;
      if (indegree[j]! <= 0) continue;
      if (state[j] === 1) {
        // The stack runs dependent → prerequisite; report the cycle in dependency order (prerequisite first).
        return nodes
          .slice(nodes.indexOf(j))
          .map((k) => ids[k]!)
          .reverse();
      }
      if (state[j] === 0) {
        state[j] = 1;
        nodes.push(j);
        next.push(prereqOffset[j]!);
      }
    }
  }
  return [];
}
