// Code in the docs is real: every TypeScript block type-checks against the built package's declarations, and
// every block followed by a ```text block is run and must print exactly that text. Shell blocks followed by a
// ```text block run their `crossdept …` lines through the command line in-process and must print that text.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli } from '../cli/harness.js';
import { bin, ensureBuilt, exec, root } from './build.js';

/** The package's entry points, by import name: the file under `src/` (and `dist/`) each is built from. */
const ENTRY_POINTS: Readonly<Record<string, string>> = {
  crossdept: 'index',
  'crossdept/engine': 'engine/index',
  'crossdept/schemas': 'schemas/index',
  'crossdept/testing': 'testing/index',
};

/** The documents whose samples are checked here (the generated references are checked by their owners). */
const DOCS = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .filter((f) => !['rules.md', 'facts.md', 'goal-analysis.md', 'performance.md'].includes(f))
    .map((f) => `docs/${f}`),
];

interface Block {
  readonly lang: string;
  readonly code: string;
  readonly line: number;
  /** The ```text block right after it, if any: the expected output. */
  readonly output?: string;
  /** For ```yaml file=NAME blocks: the file the block stands for, written before later commands run. */
  readonly file?: string;
}

/** The fenced blocks of a Markdown text, each with the output block that follows it. */
function blocks(markdown: string): Block[] {
  const found: { lang: string; code: string; line: number; end: number; file?: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)(?:\s+file=(\S+))?/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    const block = { lang: open[1] ?? '', code: body.join('\n'), line: start + 1, end: i };
    found.push(open[2] === undefined ? block : { ...block, file: open[2] });
  }
  const result: Block[] = [];
  for (let k = 0; k < found.length; k++) {
    const b = found[k]!;
    if (b.lang === 'text') continue;
    const next = found[k + 1];
    const between = next
      ? lines
          .slice(b.end + 1, next.line - 1)
          .join('')
          .trim()
      : 'x';
    const block: Block = {
      lang: b.lang,
      code: b.code,
      line: b.line,
      ...(b.file === undefined ? {} : { file: b.file }),
    };
    result.push(next?.lang === 'text' && between === '' ? { ...block, output: next.code } : block);
  }
  return result;
}

const samples = DOCS.flatMap((doc) => {
  // The files a doc has shown so far (```yaml file=NAME), as each command sees them.
  const shown: Record<string, string> = {};
  return blocks(readFileSync(join(root, doc), 'utf8')).map((b) => {
    if (b.file !== undefined) shown[b.file] = `${b.code}\n`;
    return { doc, ...b, files: { ...shown } };
  });
});
const tsSamples = samples.filter((s) => s.lang === 'ts');
const shellSamples = samples.filter(
  (s) => (s.lang === 'sh' || s.lang === 'console') && s.output !== undefined,
);

const dir = join(root, '.tmp', 'docs-samples');
const fileOf = (s: { doc: string; line: number }): string => `${s.doc.replace(/[/.]/g, '_')}_${s.line}.ts`;

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  writeUpdates();
});

/**
 * `UPDATE_DOCS=1`: instead of failing, a sample whose output changed has its ```text block rewritten with what it
 * printed (review the diff before committing it).
 */
const UPDATE = process.env.UPDATE_DOCS === '1';
const updates: { doc: string; line: number; expected: string; actual: string }[] = [];

function expectOutput(sample: { doc: string; line: number; output?: string }, actual: string): void {
  if (UPDATE && actual !== sample.output) {
    updates.push({ doc: sample.doc, line: sample.line, expected: sample.output!, actual });
    return;
  }
  expect(actual).toBe(sample.output);
}

function writeUpdates(): void {
  for (const doc of new Set(updates.map((u) => u.doc))) {
    let text = readFileSync(join(root, doc), 'utf8');
    const mine = updates.filter((u) => u.doc === doc).sort((a, b) => b.line - a.line);
    for (const u of mine) {
      const from = text.split('\n').slice(0, u.line).join('\n').length;
      const at = text.indexOf(`\`\`\`text\n${u.expected}`, from);
      if (at < 0) continue;
      const start = at + '```text\n'.length;
      text = text.slice(0, start) + u.actual + text.slice(start + u.expected.length);
    }
    writeFileSync(join(root, doc), text);
  }
}

describe('TypeScript samples in the docs', () => {
  it('type-check against the built package (strict, NodeNext)', async () => {
    await ensureBuilt();
    const files = tsSamples.map((s) => {
      const file = fileOf(s);
      // Each sample is a module of its own.
      writeFileSync(join(dir, file), `${s.code}\nexport {};\n`);
      return file;
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
          paths: Object.fromEntries(
            Object.entries(ENTRY_POINTS).map(([name, entry]) => [name, [join(root, `dist/${entry}.d.ts`)]]),
          ),
        },
        files,
      }),
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    try {
      await exec(bin('tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: dir });
    } catch (error) {
      const out = (error as { stdout?: string }).stdout ?? String(error);
      throw new Error(`samples do not type-check:\n${out}`);
    }
  }, 120_000);

  it.each(tsSamples.filter((s) => s.output !== undefined).map((s) => [`${s.doc}:${s.line}`, s] as const))(
    '%s prints what the doc shows',
    async (_, sample) => {
      const file = join(dir, `run_${fileOf(sample)}`);
      const source = sample.code.replace(
        /from '(crossdept(?:\/\w+)?)'/g,
        (_, name: string) => `from '${join(root, `src/${ENTRY_POINTS[name] ?? name}.ts`)}'`,
      );
      writeFileSync(file, `${source}\nexport {};\n`);
      const printed: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        printed.push(format(...args));
      });
      try {
        await import(pathToFileURL(file).href);
      } finally {
        spy.mockRestore();
      }
      expectOutput(sample, printed.join('\n'));
    },
  );
});

describe('command-line samples in the docs', () => {
  it.each(shellSamples.map((s) => [`${s.doc}:${s.line}`, s] as const))(
    '%s prints what the doc shows',
    async (_, sample) => {
      const env = { LANG: sample.doc.includes('zh-CN') ? 'zh_CN.UTF-8' : 'en_US.UTF-8' };
      // Commands run in a scratch folder holding the files the doc has shown, and the examples.
      const cwd = join(dir, `cwd_${fileOf(sample).replace(/\.ts$/, '')}`);
      mkdirSync(cwd, { recursive: true });
      symlinkSync(join(root, 'examples'), join(cwd, 'examples'));
      for (const [name, text] of Object.entries(sample.files)) {
        mkdirSync(join(cwd, name, '..'), { recursive: true });
        writeFileSync(join(cwd, name), text);
      }
      const printed: string[] = [];
      for (const command of sample.code.split('\n')) {
        const args = /^(?:\$ )?(?:npx )?crossdept (.*)$/.exec(command.trim())?.[1];
        if (args === undefined) continue;
        const { stdout, stderr } = await cli(args.split(/\s+/), { env, cwd });
        printed.push(stdout + stderr);
      }
      const actual = printed.join('').trimEnd();
      if (actual !== sample.output!.trimEnd()) expectOutput(sample, actual);
    },
  );
});
