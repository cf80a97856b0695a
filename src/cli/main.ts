#!/usr/bin/env node
// The `crossdept` executable: wires the real process into `run` and reads the clock for `--now`'s default.
import { runLocale } from './locale.js';
import { guardProcess } from './process-guard.js';
import { readStdin } from './stdin.js';
import { tuneStartup } from './tune-startup.js';

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const argv = process.argv.slice(2);
// `crossdept check … | head` closes the pipe early: stop quietly; any other failure is one line, never a stack.
guardProcess(process, runLocale(argv, process.env));
// Before the command line's modules are read: what is tuned there applies to them (see tuneStartup).
tuneStartup(process);
const { run } = await import('./run.js');

process.exitCode = await run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: { read: () => readStdin(process.stdin) },
  env: process.env,
  cwd: process.cwd(),
  today: today(),
  clock: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});
