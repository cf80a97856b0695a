// `crossdept check` starts like a small tool because it loads only what it uses: the built executable is a small
// entry (dist/cli.js) and chunks (dist/cli/), and each command is a chunk loaded when it runs. These tests read
// the build's metafile (which modules each chunk holds, which chunks it imports) and fail if `check`'s start-up
// (the entry, the command tree, the `check` command and every chunk they import) takes in the document writer,
// the calendar, the workbench server or json-rules-engine; a run of the built executable under a module hook
// shows that what Node really loads is that graph. No timing is asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './build.js';

interface Output {
  readonly imports: readonly { readonly path: string; readonly kind: string; readonly external?: boolean }[];
  readonly entryPoint?: string;
  readonly inputs: Readonly<Record<string, { readonly bytesInOutput: number }>>;
}
interface Metafile {
  readonly outputs: Readonly<Record<string, Output>>;
}

let meta: Metafile;
beforeAll(async () => {
  await ensureBuilt();
  meta = JSON.parse(readFileSync(join(root, 'dist', 'metafile-esm.json'), 'utf8')) as Metafile;
}, 300_000);

/** The output built for a source file that is an entry or is loaded by `import()`. */
function chunkOf(source: string): string {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === source);
  if (found === undefined) throw new Error(`no chunk for ${source}`);
  return found[0];
}

/** The outputs loaded with `starts`: they and every chunk they import statically. */
function loadedWith(starts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of meta.outputs[file]!.imports) {
      if (i.kind === 'import-statement' && i.external !== true) stack.push(i.path);
    }
  }
  return seen;
}

/** What outputs hold: npm packages by name, and source files by path. */
function contents(outputs: Iterable<string>): { packages: Set<string>; sources: Set<string> } {
  const packages = new Set<string>();
  const sources = new Set<string>();
  for (const file of outputs) {
    for (const [input, { bytesInOutput }] of Object.entries(meta.outputs[file]!.inputs)) {
      if (bytesInOutput === 0) continue;
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      if (pkg === undefined) sources.add(input);
      else packages.add(pkg);
    }
  }
  return { packages, sources };
}

/** What `crossdept check` loads before it reads a file: the entry, the command tree and the `check` command. */
function checkStartup(): Set<string> {
  return loadedWith([
    chunkOf('src/cli/main.ts'),
    chunkOf('src/cli/run.ts'),
    chunkOf('src/cli/commands/check.ts'),
  ]);
}

describe("check's start-up", () => {
  it('reads YAML, validates with zod and evaluates the rules, so its chunks hold yaml, zod and the rules', () => {
    const { packages, sources } = contents(checkStartup());
    expect(packages).toContain('yaml');
    expect(packages).toContain('zod');
    expect(sources).toContain('src/cli/commands/check.ts');
    expect([...sources].some((s) => s.startsWith('src/rules/'))).toBe(true);
  });

  it('loads neither the document writer, the calendar, the JSON patches nor the progress bar', () => {
    const { packages } = contents(checkStartup());
    for (const heavy of ['docx', 'ics', 'fast-json-patch', 'cli-progress'])
      expect({ heavy, loaded: packages.has(heavy) }).toEqual({ heavy, loaded: false });
  });

  it('loads no template renderer, no workbench and no command but check', () => {
    const { sources } = contents(checkStartup());
    const unused = [...sources].filter(
      (s) =>
        s.startsWith('src/templates/render') ||
        s.startsWith('src/cli/workbench/') ||
        s === 'src/cli/report-markdown.ts' ||
        (s.startsWith('src/cli/commands/') && s !== 'src/cli/commands/check.ts'),
    );
    expect(unused).toEqual([]);
  });

  // The reference backend is loaded by src/rules/run.ts only when a run asks for `engine: 'json-rules-engine'`.
  it('loads no json-rules-engine', () => {
    expect(contents(checkStartup()).packages).not.toContain('json-rules-engine');
    expect(
      [...contents(checkStartup()).sources].filter((s) => s.includes('engine/json-rules-engine')),
    ).toEqual([]);
  });

  it('--version loads the entry and the command tree, no command: no zod, no yaml', () => {
    const { packages, sources } = contents(
      loadedWith([chunkOf('src/cli/main.ts'), chunkOf('src/cli/run.ts')]),
    );
    expect(packages).toContain('commander');
    expect(packages).not.toContain('zod');
    expect(packages).not.toContain('yaml');
    expect([...sources].filter((s) => s.startsWith('src/cli/commands/'))).toEqual([]);
  });
});

describe('the built executable under a module hook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossdept-startup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let runs = 0;

  /** The files under dist/ a run resolves, as metafile output paths. */
  function resolvedBy(args: readonly string[]): Set<string> {
    const trace = join(dir, `trace-${++runs}.txt`);
    writeFileSync(trace, '');
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.CROSSDEPT_TRACE, resolved.url + '\\n');
  return resolved;
}
`,
    );
    writeFileSync(
      join(dir, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
    );
    const run = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(join(dir, 'register.mjs')).href, join(root, 'dist', 'cli.js'), ...args],
      {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', CROSSDEPT_TRACE: trace },
      },
    );
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const dist = join(root, 'dist');
    return new Set(
      readFileSync(trace, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith('file:'))
        .map((url) => fileURLToPath(url))
        .filter((file) => file.startsWith(dist))
        .map((file) => relative(root, file)),
    );
  }

  it('check loads exactly the chunks of the start-up graph', () => {
    const loaded = resolvedBy(['check', 'examples/new-product-launch.yaml', '--now', '2026-11-26']);
    expect(loaded).toEqual(checkStartup());
  }, 60_000);

  it('--help loads no command: the command list comes from listings, with no zod and no yaml', () => {
    const loaded = resolvedBy(['--help']);
    const commands = Object.entries(meta.outputs)
      .filter(([, output]) => output.entryPoint?.startsWith('src/cli/commands/') === true)
      .map(([file]) => file);
    expect(commands.length).toBe(13);
    expect(commands.filter((file) => loaded.has(file))).toEqual([]);
    const { packages } = contents(loaded);
    expect(packages).not.toContain('zod');
    expect(packages).not.toContain('yaml');
  }, 60_000);

  it('--version loads the entry and its own chunks, no command', () => {
    const loaded = resolvedBy(['--version']);
    expect(loaded).toEqual(loadedWith([chunkOf('src/cli/main.ts'), chunkOf('src/cli/run.ts')]));
    expect([...loaded].some((file) => file === chunkOf('src/cli/commands/check.ts'))).toBe(false);
  }, 60_000);
});
