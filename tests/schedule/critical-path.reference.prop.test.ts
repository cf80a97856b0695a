// The schedule's array passes (typed arrays, integer positions, CSR lists) against a plain reference written
// with ids, maps and objects, on generated graphs the parser would not always let through: cycles, self
// dependencies, unknown and repeated prerequisites, duplicate ids, ties in every comparison, period-relative due
// dates and open incidents. The two must agree exactly: order, critical chain, finish, cycle, every field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../../src/model/types.js';
import { forecastMilestones, scheduleMilestones } from '../../src/schedule/critical-path.js';
import { addDays, fromDayNumber, toDayNumber } from '../../src/schedule/day.js';
import { resolveDue } from '../../src/schedule/due.js';
import { type DependencyNode, topologicalOrder } from '../../src/schedule/graph.js';

interface RawMilestone {
  readonly id: string;
  readonly dependsOn?: readonly string[];
  readonly due: string | { readonly days: number } | { readonly month: number; readonly part: string };
  readonly durationDays?: number;
  readonly status: string;
  readonly completedOn?: string;
}

interface RawIncident {
  readonly id: string;
  readonly status: string;
  readonly impact?: { readonly scheduleDays?: number };
  readonly affects?: readonly string[];
}

interface RawCollaboration {
  readonly period: { readonly start: string; readonly end: string };
  readonly milestones: readonly RawMilestone[];
  readonly incidents: readonly RawIncident[];
}

// Few ids and few dates, so duplicates, unknown prerequisites, cycles and ties are common.
const ID_POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
const startArb = fc.constantFrom('2026-01-31', '2026-02-28', '2028-02-29', '2026-09-01', '2026-12-31');

const dueArb = (start: string) =>
  fc.oneof(
    fc.integer({ min: -5, max: 40 }).map((d) => addDays(start, d)),
    fc.integer({ min: 0, max: 40 }).map((days) => ({ days })),
    fc.record({ month: fc.integer({ min: 1, max: 3 }), part: fc.constantFrom('start', 'mid', 'end') }),
  );

const milestoneArb = (
  start: string,
  id: fc.Arbitrary<string>,
  dependsOn: fc.Arbitrary<string[]>,
): fc.Arbitrary<RawMilestone> =>
  fc
    .record(
      {
        id,
        dependsOn,
        due: dueArb(start),
        // Whole days, and now and then a part of one (the passes must not assume whole days).
        durationDays: fc.oneof(
          { weight: 9, arbitrary: fc.integer({ min: 0, max: 12 }) },
          { weight: 1, arbitrary: fc.constantFrom(0.5, 2.25) },
        ),
        status: fc.constantFrom('planned', 'in-progress', 'blocked', 'done', 'done'),
        completedOn: fc.integer({ min: -3, max: 45 }).map((d) => addDays(start, d)),
      },
      { requiredKeys: ['id', 'due', 'status'] },
    )
    .map((m) => m as RawMilestone);

const incidentArb: fc.Arbitrary<RawIncident> = fc
  .record(
    {
      id: fc.constantFrom('x1', 'x2', 'x3'),
      status: fc.constantFrom('open', 'mitigating', 'closed'),
      impact: fc.record({ scheduleDays: fc.integer({ min: 0, max: 9 }) }, { requiredKeys: [] }),
      affects: fc.array(fc.constantFrom(...ID_POOL, 'm3', 'm70', 'ghost'), { maxLength: 4 }),
    },
    { requiredKeys: ['id', 'status'] },
  )
  .map((i) => i as RawIncident);

const collaborationArb: fc.Arbitrary<RawCollaboration> = startArb.chain((start) =>
  fc.record({
    period: fc.constant({ start, end: addDays(start, 90) }),
    milestones: fc.array(
      milestoneArb(
        start,
        fc.constantFrom(...ID_POOL),
        fc.array(fc.constantFrom(...ID_POOL, 'ghost', 'nobody'), { maxLength: 4 }),
      ),
      { maxLength: 14 },
    ),
    incidents: fc.array(incidentArb, { maxLength: 3 }),
  }),
);

/**
 * 64–120 milestones (enough for the passes' larger-schedule paths), mostly acyclic: milestone i depends on
 * earlier ones, now and then on an unknown id; a few ids repeat; one run in ten has a back edge (a cycle).
 */
