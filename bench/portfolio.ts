// The portfolio benchmark: seeded collaborations from `collaborationArb` through the default rule pack, the
// json-rules-engine path (`evaluate` with `engine: 'json-rules-engine'`, awaited one after another) against the
// compiled path (`evaluateSync`), with runs per second, peak heap and whether the heap stays flat; the rule stage
// alone on the same collaborations; and one collaboration growing from 1,000 to 100,000 milestones, to show that
// fact computation is linear. Run with `npm run bench:portfolio` (REPS=9 for more
// repetitions); without `--expose-gc` the heap readings include garbage not yet collected.
import fc from 'fast-check';
import { parseCollaboration } from '../src/model/parse.js';
import type { Collaboration, CollaborationInput } from '../src/model/types.js';
import { evaluate, evaluateSync, type RunRequest, ruleRunsOf } from '../src/rules/evaluate.js';
import { runRules, runRulesSync } from '../src/rules/run.js';
import { addDays } from '../src/schedule/day.js';
import { collaborationArb } from '../src/testing/index.js';
import { collectGarbage, median, mulberry32 } from './stats.js';

/** The date every portfolio collaboration is evaluated at. */
export const PORTFOLIO_NOW = '2026-06-30';

/** The seed of the generated portfolio. */
export const PORTFOLIO_SEED = 20261126;

/**
 * `n` collaborations from `collaborationArb()` (the default `small` size, any phase), from a fixed seed: the same
 * list on every run.
 */
export function portfolio(n: number, seed = PORTFOLIO_SEED): CollaborationInput[] {
  return fc.sample(collaborationArb(), { numRuns: n, seed });
}

const MB = 1024 * 1024;

/** The heap in use, after a full collection when the process runs with `--expose-gc`. */
function settledHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** One timed pass over a list of collaborations, with the heap sampled every 100 evaluations. */
interface Pass {
  readonly ms: number;
  /** Milliseconds of each consecutive batch of 1,000 (only for passes of 2,000 or more). */
  readonly batchMs: readonly number[];
  readonly peakHeap: number;
  /** The settled heap after the first 1,000 evaluations (only for passes of 2,000 or more). */
  readonly heapAfterFirst1000?: number;
  readonly heapAtEnd: number;
  readonly heapBefore: number;
  readonly findings: number;
}

type Evaluator = (c: Collaboration | CollaborationInput) => number | Promise<number>;

const compiledPath: Evaluator = (c) => evaluateSync(c, { now: PORTFOLIO_NOW }).findings.length;
const jrePath: Evaluator = async (c) =>
  (await evaluate(c, { now: PORTFOLIO_NOW, engine: 'json-rules-engine' })).findings.length;

async function pass(list: readonly (Collaboration | CollaborationInput)[], run: Evaluator): Promise<Pass> {
  const heapBefore = settledHeap();
  let peakHeap = heapBefore;
  let findings = 0;
  let heapAfterFirst1000: number | undefined;
  const batchMs: number[] = [];
  let paused = 0;
  const t0 = performance.now();
  let batchStart = t0;
  for (let i = 0; i < list.length; i++) {
    findings += await run(list[i]!);
    if ((i + 1) % 100 === 0) {
      const heap = process.memoryUsage().heapUsed;
      if (heap > peakHeap) peakHeap = heap;
    }
    if (list.length >= 2000 && (i + 1) % 1000 === 0) {
      const now = performance.now();
      batchMs.push(now - batchStart);
      // The settled reading is not part of the timing.
      if (i + 1 === 1000) {
        heapAfterFirst1000 = settledHeap();
        paused += performance.now() - now;
      }
      batchStart = performance.now();
    }
  }
  const ms = performance.now() - t0 - paused;
  const heapAtEnd = settledHeap();
  return {
    ms,
    batchMs,
    peakHeap,
    ...(heapAfterFirst1000 === undefined ? {} : { heapAfterFirst1000 }),
    heapAtEnd,
    heapBefore,
    findings,
  };
}

