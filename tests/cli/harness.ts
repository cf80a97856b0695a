import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { CliInput, CliStream } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** The repository root: the working directory of runs that read `examples/`. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a fake run. */
export interface CliRunOptions {
  /** Environment; defaults to `LANG=en_US.UTF-8`. */
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly today?: string;
  /** Pretend both streams are terminals. */
  readonly tty?: boolean;
  readonly columns?: number;
  /** What stdin holds; without it, reading stdin fails as an unreadable input would. */
  readonly stdin?: string;
}

/** A stream that records what is written to it. */
export function fakeStream(tty = false, columns?: number): CliStream & { text: () => string } {
  const chunks: string[] = [];
  return {
    write: (chunk: string) => {
      chunks.push(chunk);
      return true;
    },
    isTTY: tty,
    ...(columns !== undefined ? { columns } : {}),
    text: () => chunks.join(''),
  };
}

/** A stdin holding `text`, or one that cannot be read (as a terminal closed under the process would be). */
export function fakeStdin(text?: string): CliInput & { reads: () => number } {
  let reads = 0;
  return {
    read: async () => {
      reads++;
      if (text === undefined)
        throw Object.assign(new Error('EBADF: bad file descriptor, read'), { code: 'EBADF' });
      return text;
    },
    reads: () => reads,
  };
}

/** Runs the command line in-process with fake streams. */
export async function cli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const stdout = fakeStream(options.tty, options.columns);
  const stderr = fakeStream(options.tty, options.columns);
  const code = await run(args, {
    stdout,
    stderr,
    stdin: fakeStdin(options.stdin),
    env: options.env ?? { LANG: 'en_US.UTF-8' },
    cwd: options.cwd ?? root,
    today: options.today ?? '2026-11-26',
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossdept-cli-'));
  made.push(dir);
  return dir;
}

/** No stack trace: no "at file:line" frames and no "Error:" class names in the output. */
export function expectNoStack(text: string): void {
  if (/\n\s+at .+:\d+/.test(text) || /\b[A-Z]\w*Error\b/.test(text)) {
    throw new Error(`output has a stack trace or an error class name:\n${text}`);
  }
}
