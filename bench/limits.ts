// The readers at their limits: the worst inputs the reader limits (src/model/limits.ts) refuse or admit, each read
// once in a fresh Node process, with its time and its peak memory (the process's peak resident set over what it
// held before reading, the input text included in that baseline). Run with `npm run bench:limits`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import {
  MAX_COLLECTION_SIZE,
  MAX_DEPTH,
  MAX_NODES,
  MAX_TEXT_LENGTH,
  MAX_YAML_TOKENS,
} from '../src/model/limits.js';
import { loadCollaboration } from '../src/model/parse.js';
import { collectGarbage } from './stats.js';

const HEADER =
  'id: limits\nname: Limits\nscenario: project\nperiod: { start: 2026-01-01, end: 2026-12-31 }\n';
const JSON_HEADER =
  '{"id":"limits","name":"Limits","scenario":"project","period":{"start":"2026-01-01","end":"2026-12-31"},';

/** `unit` repeated to fill `length` characters after `head`, closed by `tail`. */
function fill(head: string, unit: string, tail: string, length = MAX_TEXT_LENGTH): string {
  return head + unit.repeat(Math.floor((length - head.length - tail.length) / unit.length)) + tail;
}

/**
 * The worked example with `n` milestones in place of its own: id, name, owner, due date and the milestone before
 * it, and with `all`, a department and a status too.
 */
function milestones(n: number, all = false): Record<string, unknown> {
  const example = new URL('../examples/new-product-launch.yaml', import.meta.url);
  const base = JSON.parse(JSON.stringify(loadOrThrow(readFileSync(example, 'utf8')))) as Record<
    string,
    unknown
  >;
  base.milestones = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    name: `Milestone ${i}`,
    ...(all ? { department: 'rd' } : {}),
    owner: 'wang',
    due: '2026-11-20',
    ...(i > 0 ? { dependsOn: [`m${i - 1}`] } : {}),
    ...(all ? { status: 'planned' } : {}),
  }));
  return base;
}

