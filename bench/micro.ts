// The micro benchmark of /work/shared/reference/json-rules-engine-baseline.cjs, reproduced: 12 rules over
// 10,000 seeded fact objects, evaluated by json-rules-engine (sequential await, as the reference does), by
// crossdept's compiled evaluator (lean and with explanations), and by the same checks written by hand.
// Run with `npm run bench:micro` (REPS=9 for more repetitions).
import { Engine, type RuleProperties as JreRuleProperties } from 'json-rules-engine';
import { compileRules } from '../src/engine/compile.js';
import { pathResolver } from '../src/engine/fact-path.js';
import type { RuleProperties } from '../src/engine/types.js';
import { median, mulberry32 } from './stats.js';

/** One seeded project, as in the reference script. */
export interface MicroFacts {
  readonly projectId: string;
  readonly budget: number;
  readonly spent: number;
  readonly riskScore: number;
  readonly department: string;
  readonly phase: string;
  readonly priority: string;
  readonly daysLate: number;
  readonly crossDept: boolean;
  readonly stakeholders: number;
  readonly tasks: readonly { readonly id: number; readonly status: string; readonly hours: number }[];
  readonly meta: { readonly owner: { readonly region: string; readonly name: string } };
}

/** The reference's 10,000 fact objects from mulberry32(42), drawn in the same order. */
export function microFacts(n = 10_000, seed = 42): MicroFacts[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const DEPTS = ['finance', 'legal', 'engineering', 'marketing', 'hr', 'pmo'];
  const PHASES = ['initiation', 'design', 'build', 'test', 'closed'];
  const PRIOS = ['low', 'medium', 'high', 'critical'];
  const STATUSES = ['todo', 'doing', 'done', 'done'];
  const REGIONS = ['EU', 'US', 'APAC', 'LATAM'];
  const facts: MicroFacts[] = [];
  for (let i = 0; i < n; i++) {
    const budget = Math.round(5000 + rnd() * 300000);
    const nTasks = Math.floor(rnd() * 40);
    const tasks = [];
    for (let j = 0; j < nTasks; j++)
      tasks.push({ id: j, status: pick(STATUSES), hours: Math.floor(rnd() * 40) });
    // Property order matters: it is the order the reference draws its random numbers in.
    const spent = Math.round(budget * (rnd() * 1.3));
    const riskScore = Math.floor(rnd() * 101);
    const department = pick(DEPTS);
    const phase = pick(PHASES);
    const priority = pick(PRIOS);
    const daysLate = Math.floor(rnd() * 60) - 15;
    const crossDept = rnd() < 0.5;
    const stakeholders = Math.floor(rnd() * 10);
    const region = pick(REGIONS);
    facts.push({
      projectId: `P${i}`,
      budget,
      spent,
      riskScore,
      department,
      phase,
      priority,
      daysLate,
      crossDept,
      stakeholders,
      tasks,
      meta: { owner: { region, name: `owner${i}` } },
    });
  }
  return facts;
}