/** One engine's numbers for one portfolio size. */
export interface PortfolioRow {
  readonly engine: 'json-rules-engine' | 'compiled';
  readonly collaborations: number;
  /** Median milliseconds per 1,000 collaborations. */
  readonly medianMsPer1000: number;
  readonly runsPerSec: number;
  /** How the median was taken. */
  readonly over: string;
  readonly peakHeapMb: number;
  /** The settled heap before the pass: the inputs and everything else alive. */
  readonly baselineMb: number;
  /** Settled heap after the first 1,000 and after all (10,000-collaboration passes only). */
  readonly heapAfter1000Mb?: number;
  readonly heapAfterAllMb?: number;
  readonly findings: number;
}

/** The rule stage alone: the same rule runs on precomputed facts, json-rules-engine against compiled. */
export interface RuleStageRow {
  readonly collaborations: number;
  readonly subjectRuns: number;
  readonly jreMs: number;
  readonly compiledMs: number;
  readonly ratio: number;
}

/**
 * The dashboard case: collaborations validated once (`parseCollaboration`, as on save) and evaluated again on
 * every change; both paths then skip validation.
 */
export interface ParsedOnceRow {
  readonly collaborations: number;
  readonly jreMsPer1000: number;
  readonly compiledMsPer1000: number;
  readonly ratio: number;
}

/** One collaboration of a given size evaluated with `evaluateSync`. */
export interface ScalingRow {
  readonly milestones: number;
  readonly entities: number;
  readonly medianMs: number;
  readonly findings: number;
}

/** One path's numbers: 1,000 collaborations (median pass) and 10,000 (median batch, heap readings). */
export interface PortfolioEngineResult {
  readonly engine: PortfolioRow['engine'];
  readonly reps: number;
  readonly gc: boolean;
  readonly rows: readonly [PortfolioRow, PortfolioRow];
  readonly generationMs: number;
}

/** Options of {@link runPortfolioEngineBench}. */
export interface PortfolioBenchOptions {
  /** Repetitions of the 1,000-collaboration passes (at least 5). */
  readonly reps?: number;
  /** Print progress. */
  readonly log?: boolean;
}

function row(
  engine: PortfolioRow['engine'],
  collaborations: number,
  medianMsPer1000: number,
  over: string,
  passes: readonly Pass[],
): PortfolioRow {
  const last = passes[passes.length - 1]!;
  return {
    engine,
    collaborations,
    medianMsPer1000,
    runsPerSec: 1000 / (medianMsPer1000 / 1000),
    over,
    peakHeapMb: Math.max(...passes.map((p) => p.peakHeap)) / MB,
    baselineMb: Math.min(...passes.map((p) => p.heapBefore)) / MB,
    ...(last.heapAfterFirst1000 === undefined
      ? {}
      : { heapAfter1000Mb: last.heapAfterFirst1000 / MB, heapAfterAllMb: last.heapAtEnd / MB }),
    findings: last.findings,
  };
}

/**
 * One collaboration whose entity lists grow with `n`: `n` milestones (each depending on up to two of the 50
 * before it), `n/10` people, responsibility rows and progress-sync meetings (each with one done item, one undone
 * item and one action), `n/100` departments, risks, conflicts and incidents. It is complete, so findings stay
 * few and the time is fact computation and rule runs rather than report building.
 */
