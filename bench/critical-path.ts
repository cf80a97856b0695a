// Critical path and forecast on 1,000, 10,000 and 100,000 seeded milestones: medians over REPS runs.
import type { Collaboration } from '../src/model/types.js';
import { forecastMilestones, scheduleMilestones } from '../src/schedule/critical-path.js';
import { addDays } from '../src/schedule/day.js';
import { topologicalIndices } from '../src/schedule/graph.js';
import { collectGarbage, median, mulberry32 } from './stats.js';

/** A collaboration with `n` milestones, each depending on up to three earlier ones (seeded, deterministic). */
export function milestoneCollaboration(n: number, seed = 42): Collaboration {
  const rnd = mulberry32(seed);
  const start = '2026-01-01';
  const milestones = Array.from({ length: n }, (_, i) => {
    const deps = new Set<string>();
    const k = i === 0 ? 0 : Math.floor(rnd() * 4);
    for (let j = 0; j < k; j++) deps.add(`m${Math.max(0, i - 1 - Math.floor(rnd() * 50))}`);
    return {
      id: `m${i}`,
      name: `Milestone ${i}`,
      due: addDays(start, Math.floor(i / 10) + Math.floor(rnd() * 30)),
      dependsOn: [...deps],
      status: rnd() < 0.3 ? ('done' as const) : ('planned' as const),
      ...(rnd() < 0.5 ? { durationDays: Math.floor(rnd() * 10) } : {}),
    };
  });
  return {
    id: 'bench',
    name: 'bench',
    scenario: 'project',
    period: { start, end: addDays(start, Math.ceil(n / 10) + 60) },
    departments: [],
    people: [],
    responsibilities: [],
    milestones,
    risks: [],
    meetings: [],
    conflicts: [],
    incidents: [],
    problems: [],
    decisions: [],
  };
}

export interface CriticalPathBenchRow {
  readonly milestones: number;
  /** Median of `scheduleMilestones` + `forecastMilestones`. */
  readonly medianMs: number;
  /**
   * Median of the runtime alone doing the one step no graph algorithm avoids: a `Map` from the milestones' ids to
   * their positions, built and then looked up once per dependency. How this grows from 10,000 to 100,000 shows how
   * much of the growth is the memory hierarchy rather than the algorithm.
   */
  readonly mapFloorMs: number;
  /** Median of `topologicalIndices` alone: the id lookups and Kahn's algorithm, without the passes over dates. */
  readonly orderMs: number;
}

/**
 * Times `body` `reps` times after at least `warmMs` of warm-up; with `--expose-gc`, each timed run starts after a
 * full collection, so no run pays for the garbage of the one before.
 */
function timeRuns(body: () => number, reps: number, warmMs: number): number[] {
  let sink = 0;
  const warmUntil = performance.now() + warmMs;
  let warmRuns = 0;
  while (performance.now() < warmUntil || warmRuns < 3) {
    sink += body();
    warmRuns++;
  }
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    collectGarbage();
    const t0 = performance.now();
    sink += body();
    times.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink);
  return times;
}

/** The id → position map and one lookup per dependency: what the runtime's hash map alone costs at this size. */
function mapFloor(c: Collaboration): number {
  const index = new Map<string, number>();
  const list = c.milestones;
  for (let i = 0; i < list.length; i++) index.set(list[i]!.id, i);
  let sum = 0;
  for (const m of list) for (const d of m.dependsOn ?? []) sum += index.get(d) ?? 0;
  return sum;
}

/** Times schedule + forecast for each size, and the runtime's map floor. */
export function runCriticalPathBench(sizes = [1_000, 10_000, 100_000], reps = 9): CriticalPathBenchRow[] {
  return sizes.map((n) => {
    const c = milestoneCollaboration(n);
    const medianMs = median(
      timeRuns(
        () => {
          const s = scheduleMilestones(c);
          return forecastMilestones(c, '2026-06-01', s).length;
        },
        reps,
        1000,
      ),
    );
    const mapFloorMs = median(timeRuns(() => mapFloor(c), reps, 300));
    const orderMs = median(timeRuns(() => topologicalIndices(c.milestones).order.length, reps, 300));
    return { milestones: n, medianMs, mapFloorMs, orderMs };
  });
}

/** `npm run bench:critical-path`: runs {@link runCriticalPathBench} and prints its rows. */
export function printCriticalPathBench(): void {
  const rows = runCriticalPathBench();
  for (const r of rows)
    console.log(
      `${String(r.milestones).padStart(7)} milestones  ${r.medianMs.toFixed(2).padStart(9)} ms  (order alone ${r.orderMs.toFixed(2)} ms, map floor ${r.mapFloorMs.toFixed(2)} ms)`,
    );
  const [, ten, hundred] = rows;
  if (ten && hundred) {
    console.log(`time(100k)/time(10k) = ${(hundred.medianMs / ten.medianMs).toFixed(2)}`);
    console.log(`order alone: ${(hundred.orderMs / ten.orderMs).toFixed(2)}`);
    console.log(`map floor(100k)/map floor(10k) = ${(hundred.mapFloorMs / ten.mapFloorMs).toFixed(2)}`);
  }
}
