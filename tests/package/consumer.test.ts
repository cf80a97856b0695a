// The packed package, as a consumer gets it: `npm pack`, install the tarball into a scratch project outside the
// repository (so nothing resolves from the repository's node_modules), then import each entry point (`crossdept`,
// `crossdept/engine`, `crossdept/schemas`, `crossdept/testing`) from ESM, require it from CommonJS, type-check
// TypeScript consumers under NodeNext and Bundler resolution, run the `crossdept` executable, and lint the
// tarball with publint and @arethetypeswrong/cli.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, ensureBuilt, exec, root } from './build.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

let work = '';
let tarball = '';
let packed: string[] = [];

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  'esm.mjs': `
import { readFileSync } from 'node:fs';
import { CrossdeptError, evaluate, loadCollaboration, renderTemplate, scheduleMilestones } from 'crossdept';
import { compileRules, EngineError } from 'crossdept/engine';
import { MilestoneSchema } from 'crossdept/schemas';
import { collaborationArb } from 'crossdept/testing';
const RULES = [{ conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } }];
const text = readFileSync('node_modules/crossdept/examples/new-product-launch.yaml', 'utf8');
const result = loadCollaboration(text, { locale: 'en' });
if (!result.success) throw new Error('example invalid');
const report = await evaluate(result.data, { now: '2026-12-10', locale: 'en' });
console.log(JSON.stringify({
  criticalPath: scheduleMilestones(result.data).criticalPath,
  summary: report.summary,
  kickoff: renderTemplate('kickoff', result.data, { locale: 'en', format: 'markdown' }).split('\\n')[0],
  error: typeof CrossdeptError,
  arb: typeof collaborationArb,
  engine: compileRules(RULES).run({ spent: 120, budget: 100 }).events,
  engineError: new EngineError('invalid_rules', []) instanceof CrossdeptError,
  schema: MilestoneSchema.safeParse({ id: 'beta', name: 'Beta', due: '2026-10-01' }).success,
}));
`,
  'cjs.cjs': `
const { readFileSync } = require('node:fs');
const { evaluate, loadCollaboration, scheduleMilestones } = require('crossdept');
const { compileRules } = require('crossdept/engine');
const RULES = [{ conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } }];
const { MilestoneSchema } = require('crossdept/schemas');
const { collaborationArb } = require('crossdept/testing');
const result = loadCollaboration(readFileSync('node_modules/crossdept/examples/new-product-launch.yaml', 'utf8'));
evaluate(result.data, { now: '2026-12-10' }).then((report) => {
  console.log(JSON.stringify({
    criticalPath: scheduleMilestones(result.data).criticalPath,
    summary: report.summary,
    arb: typeof collaborationArb,
    engine: compileRules(RULES).run({ spent: 120, budget: 100 }).events,
    schema: MilestoneSchema.safeParse({ id: 'beta', name: 'Beta', due: '2026-10-01' }).success,
  }));
});
`,
  'consumer.ts': `
import {
  type Collaboration,
  CrossdeptError,
  evaluate,
  type Finding,
  loadCollaboration,
  loadRulesConfig,
  type ParseResult,
  type Report,
  renderTemplate,
  scheduleMilestones,
  TemplateError,
} from 'crossdept';
import { compileRules, type RuleProperties, type RunResult, safeCompileRules } from 'crossdept/engine';
import { CollaborationSchema, MilestoneSchema } from 'crossdept/schemas';
import { collaborationArb } from 'crossdept/testing';

const rules: readonly RuleProperties[] = [
  { conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] }, event: { type: 'overBudget' } },
];
const run: RunResult = compileRules(rules).run({ spent: 120, budget: 100 });
const compiled = safeCompileRules(rules, { locale: 'en' });
if (!compiled.success) for (const issue of compiled.issues) console.log(issue.pointer, issue.message);
const milestone = MilestoneSchema.parse({ id: 'beta', name: 'Beta', due: '2026-10-01' });
console.log(run.events.length, milestone.id, CollaborationSchema.safeParse({}).success);

const result: ParseResult = loadCollaboration('id: x', { locale: 'en' });
if (result.success) {
  const c: Collaboration = result.data;
  const path: readonly string[] = scheduleMilestones(c).criticalPath;
  const config = loadRulesConfig('rules: { retro.recognition: off }');
  const report: Report = await evaluate(c, { now: '2026-11-26', ...(config.success ? { config: config.data } : {}) });
  const errors: readonly Finding[] = report.findings.filter((f) => f.severity === 'error');
  console.log(path.length, errors.length, renderTemplate('kickoff', c, { locale: 'zh-CN', format: 'html' }).length);
} else {
  for (const issue of result.issues) console.log(issue.pointer, issue.line, issue.message);
}
// @ts-expect-error: 'fr' is not a locale
loadCollaboration('', { locale: 'fr' });
// @ts-expect-error: not a template
renderTemplate('kickof', null, { locale: 'en', format: 'markdown' });
// @ts-expect-error: the engine's plumbing is not part of the package's surface
import type { pathResolver } from 'crossdept/engine';
const error: CrossdeptError = new TemplateError([]);
console.log(error.code, typeof collaborationArb);
`,
  'consumer-cjs.cts': `
import crossdept = require('crossdept');
import engine = require('crossdept/engine');
import schemas = require('crossdept/schemas');
const result = crossdept.parseCollaboration({});
const pack = engine.compileRules([{ conditions: { any: [] }, event: { type: 'never' } }]);
console.log(result.success, pack.rules.length, schemas.IdSchema.safeParse('beta').success);
`,
  'tsconfig.nodenext.json': JSON.stringify({
    compilerOptions: {
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      types: [],
    },
    files: ['consumer.ts', 'consumer-cjs.cts'],
  }),
  'tsconfig.bundler.json': JSON.stringify({
    compilerOptions: {
      module: 'ESNext',
      moduleResolution: 'Bundler',
      target: 'ES2022',
      strict: true,
      noEmit: true,
      types: [],
      // Checking zod's own declarations again takes 10 s: the NodeNext run already checks every .d.ts.
      skipLibCheck: true,
    },
    files: ['consumer.ts'],
  }),
  'browser.mjs': `import { parseCollaboration } from 'crossdept'; console.log(parseCollaboration({}).success);`,
};