export function scaledCollaboration(n: number, seed = 42): CollaborationInput {
  const rnd = mulberry32(seed);
  const start = '2026-01-01';
  const end = '2026-12-31';
  const nowOffset = 181; // 2026-07-01
  const tenth = Math.max(10, Math.floor(n / 10));
  const hundredth = Math.max(5, Math.floor(n / 100));
  const dept = (i: number) => `d${i % hundredth}`;
  const person = (i: number) => `p${i % tenth}`;
  const departments = Array.from({ length: hundredth }, (_, i) => ({
    id: `d${i}`,
    name: `Department ${i}`,
    role: i === 0 ? ('decision' as const) : i % 3 === 0 ? ('support' as const) : ('execution' as const),
  }));
  const people = Array.from({ length: tenth }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    department: dept(i),
    ...(i < 10 ? { decisionAuthority: true } : {}),
  }));
  const milestones = Array.from({ length: n }, (_, i) => {
    const deps = new Set<string>();
    const k = i === 0 ? 0 : Math.floor(rnd() * 3);
    for (let j = 0; j < k; j++) deps.add(`m${Math.max(0, i - 1 - Math.floor(rnd() * 50))}`);
    const dueOffset = 20 + Math.floor((i / n) * 320);
    const done = dueOffset < nowOffset;
    return {
      id: `m${i}`,
      name: `Milestone ${i}`,
      department: dept(i),
      owner: person(i),
      due: addDays(start, dueOffset),
      dependsOn: [...deps],
      status: done ? ('done' as const) : ('planned' as const),
      ...(done ? { completedOn: addDays(start, dueOffset - 1) } : {}),
    };
  });
  const responsibilities = Array.from({ length: tenth }, (_, i) => ({
    department: dept(i),
    owner: person(i),
    duty: `Duty ${i}`,
    deliverable: `Deliverable ${i}`,
    due: { month: 1 + (i % 12), part: 'end' as const },
  }));
  const meetings = Array.from({ length: tenth }, (_, i) => ({
    id: `sync${i}`,
    kind: 'progress-sync' as const,
    topic: `Progress sync ${i}`,
    heldOn: addDays(start, nowOffset - 1 - Math.floor((i / tenth) * 150)),
    attendees: [person(i), person(i + 1), person(i + 2)],
    progress: {
      done: [{ department: dept(i), item: `Done ${i}` }],
      undone: [
        { department: dept(i + 1), item: `Undone ${i}`, reason: 'Waiting for parts', needs: 'Purchasing' },
      ],
    },
    actions: [{ item: `Action ${i}`, owner: person(i), due: addDays(start, nowOffset - 20), done: true }],
  }));
  const risks = Array.from({ length: hundredth }, (_, i) => ({
    id: `r${i}`,
    description: `Risk ${i}`,
    response: `Response ${i}`,
    owner: dept(i),
  }));
  const conflicts = Array.from({ length: hundredth }, (_, i) => ({
    id: `k${i}`,
    kind: 'resource' as const,
    parties: [dept(i), dept(i + 1)],
    subject: `Conflict ${i}`,
    raisedOn: addDays(start, 30 + (i % 100)),
    negotiations: [{ on: addDays(start, 31 + (i % 100)), outcome: 'agreed' as const }],
    escalations: [],
    status: 'resolved' as const,
    resolvedOn: addDays(start, 31 + (i % 100)),
  }));
  const incidents = Array.from({ length: hundredth }, (_, i) => ({
    id: `i${i}`,
    description: `Incident ${i}`,
    occurredOn: addDays(start, 40 + (i % 100)),
    temporaryOwner: person(i),
    measures: ['Contain it'],
    impact: { summary: 'Two days of delay' },
    status: 'closed' as const,
  }));
  return {
    id: `scaled-${n}`,
    name: `Scaled ${n}`,
    scenario: 'project',
    phase: 'executing',
    period: { start, end },
    goal: {
      statement: '12个月内完成产品上市，首月销售额达500万元',
      specific: 'Launch the product in every channel',
      measures: [{ metric: 'First-month sales', target: 5_000_000, unit: 'CNY' }],
      achievable: 'Budgets confirmed',
      relevant: 'Annual revenue goal',
      deadline: end,
    },
    scope: { included: ['Product'], excluded: [] },
    departments,
    people,
    team: {
      leader: 'p0',
      leaderAuthority: ['coordinate', 'allocate-resources', 'decide-conflicts'],
      core: ['p0', 'p1', 'p2', 'p3', 'p4'],
      liaisons: Object.fromEntries(departments.map((d, i) => [d.id, `p${i}`])),
    },
    communication: {
      cadences: [{ kind: 'weekly' }],
      channels: ['online'],
      contents: ['progress', 'issues', 'decisions'],
    },
    decisionMechanism: 'leader-decides',
    escalationPath: [
      { level: 1, title: 'Manager', timeboxDays: 3 },
      { level: 2, title: 'Director', timeboxDays: 3 },
    ],
    responsibilities,
    milestones,
    risks,
    meetings,
    conflicts,
    incidents,
  } as CollaborationInput;
}

