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
 * @example
 * ```ts
 * topologicalOrder([{ id: 'b', dependsOn: ['a'] }, { id: 'a' }]); // { order: ['a', 'b'] }
 * topologicalOrder([{ id: 'a', dependsOn: ['b'] }, { id: 'b', dependsOn: ['a'] }]); // { order: [], cycle: ['a', 'b'] }
 * ```
 */
export function topologicalOrder(
  nodes: readonly DependencyNode[] | { readonly milestones: readonly DependencyNode[] },
): TopologicalOrder {
  const list = 'milestones' in nodes ? nodes.milestones : nodes;
  const { order, cycle } = topologicalIndices(list);
  const ids = new Array<string>(order.length);
  for (let i = 0; i < order.length; i++) ids[i] = list[order[i]!]!.id;
  return cycle ? { order: ids, cycle } : { order: ids };
}

/**
 * {@link topologicalOrder} on positions: the order as indices into `nodes`, the id → index map it built (first
 * occurrence of each id), and any cycle. Lets callers reuse the map instead of building their own.
 *
 * @param nodes - The nodes.
 * @returns Node indices in order, the id index and a cycle when there is one.
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
  const n = nodes.length;
  const index = new Map<string, number>();
  const first = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = nodes[i]!.id;
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
    const deps = nodes[i]!.dependsOn;
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
  const result = { order, index, prereqOffset, prereqs };
  return tail === index.size ? result : { ...result, cycle: findCycle(nodes, index, indegree) };
}

/** Finds one cycle among the nodes left with positive in-degree, walking prerequisites (iterative DFS). */
function findCycle(
  nodes: readonly DependencyNode[],
  index: ReadonlyMap<string, number>,
  indegree: Int32Array,
): string[] {
  const state = new Array<number>(nodes.length).fill(0); // 0 new, 1 on stack, 2 done
  for (let root = 0; root < nodes.length; root++) {
    if (indegree[root]! <= 0 || state[root] !== 0 || index.get(nodes[root]!.id) !== root) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const deps = nodes[frame.node]!.dependsOn ?? [];
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
          .map((f) => nodes[f.node]!.id)
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