const largeCollaborationArb: fc.Arbitrary<RawCollaboration> = fc
  .tuple(startArb, fc.integer({ min: 64, max: 120 }), fc.boolean(), fc.nat())
  .chain(([start, n, cyclic, seed]) =>
    fc.record({
      period: fc.constant({ start, end: addDays(start, 90) }),
      milestones: fc
        .tuple(
          ...Array.from({ length: n }, (_, i) =>
            milestoneArb(
              start,
              fc.constant(i % 29 === 28 ? `m${i - 5}` : `m${i}`),
              fc.array(
                fc.oneof(
                  {
                    weight: 12,
                    arbitrary: fc.integer({ min: 0, max: Math.max(0, i - 1) }).map((j) => `m${j}`),
                  },
                  { weight: 1, arbitrary: fc.constant('ghost') },
                ),
                { maxLength: i === 0 ? 0 : 3 },
              ),
            ),
          ),
        )
        .map((list) =>
          cyclic && seed % 10 === 0
            ? list.map((m, i) => (i === 3 ? { ...m, dependsOn: [...(m.dependsOn ?? []), `m${n - 1}`] } : m))
            : list,
        ),
      incidents: fc.array(incidentArb, { maxLength: 3 }),
    }),
  );

/** Graphs of 0–60 nodes: mostly acyclic, each prerequisite named by id, some unknown, some cyclic. */
const graphArb: fc.Arbitrary<DependencyNode[]> = fc
  .integer({ min: 0, max: 60 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: 0, max: n + 2 }), { maxLength: 4 }), {
        minLength: n,
        maxLength: n,
      }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    ),
  )
  .map(([deps, backwards]) =>
    deps.map((d, i) => ({
      // A few repeated ids among many distinct ones.
      id: i % 17 === 16 ? `n${i - 3}` : `n${i}`,
      // Mostly earlier nodes (a DAG), sometimes any node (cycles), sometimes past the end (unknown ids).
      dependsOn: d.map((j) => `n${backwards[i] ? j % Math.max(1, i) : j}`),
    })),
  );

/** The reference topological order: Kahn's algorithm over ids, with a FIFO queue seeded in input order. */
function referenceOrder(nodes: readonly DependencyNode[]): {
  order: string[];
  cycle?: string[];
  prereqs: (id: string) => string[];
} {
  const firstAt = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!firstAt.has(node.id)) firstAt.set(node.id, i);
  });
  const live = nodes.filter((node, i) => firstAt.get(node.id) === i);
  // Every known prerequisite as often as it is named; a repeated id's later nodes are not part of the graph.
  const prereqs = (id: string): string[] =>
    (nodes[firstAt.get(id)!]!.dependsOn ?? []).filter((d) => firstAt.has(d));
  const remaining = new Map(live.map((node) => [node.id, prereqs(node.id).length]));
  const queue = live.filter((node) => remaining.get(node.id) === 0).map((node) => node.id);
  for (let head = 0; head < queue.length; head++) {
    const done = queue[head]!;
    // Successors in input order, once per time they name the finished node.
    for (const node of live) {
      for (const d of prereqs(node.id)) {
        if (d !== done) continue;
        const left = remaining.get(node.id)! - 1;
        remaining.set(node.id, left);
        if (left === 0) queue.push(node.id);
      }
    }
  }
  if (queue.length === live.length) return { order: queue, prereqs };
  // The first cycle a depth-first walk along prerequisites meets, among the nodes left unordered, started from
  // each of them in input order; reported prerequisite first.
  const stuck = (id: string) => (remaining.get(id) ?? 0) > 0;
  const state = new Map<string, 'open' | 'closed'>();
  const walk = (path: string[]): string[] | undefined => {
    const id = path[path.length - 1]!;
    for (const d of nodes[firstAt.get(id)!]!.dependsOn ?? []) {
      if (!firstAt.has(d) || !stuck(d)) continue;
      if (state.get(d) === 'open') return path.slice(path.indexOf(d)).reverse();
      if (state.get(d) === undefined) {
        state.set(d, 'open');
        const found = walk([...path, d]);
        if (found) return found;
      }
    }
    state.set(id, 'closed');
    return undefined;
  };
  for (const node of live) {
    if (!stuck(node.id) || state.has(node.id)) continue;
    state.set(node.id, 'open');
    const cycle = walk([node.id]);
    if (cycle) return { order: queue, cycle, prereqs };
  }
  return { order: queue, cycle: [], prereqs };
}