function loadOrThrow(text: string): unknown {
  const result = loadCollaboration(text);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/** Lists of `unit` (one entry each) under unknown top-level keys, until `tokens` YAML tokens are used. */
function flowLists(unit: string, tokensPerUnit: number, tokens = MAX_YAML_TOKENS - 1_000): string {
  const units = Math.floor(tokens / tokensPerUnit);
  const perList = MAX_COLLECTION_SIZE - 1;
  const lists: string[] = [];
  for (let done = 0, k = 0; done < units; done += perList, k++) {
    lists.push(`x${k}: [${unit.repeat(Math.min(perList, units - done) - 1)}${unit.slice(0, -1)}]\n`);
  }
  return HEADER + lists.join('');
}

/** The cases: what each one is, and its input (text, and its format). */
export const LIMIT_CASES: Record<
  string,
  { readonly what: string; readonly input: () => [string, 'yaml' | 'json'] }
> = {
  'yaml-flow-list': {
    what: '20 MiB of YAML: one flow list of numbers under scope.included',
    input: () => [fill(`${HEADER}scope:\n  included: [`, '1, ', '1]\n'), 'yaml'],
  },
  'json-array': {
    what: '20 MiB of JSON: one array of numbers under scope.included',
    input: () => [fill(`${JSON_HEADER}"scope":{"included":[`, '1,', '1]}}'), 'json'],
  },
  'yaml-40k-keys': {
    what: '40,000 unknown top-level keys, YAML',
    input: () => [HEADER + Array.from({ length: 40_000 }, (_, i) => `key${i}: value\n`).join(''), 'yaml'],
  },
  'json-40k-keys': {
    what: '40,000 unknown top-level keys, JSON',
    input: () => [
      `${JSON_HEADER + Array.from({ length: 40_000 }, (_, i) => `"key${i}":"value"`).join(',')}}`,
      'json',
    ],
  },
  'yaml-deep-flow': {
    what: 'YAML nested 10,000 levels deep, flow style [[[…]]]',
    input: () => [`${HEADER}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'yaml'],
  },
  'yaml-deep-block': {
    what: 'YAML nested 10,000 levels deep, block style - - - x',
    input: () => [`${HEADER}x:\n${'- '.repeat(10_000)}x\n`, 'yaml'],
  },
  'yaml-depth-at-limit': {
    what: `YAML nested ${MAX_DEPTH} levels deep (the deepest admitted)`,
    input: () => [`${HEADER}x: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`, 'yaml'],
  },
  'json-deep': {
    what: '20 MiB of JSON nested 10 million levels deep',
    input: () => [fill('', '[', '', MAX_TEXT_LENGTH / 2) + ']'.repeat(MAX_TEXT_LENGTH / 2), 'json'],
  },
  'alias-bomb': {
    what: 'a YAML alias bomb: 9 levels of 10 aliases (10^9 values expanded)',
    input: () => {
      const lines = [`${HEADER}a0: &a0 [x, x, x, x, x, x, x, x, x, x]`];
      for (let i = 1; i < 10; i++)
        lines.push(
          `a${i}: &a${i} [${Array(10)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
        );
      return [`${lines.join('\n')}\n`, 'yaml'];
    },
  },
  'yaml-empty-maps-at-limit': {
    what: `YAML just under MAX_YAML_TOKENS of empty flow maps [{},{},…] (the costliest tokens admitted)`,
    input: () => [flowLists('{},', 3), 'yaml'],
  },
  'yaml-errors-at-limit': {
    what: 'YAML just under MAX_YAML_TOKENS with a syntax error on every line (": : : : : :")',
    // Twelve tokens a line, and two more for each of its six keyless colons.
    input: () => [HEADER + ': : : : : :\n'.repeat(Math.floor((MAX_YAML_TOKENS - 1_000) / 24)), 'yaml'],
  },
  'yaml-quoted-at-limit': {
    what: 'YAML just under MAX_YAML_TOKENS of double-quoted text (10,000-character strings)',
    input: () => {
      const item = `  - "${'x'.repeat(9_990)}"\n`;
      const count = Math.floor((MAX_YAML_TOKENS - 1_000) / (4 + (item.length - 5) / 8));
      return [`${HEADER}scope:\n  included:\n${item.repeat(count)}`, 'yaml'];
    },
  },
  'json-nodes-at-limit': {
    what: 'JSON of just under MAX_NODES numbers, in lists of just under MAX_COLLECTION_SIZE',
    input: () => {
      const list = `[${'0,'.repeat(MAX_COLLECTION_SIZE - 2)}0]`;
      const lists = Math.floor((MAX_NODES - 100) / MAX_COLLECTION_SIZE);
      return [`${JSON_HEADER}"x":[${Array(lists).fill(list).join(',')}]}`, 'json'];
    },
  },
  'json-invalid-milestones': {
    what: `JSON of ${MAX_COLLECTION_SIZE - 1} milestones with six wrong fields each (1.2 million issues, 100 shown)`,
    input: () => [
      `${JSON_HEADER}"milestones":[${Array(MAX_COLLECTION_SIZE - 1)
        .fill('{"id":1,"name":2,"due":3,"status":4,"dependsOn":5,"zz":6}')
        .join(',')}]}`,
      'json',
    ],
  },
  'yaml-30k-milestones': {
    what: 'a valid collaboration with 30,000 milestones of five fields, YAML',
    input: () => [stringify(milestones(30_000)), 'yaml'],
  },
  'yaml-30k-milestones-seven-fields': {
    what: 'the same with seven fields per milestone, YAML (over MAX_YAML_TOKENS)',
    input: () => [stringify(milestones(30_000, true)), 'yaml'],
  },
  'json-30k-milestones-seven-fields': {
    what: 'the same with seven fields per milestone, JSON',
    input: () => [JSON.stringify(milestones(30_000, true), null, 2), 'json'],
  },
};

/** What one case measured. */
export interface LimitCaseResult {
  readonly name: string;
  readonly what: string;
  readonly megabytes: number;
  readonly ms: number;
  readonly peakMb: number;
  readonly outcome: string;
}

/** Reads one case's input once and measures it (run it in a fresh process: the peak is the process's). */
export function runLimitCase(name: string): LimitCaseResult {
  const spec = LIMIT_CASES[name];
  if (spec === undefined) throw new Error(`unknown case ${name}`);
  const [text, format] = spec.input();
  collectGarbage();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const result = loadCollaboration(text, { format, locale: 'en' });
  const ms = performance.now() - started;
  const peakMb = Math.max(0, process.resourceUsage().maxRSS * 1024 - before) / 1024 / 1024;
  const first = result.success ? undefined : result.issues[0];
  const outcome = result.success
    ? 'loaded'
    : `${result.issues.length} issue(s); ${first?.code}${first?.line === undefined ? '' : ` at ${first.line}:${first.column}`}: ${first?.message.slice(0, 90)}`;
  return { name, what: spec.what, megabytes: text.length / 1024 / 1024, ms, peakMb, outcome };
}

/**
 * Runs every case in a fresh process of the bundled benchmark script (`node .bench/index.mjs limit-case NAME`,
 * with this process's flags), so each peak is that case's alone.
 */
export function runLimitsBench(): LimitCaseResult[] {
  const script = fileURLToPath(import.meta.url);
  return Object.keys(LIMIT_CASES).map((name) => {
    console.error(`  ${name}…`);
    const child = spawnSync(process.execPath, [...process.execArgv, script, 'limit-case', name], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`case ${name} failed (exit ${child.status ?? child.signal})`);
    return JSON.parse(child.stdout) as LimitCaseResult;
  });
}

/** The rows as a Markdown table. */
export function limitsTable(rows: readonly LimitCaseResult[]): string {
  const lines = ['| input | size | time | peak memory | outcome |', '|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(
      `| ${r.what} | ${r.megabytes.toFixed(2)} MB | ${r.ms.toFixed(0)} ms | ${r.peakMb.toFixed(0)} MB | ${r.outcome.replaceAll('|', '\\|')} |`,
    );
  }
  return lines.join('\n');
}