const inWork = { cwd: () => work };
const run = (file: string, args: readonly string[] = [], cwd = inWork.cwd()) =>
  exec(file, [...args], { cwd, maxBuffer: 64 * 1024 * 1024 });

beforeAll(async () => {
  await ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'crossdept-consumer-'));
  const { stdout } = await exec('npm', ['pack', '--pack-destination', work, '--json'], { cwd: root });
  const info = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info[0]!.filename);
  packed = info[0]!.files.map((f) => f.path);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(work, name), text);
  await exec(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-package-lock',
      tarball,
      `fast-check@${pkg.devDependencies['fast-check']}`,
    ],
    { cwd: work },
  );
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the built entries, schemas and the example, and no sources', () => {
    for (const file of [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/engine/index.js',
      'dist/engine/index.cjs',
      'dist/engine/index.d.ts',
      'dist/engine/index.d.cts',
      'dist/schemas/index.js',
      'dist/schemas/index.cjs',
      'dist/schemas/index.d.ts',
      'dist/schemas/index.d.cts',
      'dist/testing/index.js',
      'dist/testing/index.cjs',
      'dist/cli.js',
      'dist/workbench/app.js',
      'dist/workbench/app.css',
      'schemas/collaboration.schema.json',
      'schemas/rules-config.schema.json',
      'examples/new-product-launch.yaml',
    ]) {
      expect(packed).toContain(file);
    }
    expect(packed.filter((f) => /^(src|tests|scripts|bench)\//.test(f))).toEqual([]);
  });

  it('imports from ESM', async () => {
    const { stdout } = await run('node', ['esm.mjs']);
    expect(JSON.parse(stdout)).toEqual({
      criticalPath: ['beta', 'cs-training', 'launch'],
      summary: { error: 1, warning: 2, info: 0 },
      kickoff: '# Cross-Department Collaboration Kickoff',
      error: 'function',
      arb: 'function',
      engine: [{ type: 'overBudget' }],
      engineError: true,
      schema: true,
    });
  });

  it('requires from CommonJS', async () => {
    const { stdout } = await run('node', ['cjs.cjs']);
    expect(JSON.parse(stdout)).toEqual({
      criticalPath: ['beta', 'cs-training', 'launch'],
      summary: { error: 1, warning: 2, info: 0 },
      arb: 'function',
      engine: [{ type: 'overBudget' }],
      schema: true,
    });
  });

  it.each(['nodenext', 'bundler'])(
    'type-checks a TypeScript consumer under moduleResolution %s',
    async (mode) => {
      await run(bin('tsc'), ['-p', `tsconfig.${mode}.json`]);
    },
  );

  it('checks the example with npx crossdept (exit 0), and exits 1 on an error finding', async () => {
    const example = 'node_modules/crossdept/examples/new-product-launch.yaml';
    const { stdout } = await run('npx', [
      '--no-install',
      'crossdept',
      'check',
      example,
      '--now',
      '2026-11-26',
    ]);
    expect(stdout).toBe(`✔ ${example}: no findings · Health: ● green\n`);
    await expect(
      run('npx', ['--no-install', 'crossdept', 'check', example, '--now', '2026-12-10']),
    ).rejects.toMatchObject({
      code: 1,
    });
  });

  it('runs the crossdept executable through npx', async () => {
    const { stdout } = await run('npx', ['--no-install', 'crossdept', '--version']);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const schema = await run('npx', ['--no-install', 'crossdept', 'schema', 'collaboration']);
    expect(schema.stdout).toBe(
      readFileSync(join(work, 'node_modules/crossdept/schemas/collaboration.schema.json'), 'utf8'),
    );
  });

  it('writes starters whose schema line points at the installed schema', async () => {
    await run('npx', ['--no-install', 'crossdept', 'init', 'plans/launch.yaml', '--locale', 'en']);
    const first = readFileSync(join(work, 'plans/launch.yaml'), 'utf8').split('\n')[0]!;
    const reference = first.replace('# yaml-language-server: $schema=', '');
    expect(reference).toBe('../node_modules/crossdept/schemas/collaboration.schema.json');
    expect(JSON.parse(readFileSync(join(work, 'plans', reference), 'utf8'))).toHaveProperty('properties');
  });

  it('passes publint --strict', async () => {
    const { stdout } = await run(bin('publint'), ['run', tarball, '--strict']);
    expect(stdout).toContain('All good!');
  });

  it('passes @arethetypeswrong/cli with the node16 profile', async () => {
    await run(bin('attw'), [tarball, '--profile', 'node16']);
  });

  it('bundles its root entry for the browser with no Node built-in, and parseCollaboration without json-rules-engine', async () => {
    const result = await build({
      entryPoints: [join(work, 'browser.mjs')],
      absWorkingDir: work,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => p.startsWith('node:'))).toEqual([]);
    // `parseCollaboration` alone, installed from the tarball: json-rules-engine puts no byte into the bundle.
    const used = Object.values(result.metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([f]) => f),
    );
    expect(used.filter((f) => f.includes('node_modules/crossdept/dist/')).length).toBeGreaterThan(0);
    expect(used.filter((f) => f.includes('node_modules/json-rules-engine/'))).toEqual([]);
  });
});
