// Performance against the floor (issue 20): what crossdept costs next to what merely reading the document
// costs, how fast the command line starts next to an empty Node process, and how much a browser must download.
// Every ratio is measured in one process over the same 300 collaborations from `collaborationArb()` (seed
// 20261126), serialized to JSON and to YAML text; the contenders' passes are interleaved, so a slow spell of a
// shared machine slows all of them. The command line and the browser bundles are measured on the built package
// (`dist/`, as users get it). Run with `npm run bench:floor` (REPS=9 for more repetitions).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { loadCollaboration, parseCollaboration } from '../src/model/parse.js';
import type { Collaboration } from '../src/model/types.js';
import { evaluateSync } from '../src/rules/evaluate.js';
import { PORTFOLIO_NOW, PORTFOLIO_SEED, portfolio } from './portfolio.js';
import { collectGarbage, median } from './stats.js';

/** The repository root (this file runs from `bench/` under tsx and from `.bench/` when bundled). */
const root = fileURLToPath(new URL('../', import.meta.url));

/** How many collaborations the ratios are measured over. */
export const FLOOR_COLLABORATIONS = 300;

/** Two contenders' medians over the same documents, and their ratio. */
export interface FloorRatio {
  /** Median milliseconds of one pass of the measured contender over all documents. */
  readonly ms: number;
  /** Median milliseconds of one pass of the floor over the same documents. */
  readonly floorMs: number;
  /** `ms / floorMs`. */
  readonly ratio: number;
}

/** One browser bundle of the built root entry. */
export interface BundleSize {
  /** The entry's source: `export { … } from 'crossdept';`. */
  readonly entry: string;
  readonly minifiedBytes: number;
  /** The minified bundle through node:zlib's gzip at its default level (6), as a web server sends it. */
  readonly gzipBytes: number;
  /** Minified bytes contributed by each npm package, largest first. */
  readonly packages: readonly { readonly name: string; readonly bytes: number }[];
  /** Minified bytes of crossdept's own modules (everything not from an npm package). */
  readonly ownBytes: number;
  readonly jsonRulesEngine: boolean;
}

/** The numbers of one run of the floor benchmark. */
export interface FloorBenchResult {
  readonly collaborations: number;
  readonly reps: number;
  /** Mean characters of a document's JSON and YAML text. */
  readonly meanJsonChars: number;
  readonly meanYamlChars: number;
  /** `evaluateSync(parsed)` ÷ `JSON.parse(text)`. */
  readonly evaluateOverJsonParse: FloorRatio;
  /**
   * `evaluateSync` of collaborations parsed afresh before each pass (untimed) ÷ `JSON.parse(text)`: what a one-off
   * evaluation costs, with the caches kept per parsed collaboration cold (the goal-statement cache by text stays warm).
   */
  readonly evaluateFreshOverJsonParse: FloorRatio;
  /** `loadCollaboration(jsonText)` ÷ (`JSON.parse` + `parseCollaboration`). */
  readonly loadJsonOverParse: FloorRatio;
  /** `loadCollaboration(yamlText)` ÷ the yaml library's `parse`. */
  readonly loadYamlOverYamlParse: FloorRatio;
  /** `parseCollaboration(object)` ÷ `JSON.parse(text)`. */
  readonly parseOverJsonParse: FloorRatio;
  /** Documents whose JSON or YAML reading differs from `parseCollaboration` of the generated object (all should be 0). */
  readonly mismatches: { readonly json: number; readonly yaml: number };
  /**
   * `crossdept check` on the worked example ÷ `node -e 0`, medians of `spawns` spawns each; `importMs` is the
   * median of a process that only imports the built root entry, the part of the start-up no command avoids today.
   */
  readonly cliStart: FloorRatio & { readonly spawns: number; readonly importMs: number };
  readonly bundles: { readonly parseOnly: BundleSize; readonly parseEvaluateRender: BundleSize };
}

/**
 * Passes of each contender, interleaved: each `make()` prepares its input untimed (fresh objects where the
 * library remembers what it has seen) and returns the timed pass. After at least `warmMs` of warm-up per
 * contender, every round times one pass of each, each after a full collection (with `--expose-gc`).
 */
