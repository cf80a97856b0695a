// The built executable as a shell runs it: a real process, real exit codes, real pipes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './build.js';

const CLI = join(root, 'dist', 'cli.js');

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function crossdept(
  args: readonly string[],
  options: { closeStdoutAfter?: number; cwd?: string } = {},
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? root,
      env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Like `| head -c N`: close the pipe once enough has been read.
      if (options.closeStdoutAfter !== undefined && stdout.length >= options.closeStdoutAfter)
        child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(ensureBuilt, 180_000);

describe('dist/cli.js', () => {
  it('starts with a shebang and is executable', async () => {
    const { readFileSync, statSync } = await import('node:fs');
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
  });

  it('checks the worked example with exit code 0', async () => {
    const { code, stdout, stderr } = await crossdept([
      'check',
      'examples/new-product-launch.yaml',
      '--now',
      '2026-11-26',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('examples/new-product-launch.yaml');
  });

  it('sets exit code 2 and prints one line, no stack trace, for a missing file', async () => {
    const { code, stdout, stderr } = await crossdept(['check', 'missing.yaml']);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: missing.yaml: no such file or directory\n',
    });
  });

  it('summarizes the worked example with its critical path', async () => {
    const { code, stdout, stderr } = await crossdept([
      'summary',
      'examples/new-product-launch.yaml',
      '--now',
      '2026-11-26',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Critical path: beta → cs-training → launch (planned finish 2026-11-30)\n');
  });

  it('runs every command of `npm run example` and writes its files (the build step aside)', async () => {
    const script = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts.example!;
    const commands = script
      .split('&&')
      .map((c) => c.trim())
      .filter((c) => c.startsWith('node dist/cli.js '))
      .map((c) => c.slice('node dist/cli.js '.length).split(/\s+/));
    expect(commands.map((c) => c.slice(0, 2).join(' '))).toEqual([
      'summary examples/new-product-launch.yaml',
      'render findings',
      'render kickoff',
      'render kickoff',
      'render findings',
      'render kickoff',
      'calendar examples/new-product-launch.yaml',
      'dashboard examples',
    ]);
    // In a scratch folder, so the run writes its own out/ and leaves the repository's alone.
    const cwd = mkdtempSync(join(tmpdir(), 'crossdept-example-'));
    try {
      symlinkSync(join(root, 'examples'), join(cwd, 'examples'));
      const printed: string[] = [];
      for (const args of commands) {
        const { code, stdout, stderr } = await crossdept(args, { cwd });
        expect({ args, code }).toEqual({ args, code: 0 });
        expect(stderr).toMatch(/^(Wrote out\/[\w.]+\n)?$/);
        printed.push(stdout);
      }
      const output = printed.join('');
      expect(output).toContain('Critical path: beta → cs-training → launch');
      expect(output).toContain('# Collaboration Check Report');
      for (const file of ['kickoff.md', 'kickoff.html', 'findings.md', 'kickoff.docx', 'plan.ics'])
        expect(existsSync(join(cwd, 'out', file))).toBe(true);
      // A Word document is a zip package; a calendar starts with its VCALENDAR line.
      expect(
        readFileSync(join(cwd, 'out', 'kickoff.docx'))
          .subarray(0, 2)
          .toString('latin1'),
      ).toBe('PK');
      expect(readFileSync(join(cwd, 'out', 'plan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(readFileSync(join(cwd, 'out', 'kickoff.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
      for (const file of ['index.html', 'app.js', 'app.css'])
        expect(existsSync(join(cwd, 'out', 'dashboard', file))).toBe(true);
      expect(output).toContain('wrote the dashboard of 1 file to out/dashboard');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('stops quietly when the reader closes the pipe early', async () => {
    const { stderr } = await crossdept(['schema', 'collaboration'], { closeStdoutAfter: 1 });
    expect(stderr).toBe('');
  });
});