/** The reference's 12 rules: comparisons, `in`, nested all/any/not, fact-to-fact, a path, a counted fact. */
export const MICRO_RULES: readonly RuleProperties[] = [
  {
    name: 'overBudget',
    conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] },
    event: { type: 'overBudget' },
  },
  {
    name: 'highRisk',
    conditions: {
      any: [
        { fact: 'riskScore', operator: 'greaterThanInclusive', value: 80 },
        {
          all: [
            { fact: 'daysLate', operator: 'greaterThan', value: 10 },
            { fact: 'priority', operator: 'in', value: ['high', 'critical'] },
          ],
        },
      ],
    },
    event: { type: 'highRisk' },
  },
  {
    name: 'financeReview',
    conditions: {
      all: [
        { fact: 'department', operator: 'in', value: ['finance', 'legal'] },
        { fact: 'budget', operator: 'greaterThan', value: 100000 },
      ],
    },
    event: { type: 'financeReview' },
  },
  {
    name: 'manyOpenTasks',
    conditions: { all: [{ fact: 'openTaskCount', operator: 'greaterThan', value: 20 }] },
    event: { type: 'manyOpenTasks' },
  },
  {
    name: 'lateAndOpen',
    conditions: {
      all: [
        { fact: 'daysLate', operator: 'greaterThan', value: 0 },
        { fact: 'openTaskCount', operator: 'greaterThan', value: 5 },
      ],
    },
    event: { type: 'lateAndOpen' },
  },
  {
    name: 'crossDeptEscalation',
    conditions: {
      all: [
        { fact: 'crossDept', operator: 'equal', value: true },
        {
          any: [
            { fact: 'stakeholders', operator: 'greaterThanInclusive', value: 5 },
            { fact: 'riskScore', operator: 'greaterThan', value: 60 },
          ],
        },
      ],
    },
    event: { type: 'crossDeptEscalation' },
  },
  {
    name: 'phaseGate',
    conditions: {
      all: [
        { fact: 'phase', operator: 'in', value: ['design', 'build'] },
        { not: { fact: 'riskScore', operator: 'lessThan', value: 30 } },
      ],
    },
    event: { type: 'phaseGate' },
  },
  {
    name: 'lowPrioIdle',
    conditions: {
      all: [
        { fact: 'priority', operator: 'equal', value: 'low' },
        { fact: 'openTaskCount', operator: 'equal', value: 0 },
      ],
    },
    event: { type: 'lowPrioIdle' },
  },
  {
    name: 'budgetNearLimit',
    conditions: {
      all: [
        { fact: 'budgetRatio', operator: 'greaterThanInclusive', value: 0.9 },
        { fact: 'budgetRatio', operator: 'lessThanInclusive', value: 1.0 },
      ],
    },
    event: { type: 'budgetNearLimit' },
  },
  {
    name: 'regionalOwner',
    conditions: {
      all: [
        { fact: 'meta', path: '$.owner.region', operator: 'in', value: ['EU', 'US'] },
        { fact: 'stakeholders', operator: 'lessThan', value: 3 },
      ],
    },
    event: { type: 'regionalOwner' },
  },
  {
    name: 'stalled',
    conditions: {
      all: [
        { fact: 'phase', operator: 'equal', value: 'build' },
        { fact: 'daysLate', operator: 'greaterThan', value: 30 },
        { fact: 'openTaskCount', operator: 'greaterThan', value: 10 },
      ],
    },
    event: { type: 'stalled' },
  },
  {
    name: 'healthy',
    conditions: {
      all: [
        { fact: 'riskScore', operator: 'lessThan', value: 30 },
        { fact: 'daysLate', operator: 'lessThanInclusive', value: 0 },
        { not: { fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } } },
      ],
    },
    event: { type: 'healthy' },
  },
];

function openTaskCount(tasks: MicroFacts['tasks']): number {
  let open = 0;
  for (const t of tasks) if (t.status !== 'done') open++;
  return open;
}

/** The same checks written by hand (the reference's `plain`). */
export function handwritten(f: MicroFacts): string[] {
  const open = openTaskCount(f.tasks);
  const ratio = f.spent / f.budget;
  const out: string[] = [];
  if (f.spent > f.budget) out.push('overBudget');
  if (f.riskScore >= 80 || (f.daysLate > 10 && (f.priority === 'high' || f.priority === 'critical')))
    out.push('highRisk');
  if ((f.department === 'finance' || f.department === 'legal') && f.budget > 100000)
    out.push('financeReview');
  if (open > 20) out.push('manyOpenTasks');
  if (f.daysLate > 0 && open > 5) out.push('lateAndOpen');
  if (f.crossDept === true && (f.stakeholders >= 5 || f.riskScore > 60)) out.push('crossDeptEscalation');
  if ((f.phase === 'design' || f.phase === 'build') && !(f.riskScore < 30)) out.push('phaseGate');
  if (f.priority === 'low' && open === 0) out.push('lowPrioIdle');
  if (ratio >= 0.9 && ratio <= 1.0) out.push('budgetNearLimit');
  if ((f.meta.owner.region === 'EU' || f.meta.owner.region === 'US') && f.stakeholders < 3)
    out.push('regionalOwner');
  if (f.phase === 'build' && f.daysLate > 30 && open > 10) out.push('stalled');
  if (f.riskScore < 30 && f.daysLate <= 0 && !(f.spent > f.budget)) out.push('healthy');
  return out;
}

/**
 * The facts the compiled evaluator reads: the object's fields plus the two derived facts, computed per run (as
 * json-rules-engine computes them per run). Written as a literal: on Node 20 `{ ...f, extra }` costs ~4 µs here
 * and yields objects that are twice as slow to read, which would measure V8's spread, not the evaluator.
 */
function compiledFacts(f: MicroFacts): Record<string, unknown> {
  return {
    projectId: f.projectId,
    budget: f.budget,
    spent: f.spent,
    riskScore: f.riskScore,
    department: f.department,
    phase: f.phase,
    priority: f.priority,
    daysLate: f.daysLate,
    crossDept: f.crossDept,
    stakeholders: f.stakeholders,
    tasks: f.tasks,
    meta: f.meta,
    openTaskCount: openTaskCount(f.tasks),
    budgetRatio: f.spent / f.budget,
  };
}

