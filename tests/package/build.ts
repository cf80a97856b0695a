import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a program without a shell; rejects with its output when it fails. */
export const exec = promisify(execFile);

/** A tool from the repository's `node_modules/.bin`. */
export const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

/** What the build reads: a newer file than the build's outputs makes them stale. */
const SOURCES = [
  'src',
  'package.json',
  'tsup.config.ts',
  'tsconfig.json',
  'scripts/build-workbench.ts',
  'scripts/resolve-barrels.ts',
];
/** What the build writes. */
const OUTPUTS = [
  ...['index', 'engine/index', 'schemas/index', 'testing/index'].flatMap((entry) =>
    ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => `dist/${entry}${ext}`),
  ),
  'dist/cli.js',
  'dist/metafile-esm.json',
  'dist/workbench/app.js',
  'dist/workbench/app.css',
];

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Makes sure `dist/` matches the sources: `npm test` builds before running the tests, so this is a no-op
 * there; running the package tests alone (`npx vitest run tests/package`) builds when `dist/` is missing or
 * older than a source.
 */
export async function ensureBuilt(): Promise<void> {
  if (fresh()) return;
  // Test files run in parallel workers: one builds while the others wait for its lock to go.
  const lock = join(root, '.tmp', 'build.lock');
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!fresh()) await exec('npm', ['run', 'build', '--silent'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function fresh(): boolean {
  const outputs = OUTPUTS.map((f) => join(root, f));
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : -1;
  const source = Math.max(
    ...SOURCES.map((f) => join(root, f))
      .filter(existsSync)
      .map(newest),
  );
  return built >= source;
}