/** The reference schedule and forecast: one milestone at a time, by id, with maps. */
function referenceSchedule(c: RawCollaboration, now: string) {
  const { order, cycle, prereqs } = referenceOrder(c.milestones);
  const byId = new Map<string, RawMilestone>();
  for (const m of c.milestones) if (!byId.has(m.id)) byId.set(m.id, m);
  const start = toDayNumber(c.period.start);
  const due = new Map(
    order.map((id) => {
      const d = byId.get(id)!.due;
      return [id, toDayNumber(typeof d === 'string' ? d : resolveDue(d as never, c.period))];
    }),
  );
  const duration = new Map<string, number>();
  const earliestFinish = new Map<string, number>();
  for (const id of order) {
    const ps = prereqs(id);
    const given = byId.get(id)!.durationDays;
    const fromDue = ps.length === 0 ? start : Math.max(...ps.map((p) => due.get(p)!));
    const d = given ?? Math.max(0, due.get(id)! - fromDue);
    duration.set(id, d);
    earliestFinish.set(id, Math.max(start, ...ps.map((p) => earliestFinish.get(p)!)) + d);
  }
  const finish = Math.max(...order.map((id) => earliestFinish.get(id)!));
  const latestFinish = new Map<string, number>();
  for (const id of [...order].reverse()) {
    const starts = order
      .filter((s) => prereqs(s).includes(id))
      .map((s) => latestFinish.get(s)! - duration.get(s)!);
    latestFinish.set(id, Math.min(finish, ...starts));
  }
  const float = (id: string) => latestFinish.get(id)! - earliestFinish.get(id)!;
  const criticalPath: string[] = [];
  let current = order.find((id) => earliestFinish.get(id) === finish && float(id) <= 0);
  while (current !== undefined) {
    criticalPath.unshift(current);
    const startsAt = earliestFinish.get(current)! - duration.get(current)!;
    current = prereqs(current).find((p) => earliestFinish.get(p) === startsAt && float(p) <= 0);
  }
  const schedule = {
    milestones: order.map((id) => ({
      id,
      due: fromDayNumber(due.get(id)!),
      durationDays: duration.get(id)!,
      earliestStart: fromDayNumber(earliestFinish.get(id)! - duration.get(id)!),
      earliestFinish: fromDayNumber(earliestFinish.get(id)!),
      latestFinish: fromDayNumber(latestFinish.get(id)!),
      totalFloat: float(id),
      critical: float(id) <= 0,
    })),
    criticalPath,
    ...(order.length > 0 ? { finish: fromDayNumber(finish) } : {}),
    ...(cycle ? { cycle } : {}),
  };
  const today = toDayNumber(now);
  const forecastAt = new Map<string, number>();
  const forecast = order.map((id) => {
    const m = byId.get(id)!;
    const done = m.status === 'done';
    const delaying = c.incidents.filter(
      (i) =>
        i.status !== 'closed' &&
        (i.impact?.scheduleDays ?? 0) > 0 &&
        order.includes(id) &&
        (i.affects ?? []).includes(id),
    );
    const delay = delaying.reduce((sum, i) => sum + i.impact!.scheduleDays!, 0);
    const at = done
      ? m.completedOn
        ? toDayNumber(m.completedOn)
        : due.get(id)!
      : Math.max(due.get(id)!, today, ...prereqs(id).map((p) => forecastAt.get(p)! + duration.get(id)!)) +
        delay;
    forecastAt.set(id, at);
    return {
      id,
      due: fromDayNumber(due.get(id)!),
      forecastFinish: fromDayNumber(at),
      slipDays: at - due.get(id)!,
      done,
      ...(done || delaying.length === 0
        ? {}
        : { incidentDelayDays: delay, incidents: delaying.map((i) => i.id) }),
    };
  });
  return { schedule, forecast };
}

describe('topologicalOrder against a reference over ids', () => {
  // Law: the CSR and queue arrays order every graph exactly as Kahn's algorithm over ids does, and find the
  // same cycle, whatever the graph: unknown, repeated and self prerequisites, duplicate ids, cycles.
  it('gives the reference order and cycle on generated graphs (property)', () => {
    fc.assert(
      fc.property(graphArb, (nodes) => {
        const { order, cycle } = referenceOrder(nodes);
        expect(topologicalOrder(nodes)).toStrictEqual(cycle ? { order, cycle } : { order });
      }),
      { numRuns: 400 },
    );
  });
});

describe('scheduleMilestones and forecastMilestones against a reference over ids', () => {
  // Law: the passes over typed arrays compute, field for field and in the same order, what a plain
  // implementation over ids and maps computes, including on cyclic and inconsistent graphs.
  const agrees = (c: RawCollaboration, offset: number) => {
    const now = addDays(c.period.start, offset);
    const expected = referenceSchedule(c, now);
    const collaboration = c as unknown as Collaboration;
    const schedule = scheduleMilestones(collaboration);
    expect(schedule).toStrictEqual(expected.schedule);
    expect(forecastMilestones(collaboration, now, schedule)).toStrictEqual(expected.forecast);
    // A schedule made elsewhere (a copy) is read object by object, and forecasts the same.
    expect(forecastMilestones(collaboration, now, structuredClone(schedule))).toStrictEqual(
      expected.forecast,
    );
  };

  it('give the reference schedule and forecast on generated collaborations (property)', () => {
    fc.assert(fc.property(collaborationArb, fc.integer({ min: -10, max: 60 }), agrees), { numRuns: 400 });
  });

  it('give the reference schedule and forecast on larger generated collaborations (property)', () => {
    fc.assert(fc.property(largeCollaborationArb, fc.integer({ min: -10, max: 60 }), agrees), { numRuns: 40 });
  });
});