function buildEngine(withSafePaths: boolean): Engine {
  const engine = new Engine([], withSafePaths ? { pathResolver } : {});
  for (const rule of MICRO_RULES) engine.addRule(structuredClone(rule) as unknown as JreRuleProperties);
  engine.addFact('openTaskCount', (_params, almanac) =>
    almanac.factValue<MicroFacts['tasks']>('tasks').then((tasks) => openTaskCount(tasks)),
  );
  engine.addFact('budgetRatio', (_params, almanac) =>
    Promise.all([almanac.factValue<number>('spent'), almanac.factValue<number>('budget')]).then(
      ([s, b]) => s / b,
    ),
  );
  return engine;
}

/**
 * Options of {@link runMicroBench}.
 *
 * @example
 * ```ts
 * const options: MicroBenchOptions = { reps: 5, log: false };
 * ```
 */
export interface MicroBenchOptions {
  /** Repetitions per contender; the median is reported (default `REPS` from the environment, else 5). */
  readonly reps?: number;
  /** Fact objects (default 10,000, as the reference). */
  readonly n?: number;
  /** Print the table (default `false`). */
  readonly log?: boolean;
}

/** One contender's median. */
export interface MicroBenchRow {
  readonly label: string;
  readonly medianMs: number;
  readonly runsPerSec: number;
  readonly usPerRun: number;
}

/**
 * The numbers of one micro benchmark run: each contender's median, the ratios the targets are stated in, and
 * how many fact objects each contender got wrong against the hand-written checks (all should be 0).
 */