function timeInterleaved(makers: readonly (() => () => number)[], reps: number, warmMs: number): number[][] {
  let sink = 0;
  for (const make of makers) {
    const warmUntil = performance.now() + warmMs;
    do sink += make()();
    while (performance.now() < warmUntil);
  }
  const times = makers.map((): number[] => []);
  for (let r = 0; r < reps; r++) {
    makers.forEach((make, c) => {
      const pass = make();
      collectGarbage();
      const t0 = performance.now();
      sink += pass();
      times[c]!.push(performance.now() - t0);
    });
  }
  if (sink < 0) console.log(sink);
  return times;
}

const ratioOf = (times: readonly number[], floorTimes: readonly number[]): FloorRatio => {
  const ms = median(times);
  const floorMs = median(floorTimes);
  return { ms, floorMs, ratio: ms / floorMs };
};

/** The same data, compared as JSON (the parsed data is plain: strings, numbers, booleans, arrays, objects). */
const same = (a: Collaboration, b: Collaboration) => JSON.stringify(a) === JSON.stringify(b);

/** The four in-process ratios over the generated collaborations. */
function documentRatios(reps: number) {
  const inputs = portfolio(FLOOR_COLLABORATIONS, PORTFOLIO_SEED);
  const jsonTexts = inputs.map((c) => JSON.stringify(c));
  const yamlTexts = inputs.map((c) => stringifyYaml(c));
  const parsed = inputs.map((c, i) => {
    const result = parseCollaboration(c);
    if (!result.success)
      throw new Error(`generated collaboration ${i} does not parse: ${result.issues[0]?.message}`);
    return result.data;
  });
  const mismatches = { json: 0, yaml: 0 };
  parsed.forEach((data, i) => {
    const fromJson = loadCollaboration(jsonTexts[i]!);
    const fromYaml = loadCollaboration(yamlTexts[i]!);
    if (!fromJson.success || !same(fromJson.data, data)) mismatches.json++;
    if (!fromYaml.success || !same(fromYaml.data, data)) mismatches.yaml++;
  });

  const now = PORTFOLIO_NOW;
  const ok = (r: { readonly success: boolean }) => (r.success ? 1 : 0);
  const [jsonParse, yamlParse, evaluate, loadJson, jsonParseAndParse, loadYaml, parseObject, evaluateFresh] =
    timeInterleaved(
      [
        () => () => {
          let n = 0;
          for (const t of jsonTexts) n += (JSON.parse(t) as { id?: string }).id ? 1 : 0;
          return n;
        },
        () => () => {
          let n = 0;
          for (const t of yamlTexts) n += (parseYaml(t) as { id?: string }).id ? 1 : 0;
          return n;
        },
        () => () => {
          let n = 0;
          for (const c of parsed) n += evaluateSync(c, { now }).findings.length;
          return n;
        },
        () => () => {
          let n = 0;
          for (const t of jsonTexts) n += ok(loadCollaboration(t));
          return n;
        },
        () => () => {
          let n = 0;
          for (const t of jsonTexts) n += ok(parseCollaboration(JSON.parse(t)));
          return n;
        },
        () => () => {
          let n = 0;
          for (const t of yamlTexts) n += ok(loadCollaboration(t));
          return n;
        },
        () => {
          // parseCollaboration remembers the objects it returned, so every pass validates fresh ones.
          const objects: unknown[] = jsonTexts.map((t) => JSON.parse(t));
          return () => {
            let n = 0;
            for (const o of objects) n += ok(parseCollaboration(o));
            return n;
          };
        },
        () => {
          // Fresh parsed objects, so nothing the library keeps per parsed collaboration is reused.
          const fresh = jsonTexts.map((t) => {
            const r = parseCollaboration(JSON.parse(t));
            if (!r.success) throw new Error('a generated collaboration stopped parsing');
            return r.data;
          });
          return () => {
            let n = 0;
            for (const c of fresh) n += evaluateSync(c, { now }).findings.length;
            return n;
          };
        },
      ],
      reps,
      500,
    );
  const mean = (texts: readonly string[]) => texts.reduce((s, t) => s + t.length, 0) / texts.length;
  return {
    meanJsonChars: mean(jsonTexts),
    meanYamlChars: mean(yamlTexts),
    evaluateOverJsonParse: ratioOf(evaluate!, jsonParse!),
    evaluateFreshOverJsonParse: ratioOf(evaluateFresh!, jsonParse!),
    loadJsonOverParse: ratioOf(loadJson!, jsonParseAndParse!),
    loadYamlOverYamlParse: ratioOf(loadYaml!, yamlParse!),
    parseOverJsonParse: ratioOf(parseObject!, jsonParse!),
    mismatches,
  };
}

