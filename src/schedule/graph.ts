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
 * @param nodes - The nodes, e.g. a collaboration's milestones.
 * @returns The order and, when the graph has one, a cycle as the list of ids along it.
 * @example
 * ```ts
 * topologicalOrder([{ id: 'b', dependsOn: ['a'] }, { id: 'a' }]); // { order: ['a', 'b'] }
 * topologicalOrder([{ id: 'a', dependsOn: ['b'] }, { id: 'b', dependsOn: ['a'] }]); // { order: [], cycle: ['a', 'b'] }
 * ```
 */
export function topologicalOrder(nodes: readonly DependencyNode[]): TopologicalOrder {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!index.has(n.id)) index.set(n.id, i);
  });
  const indegree = new Array<number>(nodes.length).fill(0);
  const successors: number[][] = nodes.map(() => []);
  nodes.forEach((n, i) => {
    if (index.get(n.id) !== i) return;
    for (const dep of new Set(n.dependsOn ?? [])) {
      const j = index.get(dep);
      if (j === undefined) continue;
      successors[j]!.push(i);
      indegree[i]!++;
    }
  });
  const order: string[] = [];
  const queue: number[] = [];
  nodes.forEach((n, i) => {
    if (index.get(n.id) === i && indegree[i] === 0) queue.push(i);
  });
  // A queue in input order: a min-heap is unnecessary because ties only need to be deterministic.
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    order.push(nodes[i]!.id);
    for (const s of successors[i]!) {
      indegree[s]!--;
      if (indegree[s] === 0) queue.push(s);
    }
  }
  if (order.length === index.size) return { order };
  return { order, cycle: findCycle(nodes, index, indegree) };
}

/** Finds one cycle among the nodes left with positive in-degree, walking prerequisites (iterative DFS). */
function findCycle(
  nodes: readonly DependencyNode[],
  index: ReadonlyMap<string, number>,
  indegree: readonly number[],
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