/** The number of entities of a collaboration that rules are evaluated for (minutes items included). */
function entityCount(c: CollaborationInput): number {
  const x = c as unknown as Record<string, readonly unknown[]>;
  const lists = ['departments', 'people', 'responsibilities', 'milestones', 'risks', 'meetings', 'conflicts'];
  const meetings = x.meetings as readonly { progress?: { undone?: unknown[] }; actions?: unknown[] }[];
  return (
    lists.reduce((sum, k) => sum + (x[k]?.length ?? 0), 0) +
    (x.incidents?.length ?? 0) +
    meetings.reduce((sum, m) => sum + (m.progress?.undone?.length ?? 0) + (m.actions?.length ?? 0), 0)
  );
}

/** The scaling rows: `evaluateSync` on {@link scaledCollaboration} at each size, median of `reps`. */
export function runScalingBench(sizes = [1_000, 10_000, 100_000], reps = 5): ScalingRow[] {
  return sizes.map((n) => {
    const c = scaledCollaboration(n);
    const findings = evaluateSync(c, { now: '2026-07-01' }).findings.length; // warm-up
    const times: number[] = [];
    for (let r = 0; r < reps; r++) {
      collectGarbage();
      const t0 = performance.now();
      evaluateSync(c, { now: '2026-07-01' });
      times.push(performance.now() - t0);
    }
    return { milestones: n, entities: entityCount(c), medianMs: median(times), findings };
  });
}

/** Times the rule stage alone: every rule run of `list`, through json-rules-engine and through the compiled pack. */
async function ruleStage(list: readonly CollaborationInput[]): Promise<RuleStageRow> {
  const requests: RunRequest[] = list.flatMap((c) => ruleRunsOf(c, { now: PORTFOLIO_NOW }));
  const subjectRuns = requests.reduce((sum, r) => sum + r.subjects.length, 0);
  const jre = async () => {
    const t0 = performance.now();
    for (const r of requests) await runRules(r.rules, r.subjects, 'json-rules-engine');
    return performance.now() - t0;
  };
  const compiled = () => {
    const t0 = performance.now();
    for (const r of requests) runRulesSync(r.rules, r.subjects);
    return performance.now() - t0;
  };
  await jre();
  compiled();
  const jreTimes: number[] = [];
  const compiledTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    jreTimes.push(await jre());
    compiledTimes.push(compiled());
  }
  const jreMs = median(jreTimes);
  const compiledMs = median(compiledTimes);
  return { collaborations: list.length, subjectRuns, jreMs, compiledMs, ratio: jreMs / compiledMs };
}

/** Times both paths on collaborations validated once beforehand: each path warmed, then `reps` passes each. */
async function parsedOnceBench(list: readonly CollaborationInput[], reps: number): Promise<ParsedOnceRow> {
  const parsed = list.map((c) => {
    const result = parseCollaboration(c);
    if (!result.success)
      throw new Error(`a generated collaboration is invalid: ${result.issues[0]?.message}`);
    return result.data;
  });
  const time = async (run: Evaluator): Promise<number> => {
    for (const c of parsed) await run(c); // warm-up
    const times: number[] = [];
    for (let r = 0; r < reps; r++) times.push((await pass(parsed, run)).ms);
    return median(times);
  };
  const compiledMsPer1000 = ((await time(compiledPath)) * 1000) / parsed.length;
  const jreMsPer1000 = ((await time(jrePath)) * 1000) / parsed.length;
  return {
    collaborations: parsed.length,
    jreMsPer1000,
    compiledMsPer1000,
    ratio: jreMsPer1000 / compiledMsPer1000,
  };
}