/** `crossdept check` on the worked example against `node -e 0`: wall times of fresh processes, interleaved. */
function cliStart(spawns: number): FloorBenchResult['cliStart'] {
  const check = ['dist/cli.js', 'check', 'examples/new-product-launch.yaml', '--now', '2026-11-26'];
  const importOnly = ['--input-type=module', '-e', "await import('./dist/index.js');"];
  const run = (args: readonly string[]) => {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    const ms = performance.now() - t0;
    if (child.status !== 0)
      throw new Error(`node ${args.join(' ')} failed (exit ${child.status ?? child.signal})`);
    return ms;
  };
  // One untimed spawn each, so both start from a warm file cache.
  run(['-e', '0']);
  run(check);
  run(importOnly);
  const nodeTimes: number[] = [];
  const cliTimes: number[] = [];
  const importTimes: number[] = [];
  for (let i = 0; i < spawns; i++) {
    nodeTimes.push(run(['-e', '0']));
    cliTimes.push(run(check));
    importTimes.push(run(importOnly));
  }
  return { ...ratioOf(cliTimes, nodeTimes), spawns, importMs: median(importTimes) };
}

/** The npm package a bundled file comes from: `…/node_modules/zod/v4/classic/schemas.js` → `zod`. */
const packageOf = (file: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];