export interface MicroBenchResult {
  readonly n: number;
  readonly reps: number;
  readonly hits: number;
  readonly rows: readonly MicroBenchRow[];
  readonly jre: MicroBenchRow;
  readonly jreSafePaths: MicroBenchRow;
  readonly compiled: MicroBenchRow;
  readonly compiledExplained: MicroBenchRow;
  readonly handwritten: MicroBenchRow;
  readonly ratios: {
    /** compiled (lean) runs/s ÷ json-rules-engine runs/s; target ≥ 20. */
    readonly compiledOverJre: number;
    /** compiled with explanations runs/s ÷ json-rules-engine runs/s. */
    readonly compiledExplainedOverJre: number;
    /** hand-written runs/s ÷ compiled (lean) runs/s; target ≤ 5. */
    readonly handwrittenOverCompiled: number;
    /** hand-written runs/s ÷ compiled with explanations runs/s. */
    readonly handwrittenOverCompiledExplained: number;
  };
  readonly mismatches: {
    readonly jre: number;
    readonly compiled: number;
    readonly compiledExplained: number;
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Runs the micro benchmark: json-rules-engine (one engine, sequential `await engine.run(facts)`, JSONPath as in
 * the reference, and again with the safe path resolver), the compiled pack with `explain: false` and with
 * explanations, and the hand-written checks; each timed `reps` times over all fact objects.
 *
 * @param options - Repetitions, size, printing.
 * @returns The medians, ratios and correctness counts.
 * @example
 * ```ts
 * const result = await runMicroBench({ reps: 5 });
 * result.ratios.compiledOverJre; // ≥ 20
 * ```
 */
export async function runMicroBench(options: MicroBenchOptions = {}): Promise<MicroBenchResult> {
  const reps = Math.max(5, options.reps ?? Number(process.env.REPS ?? 5));
  const facts = microFacts(options.n ?? 10_000);
  const n = facts.length;
  const expected = facts.map(handwritten);
  const hits = expected.reduce((sum, e) => sum + e.length, 0);
  const pack = compileRules(MICRO_RULES);
  const rows: MicroBenchRow[] = [];
  const row = (label: string, times: readonly number[]): MicroBenchRow => {
    const medianMs = median(times);
    const r = { label, medianMs, runsPerSec: n / (medianMs / 1000), usPerRun: (medianMs * 1000) / n };
    rows.push(r);
    if (options.log) {
      console.log(
        `${label.padEnd(48)} median ${medianMs.toFixed(1).padStart(9)} ms  ${Math.round(r.runsPerSec).toLocaleString('en-US').padStart(11)} runs/s  ${r.usPerRun.toFixed(2).padStart(8)} µs/run`,
      );
    }
    return r;
  };
  /**
   * Times the synchronous contenders over all facts, each `inner` times per repetition, after a warm-up of at
   * least a second each (V8 settles the optimized code of small closures late; an early rep can run 2× slower).
   * The repetitions are interleaved — one of each contender in turn — so a slow spell of a shared machine slows
   * them all rather than one of them, and the ratios compare like with like.
   */
  const timeSyncInterleaved = (
    contenders: readonly { readonly inner: number; readonly body: (f: MicroFacts) => number }[],
  ): number[][] => {
    let sink = 0;
    for (const { body } of contenders) {
      const warmUntil = performance.now() + 1000;
      do for (const f of facts) sink += body(f);
      while (performance.now() < warmUntil);
    }
    const times = contenders.map((): number[] => []);
    for (let r = 0; r < reps; r++) {
      contenders.forEach(({ inner, body }, c) => {
        const t0 = performance.now();
        for (let k = 0; k < inner; k++) for (const f of facts) sink += body(f);
        times[c]!.push((performance.now() - t0) / inner);
      });
    }
    if (sink < 0) console.log(sink);
    return times;
  };
  const jreRun = async (engine: Engine): Promise<string[][]> => {
    const out: string[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const result = await engine.run(facts[i] as unknown as Record<string, unknown>);
      out[i] = result.events.map((e) => e.type);
    }
    return out;
  };
  const mismatchesOf = (got: readonly (readonly string[])[]) =>
    got.reduce((m, events, i) => m + (sameSet(events, expected[i]!) ? 0 : 1), 0);

  const [handTimes, compiledTimes, explainedTimes] = timeSyncInterleaved([
    { inner: 20, body: (f) => handwritten(f).length },
    { inner: 10, body: (f) => pack.run(compiledFacts(f), { explain: false }).events.length },
    { inner: 3, body: (f) => pack.run(compiledFacts(f)).events.length },
  ]);
  const handwrittenRow = row('hand-written checks', handTimes!);
  const compiledRow = row('crossdept compiled, explain: false', compiledTimes!);
  const compiledExplainedRow = row('crossdept compiled, with explanations', explainedTimes!);
  const timeJre = async (engine: Engine): Promise<number[]> => {
    await jreRun(engine); // warm-up
    const times: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      await jreRun(engine);
      times.push(performance.now() - t0);
    }
    return times;
  };
  const jreEngine = buildEngine(false);
  const jreRow = row('json-rules-engine, await run() sequential', await timeJre(jreEngine));
  const jreSafe = buildEngine(true);
  const jreSafeRow = row('json-rules-engine, safe pathResolver', await timeJre(jreSafe));

  const mismatches = {
    jre: mismatchesOf(await jreRun(jreEngine)),
    compiled: mismatchesOf(
      facts.map((f) => pack.run(compiledFacts(f), { explain: false }).events.map((e) => e.type)),
    ),
    compiledExplained: mismatchesOf(facts.map((f) => pack.run(compiledFacts(f)).events.map((e) => e.type))),
  };
  const result: MicroBenchResult = {
    n,
    reps,
    hits,
    rows,
    jre: jreRow,
    jreSafePaths: jreSafeRow,
    compiled: compiledRow,
    compiledExplained: compiledExplainedRow,
    handwritten: handwrittenRow,
    ratios: {
      compiledOverJre: compiledRow.runsPerSec / jreRow.runsPerSec,
      compiledExplainedOverJre: compiledExplainedRow.runsPerSec / jreRow.runsPerSec,
      handwrittenOverCompiled: handwrittenRow.runsPerSec / compiledRow.runsPerSec,
      handwrittenOverCompiledExplained: handwrittenRow.runsPerSec / compiledExplainedRow.runsPerSec,
    },
    mismatches,
  };
  if (options.log) {
    const r = result.ratios;
    console.log(
      `\n${n} fact objects, ${MICRO_RULES.length} rules, ${hits} rule hits, median of ${reps} runs`,
    );
    console.log(`compiled/JRE               ${r.compiledOverJre.toFixed(1)}×  (target ≥ 20×)`);
    console.log(`compiled (explained)/JRE   ${r.compiledExplainedOverJre.toFixed(1)}×`);
    console.log(`handwritten/compiled       ${r.handwrittenOverCompiled.toFixed(2)}×  (target ≤ 5×)`);
    console.log(`handwritten/compiled (expl) ${r.handwrittenOverCompiledExplained.toFixed(2)}×`);
    console.log(`mismatches vs hand-written: ${JSON.stringify(mismatches)}`);
  }
  return result;
}