/**
 * One path of the portfolio benchmark. The 10,000 collaborations are generated before any timing; the 1,000 are
 * their first thousand. The path is warmed up on the last 2,000 collaborations of the list, runs `reps` passes over
 * the 1,000 (the median pass counts) and one pass over the 10,000, whose ten batches of 1,000 give the median
 * (and whose heap is read after the first 1,000 and at the end, to show it stays flat). `npm run bench` runs
 * each path in a process of its own, so neither runs on code the other has shaped.
 *
 * @param engine - `compiled` (`evaluateSync`) or `json-rules-engine` (`evaluate` with that engine).
 * @param options - Repetitions and logging.
 * @returns The path's two rows.
 */
export async function runPortfolioEngineBench(
  engine: PortfolioRow['engine'],
  options: PortfolioBenchOptions = {},
): Promise<PortfolioEngineResult> {
  const reps = Math.max(5, options.reps ?? Number(process.env.REPS ?? 5));
  const log = (text: string) => {
    if (options.log) console.error(text);
  };
  const g0 = performance.now();
  const all = portfolio(10_000);
  const generationMs = performance.now() - g0;
  const first = all.slice(0, 1000);
  log(`generated ${all.length} collaborations in ${(generationMs / 1000).toFixed(1)} s`);
  const run = engine === 'compiled' ? compiledPath : jrePath;
  for (const c of all.slice(8_000)) await run(c); // warm-up: 2,000 collaborations the 1,000 passes do not use
  const passes: Pass[] = [];
  for (let r = 0; r < reps; r++) passes.push(await pass(first, run));
  log(`1,000 ${engine}: median ${(median(passes.map((p) => p.ms)) / 1000).toFixed(2)} s`);
  const big = await pass(all, run);
  log(`10,000 ${engine}: ${(big.ms / 1000).toFixed(1)} s`);
  return {
    engine,
    reps,
    gc: typeof (globalThis as { gc?: unknown }).gc === 'function',
    rows: [
      row(engine, 1000, median(passes.map((p) => p.ms)), `median of ${reps} passes`, passes),
      row(engine, 10_000, median(big.batchMs), 'median of its 10 batches of 1,000', [big]),
    ],
    generationMs,
  };
}

/** The rule stage alone on the first 1,000 portfolio collaborations: see {@link RuleStageRow}. */
export function runRuleStageBench(): Promise<RuleStageRow> {
  return ruleStage(portfolio(1000));
}

/** Both paths on the first 1,000 portfolio collaborations, validated once beforehand: see {@link ParsedOnceRow}. */
export function runParsedOnceBench(reps = 5): Promise<ParsedOnceRow> {
  return parsedOnceBench(portfolio(1000), Math.max(5, reps));
}

/** `npm run bench:portfolio`: every part of the portfolio benchmark in this one process, printed. */
export async function printPortfolioBench(): Promise<void> {
  const compiled = await runPortfolioEngineBench('compiled', { log: true });
  const jre = await runPortfolioEngineBench('json-rules-engine', { log: true });
  for (const r of [...jre.rows, ...compiled.rows]) {
    console.log(
      `${r.engine.padEnd(18)} ${String(r.collaborations).padStart(6)}  ${Math.round(r.runsPerSec).toLocaleString('en-US').padStart(8)} runs/s  peak heap ${r.peakHeapMb.toFixed(0)} MB${r.heapAfter1000Mb === undefined ? '' : `  heap after 1,000 ${r.heapAfter1000Mb.toFixed(1)} MB, after 10,000 ${r.heapAfterAllMb?.toFixed(1)} MB`}`,
    );
  }
  compiled.rows.forEach((r, k) => {
    console.log(
      `compiled / json-rules-engine at ${r.collaborations}: ${(r.runsPerSec / jre.rows[k]!.runsPerSec).toFixed(1)}×`,
    );
  });
  console.log('rule stage', await runRuleStageBench());
  console.log('parsed once', await runParsedOnceBench());
  const scaling = runScalingBench();
  for (const s of scaling) console.log(s);
  console.log(`time(100k)/time(10k) = ${(scaling[2]!.medianMs / scaling[1]!.medianMs).toFixed(2)}`);
}
