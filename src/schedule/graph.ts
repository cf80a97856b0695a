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
 * object, an id that is not text, a `dependsOn` that is not a list of text.
 *
 * @internal
 */
export function indices(
  nodes: unknown,
  at: IssuePath,
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
  const dependsOn = new Array<readonly string[] | undefined>(n);
  const index = new Map<string, number>();
  const first = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const node = list[i];
    if (typeof node !== 'object' || node === null)
      throw argumentError('invalid_argument', [...at, i], { kind: 'node' });
    const { id, dependsOn: deps } = node as { readonly id?: unknown; readonly dependsOn?: unknown };
    if (typeof id !== 'string') throw argumentError('invalid_argument', [...at, i, 'id'], { kind: 'node' });
    if (deps !== undefined && deps !== null) {
      if (!Array.isArray(deps) || !(deps as readonly unknown[]).every((d) => typeof d === 'string')) {
        throw argumentError('invalid_argument', [...at, i, 'dependsOn'], { kind: 'node' });
      }
      dependsOn[i] = deps as readonly string[];
    }
    ids[i] = id;
    if (index.get(id) === undefined) {
      index.set(id, i);
      first[i] = 1;
    }
  }
  // Prerequisites and successors in compressed form (CSR); each reference is looked up once.
  const indegree = new Int32Array(n);
  const outCount = new Int32Array(n);
  const prereqOffset = new Int32Array(n + 1);
  const prereqList: number[] = [];
  for (let i = 0; i < n; i++) {
    prereqOffset[i] = prereqList.length;
    const deps = dependsOn[i];
    if (!first[i] || !deps) continue;
    for (let k = 0; k < deps.length; k++) {
      const j = index.get(deps[k]!);
      if (j === undefined) continue; // duplicate edges are harmless: Kahn's algorithm counts them both ways
      prereqList.push(j);
      outCount[j]!++;
      indegree[i]!++;
    }
  }
  prereqOffset[n] = prereqList.length;
  const prereqs = Int32Array.from(prereqList);
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i]! + outCount[i]!;
  const fill = offset.slice(0, n);
  const successors = new Int32Array(prereqs.length);
  for (let i = 0; i < n; i++) {
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
  return tail === index.size ? result : { ...result, cycle: findCycle(ids, dependsOn, index, indegree) };
}

/** Finds one cycle among the nodes left with positive in-degree, walking prerequisites (iterative DFS). */
function findCycle(
  ids: readonly string[],
  dependsOn: readonly (readonly string[] | undefined)[],
  index: ReadonlyMap<string, number>,
  indegree: Int32Array,
): string[] {
  const state = new Array<number>(ids.length).fill(0); // 0 new, 1 on stack, 2 done
  for (let root = 0; root < ids.length; root++) {
    if (indegree[root]! <= 0 || state[root] !== 0 || index.get(ids[root]!) !== root) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const deps = dependsOn[frame.node] ?? [];
      if (frame.next >= deps.length) {
        state[frame.node] = 2;
        stack.pop();
        continue;
      }
      const j = index.get(deps[frame.next++]!);
      if (j === undefined || indegree[j]! <= 0) continue;
      if (state[j] === 1) {
        const at = stack.findIndex((f) => f.node === j);
        // The stack runs dependent → prerequisite; report the cycle in dependency order (prerequisite first).
        return stack
          .slice(at)
          .map((f) => ids[f.node]!)
          .reverse();
      }
      if (state[j] === 0) {
        state[j] = 1;
        stack.push({ node: j, next: 0 });
      }
    }
  }
  return [];
}