/** Bundles an entry importing the built package by name, for the browser, minified, and weighs it. */
async function bundleSize(names: readonly string[]): Promise<BundleSize> {
  const entry = `export { ${names.join(', ')} } from 'crossdept';`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const byPackage = new Map<string, number>();
  let ownBytes = 0;
  for (const output of Object.values((result.metafile as Metafile).outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const name = packageOf(file);
      if (name === undefined) ownBytes += input.bytesInOutput;
      else if (input.bytesInOutput > 0) byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  const packages = [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  return {
    entry,
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code).length,
    packages,
    ownBytes,
    jsonRulesEngine: byPackage.has('json-rules-engine'),
  };
}

/**
 * Runs the floor benchmark: the four in-process ratios over 300 generated collaborations, the command line's
 * start-up against `node -e 0`, and the two browser bundles. Needs the built package (`npm run build`, or the
 * `tsup` step of `npm run bench:floor`).
 *
 * @param reps - Interleaved rounds of the in-process contenders (at least 15); spawns per command (at least 9).
 * @returns The ratios, the raw medians behind them and the bundle sizes.
 * @example
 * ```ts
 * const result = await runFloorBench(15);
 * result.evaluateOverJsonParse.ratio; // target ≤ 5
 * ```
 */
export async function runFloorBench(reps = 15): Promise<FloorBenchResult> {
  for (const file of ['dist/index.js', 'dist/cli.js'])
    if (!existsSync(`${root}${file}`))
      throw new Error(`${file} is missing: build the package first (npm run build)`);
  const rounds = Math.max(15, reps);
  const documents = documentRatios(rounds);
  const cli = cliStart(Math.max(9, reps));
  const parseOnly = await bundleSize(['parseCollaboration']);
  const parseEvaluateRender = await bundleSize(['parseCollaboration', 'evaluateSync', 'renderTemplate']);
  return {
    collaborations: FLOOR_COLLABORATIONS,
    reps: rounds,
    ...documents,
    cliStart: cli,
    bundles: { parseOnly, parseEvaluateRender },
  };
}

/** The micro and critical-path ratios the issue's table also states, from their own parts of `npm run bench`. */
export interface FloorExtras {
  readonly compiledOverJre: number;
  readonly handwrittenOverCompiled: number;
  readonly criticalPathGrowth: number;
}

/**
 * The issue-20 table in Markdown: measure, now, target, whether it is met. The micro and critical-path rows come
 * from their own parts when `extras` is given (`npm run bench`), else they are left out (`npm run bench:floor`).
 */
export function floorTable(f: FloorBenchResult, extras?: FloorExtras): string {
  const x = (n: number, d = 1) => `${n.toFixed(d)}×`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (r: FloorRatio, d = 2) => `${r.ms.toFixed(d)} ms vs ${r.floorMs.toFixed(d)} ms`;
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const rows: string[] = [
    '| measure | now | target | |',
    '|---|---|---|---|',
    `| \`evaluateSync(parsed)\` ÷ \`JSON.parse(text)\` of the same document | **${x(f.evaluateOverJsonParse.ratio)}** (${ms(f.evaluateOverJsonParse)} per ${f.collaborations}) | ≤ 5× | ${met(f.evaluateOverJsonParse.ratio <= 5)} |`,
    `| its part: \`evaluateSync\` of collaborations parsed afresh before each pass ÷ \`JSON.parse(text)\` | ${x(f.evaluateFreshOverJsonParse.ratio)} (${ms(f.evaluateFreshOverJsonParse)}) | | |`,
    `| \`loadCollaboration(jsonText)\` ÷ (\`JSON.parse\` + \`parseCollaboration\`) | **${x(f.loadJsonOverParse.ratio, 2)}** (${ms(f.loadJsonOverParse)}) | ≤ 1.3× | ${met(f.loadJsonOverParse.ratio <= 1.3)} |`,
    `| \`loadCollaboration(yamlText)\` ÷ the yaml library's \`parse\` of the same text | **${x(f.loadYamlOverYamlParse.ratio, 2)}** (${ms(f.loadYamlOverYamlParse)}) | ≤ 1.5× | ${met(f.loadYamlOverYamlParse.ratio <= 1.5)} |`,
    `| \`parseCollaboration(object)\` ÷ \`JSON.parse(text)\` | **${x(f.parseOverJsonParse.ratio)}** (${ms(f.parseOverJsonParse)}) | ≤ 3× | ${met(f.parseOverJsonParse.ratio <= 3)} |`,
    `| \`crossdept check examples/new-product-launch.yaml\` wall time ÷ \`node -e 0\` | **${x(f.cliStart.ratio)}** (${ms(f.cliStart, 0)}, medians of ${f.cliStart.spawns} spawns) | ≤ 3× | ${met(f.cliStart.ratio <= 3)} |`,
    `| its part: a process that only imports the built root entry, ÷ \`node -e 0\` | ${x(f.cliStart.importMs / f.cliStart.floorMs)} (${f.cliStart.importMs.toFixed(0)} ms) | | |`,
    bundleRow('browser bundle of `parseCollaboration` alone', f.bundles.parseOnly, 60, false),
    bundleRow(
      'browser bundle of `parseCollaboration` + `evaluateSync` + `renderTemplate`',
      f.bundles.parseEvaluateRender,
      120,
      true,
    ),
  ];
  if (extras) {
    rows.push(
      `| compiled vs json-rules-engine, micro pack | **${x(extras.compiledOverJre)}** | ≥ 50× | ${met(extras.compiledOverJre >= 50)} |`,
      `| hand-written vs compiled, micro pack | **${x(extras.handwrittenOverCompiled, 2)}** | ≤ 3× | ${met(extras.handwrittenOverCompiled <= 3)} |`,
      `| critical path, time(100k) ÷ time(10k) | **${extras.criticalPathGrowth.toFixed(2)}** | ≤ 12 | ${met(extras.criticalPathGrowth <= 12)} |`,
    );
  }
  return rows.join('\n');

  function bundleRow(measure: string, b: BundleSize, targetKb: number, withoutJre: boolean): string {
    const top = b.packages
      .slice(0, 3)
      .map((p) => `${p.name} ${kb(p.bytes)}`)
      .join(', ');
    const jre = b.jsonRulesEngine ? 'json-rules-engine included' : 'without json-rules-engine';
    const ok = b.gzipBytes <= targetKb * 1024 && (!withoutJre || !b.jsonRulesEngine);
    return `| ${measure} | **${kb(b.gzipBytes)}** gzip (${kb(b.minifiedBytes)} minified; crossdept's own modules ${kb(b.ownBytes)}${top ? `, ${top}` : ''} of it minified; ${jre}) | ≤ ${targetKb} KB${withoutJre ? ', without json-rules-engine' : ''} | ${met(ok)} |`;
  }
}

/** `npm run bench:floor`: runs {@link runFloorBench} and prints its table. */
export async function printFloorBench(reps: number): Promise<void> {
  const f = await runFloorBench(reps);
  console.log(
    `${f.collaborations} collaborations from collaborationArb() (seed ${PORTFOLIO_SEED}), ${Math.round(f.meanJsonChars).toLocaleString('en-US')} characters of JSON and ${Math.round(f.meanYamlChars).toLocaleString('en-US')} of YAML each on average; medians of ${f.reps} interleaved passes; readings that differ from parseCollaboration: ${f.mismatches.json} (JSON), ${f.mismatches.yaml} (YAML)\n`,
  );
  console.log(floorTable(f));
}
