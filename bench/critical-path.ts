// Critical path and forecast on 1,000, 10,000 and 100,000 seeded milestones: medians over REPS runs.
import type { Collaboration } from '../src/model/types.js';
import { forecastMilestones, scheduleMilestones } from '../src/schedule/critical-path.js';
import { addDays } from '../src/schedule/day.js';
import { median, mulberry32 } from './stats.js';

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
  };
}

export interface CriticalPathBenchRow {
  readonly milestones: number;
  readonly medianMs: number;
}

/** Times schedule + forecast for each size. */
export function runCriticalPathBench(sizes = [1_000, 10_000, 100_000], reps = 9): CriticalPathBenchRow[] {
  return sizes.map((n) => {
    const c = milestoneCollaboration(n);
    for (let w = 0; w < 3; w++) forecastMilestones(c, '2026-06-01', scheduleMilestones(c)); // warm-up
    const times: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      const s = scheduleMilestones(c);
      forecastMilestones(c, '2026-06-01', s);
      times.push(performance.now() - t0);
    }
    return { milestones: n, medianMs: median(times) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = runCriticalPathBench();
  for (const r of rows)
    console.log(`${String(r.milestones).padStart(7)} milestones  ${r.medianMs.toFixed(2).padStart(9)} ms`);
  const [, ten, hundred] = rows;
  if (ten && hundred) console.log(`time(100k)/time(10k) = ${(hundred.medianMs / ten.medianMs).toFixed(2)}`);
}
