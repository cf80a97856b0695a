// The command line's file readers, fuzzed with the same generated YAML and JSON as the library's readers: read
// from a file (as .yaml and as .json) and from stdin, by every command that reads a collaboration or a config.
// Whatever the text, the command answers with exit 0, 1 or 2, prints no stack trace, and sends no raw control
// character to the terminal. FUZZ_RUNS raises the runs for a long local run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileTextArb } from '../fixtures/hostile-text.js';
import { type CliRun, cli, expectNoStack, tempDir } from './harness.js';

const runs = (n: number) => Math.max(n, Number(process.env.FUZZ_RUNS ?? 0));
const timeout = process.env.FUZZ_RUNS ? 24 * 3_600_000 : 120_000;

// C0 controls but tab and newline, DEL, C1 controls and the bidirectional controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the law is about exactly these characters.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function expectAnswered(result: CliRun): void {
  expect([0, 1, 2]).toContain(result.code);
  expectNoStack(result.stderr);
  expect(RAW_CONTROL.test(result.stdout)).toBe(false);
  expect(RAW_CONTROL.test(result.stderr)).toBe(false);
}

describe('the command line on generated text', () => {
  it(
    'check, summary, render and config check answer any file or stdin with an exit code, never a crash',
    async () => {
      const dir = tempDir();
      await fc.assert(
        fc.asyncProperty(hostileTextArb, fc.constantFrom('en', 'zh-CN'), async (text, locale) => {
          writeFileSync(join(dir, 'plan.yaml'), text);
          writeFileSync(join(dir, 'plan.json'), text);
          const args = ['--now', '2026-11-26', '--locale', locale];
          for (const command of [
            ['check', 'plan.yaml', 'plan.json'],
            ['check', '-', '--format', 'json'],
            ['summary', 'plan.yaml'],
            ['render', 'kickoff', 'plan.json'],
            ['config', 'check', 'plan.yaml'],
          ]) {
            expectAnswered(await cli([...command, ...args], { cwd: dir, stdin: text }));
          }
        }),
        { numRuns: runs(40) },
      );
    },
    timeout,
  );
});
