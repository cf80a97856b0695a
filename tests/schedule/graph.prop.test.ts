import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DependencyNode, topologicalOrder } from '../../src/schedule/graph.js';

/** Random DAGs: node i may depend only on nodes with a smaller index; the list is then shuffled. */
const dagArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), {
          maxLength: i === 0 ? 0 : Math.min(i, 4),
        }),
      ),
    ),
  )
  .map((deps) => deps.map((d, i): DependencyNode => ({ id: `n${i}`, dependsOn: d.map((j) => `n${j}`) })))
  .chain((nodes) => fc.shuffledSubarray(nodes, { minLength: nodes.length, maxLength: nodes.length }));

describe('topologicalOrder', () => {
  it('orders a simple chain', () => {
    expect(topologicalOrder([{ id: 'b', dependsOn: ['a'] }, { id: 'a' }])).toEqual({ order: ['a', 'b'] });
  });

  it('reports a two-node cycle as data', () => {
    const result = topologicalOrder([
      { id: 'a', dependsOn: ['b'] },
      { id: 'b', dependsOn: ['a'] },
      { id: 'c' },
    ]);
    expect(result.order).toEqual(['c']);
    expect([...(result.cycle ?? [])].sort()).toEqual(['a', 'b']);
  });

  it('reports a self-dependency as a cycle of one', () => {
    expect(topologicalOrder([{ id: 'a', dependsOn: ['a'] }]).cycle).toEqual(['a']);
  });

  it('ignores unknown dependency ids', () => {
    expect(topologicalOrder([{ id: 'a', dependsOn: ['ghost'] }])).toEqual({ order: ['a'] });
  });

  it('respects every edge of random DAGs and lists every node once (property)', () => {
    fc.assert(
      fc.property(dagArb, (nodes) => {
        const { order, cycle } = topologicalOrder(nodes);
        expect(cycle).toBeUndefined();
        expect([...order].sort()).toEqual(nodes.map((n) => n.id).sort());
        const position = new Map(order.map((id, i) => [id, i]));
        for (const n of nodes)
          for (const d of n.dependsOn ?? []) expect(position.get(d)!).toBeLessThan(position.get(n.id)!);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a real cycle when a back edge is added (property)', () => {
    fc.assert(
      fc.property(
        dagArb.filter((nodes) => nodes.some((n) => (n.dependsOn?.length ?? 0) > 0)),
        fc.nat(),
        (nodes, seed) => {
          const withDeps = nodes.filter((n) => (n.dependsOn?.length ?? 0) > 0);
          const target = withDeps[seed % withDeps.length]!;
          const prereq = target.dependsOn![0]!;
          const cyclic = nodes.map((n) =>
            n.id === prereq ? { ...n, dependsOn: [...(n.dependsOn ?? []), target.id] } : n,
          );
          const { cycle } = topologicalOrder(cyclic);
          expect(cycle).toBeDefined();
          const byId = new Map(cyclic.map((n) => [n.id, n]));
          // Each id on the cycle depends on the one before it, and the first depends on the last.
          const ids = cycle!;
          expect(ids.length).toBeGreaterThan(0);
          ids.forEach((id, i) => {
            const prev = ids[(i - 1 + ids.length) % ids.length]!;
            expect(byId.get(id)?.dependsOn).toContain(prev);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
