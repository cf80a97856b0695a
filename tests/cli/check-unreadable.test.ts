// A file that exists but cannot be read (no permission): simulated, since tests may run as root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { minimalText } from './fixtures.js';
import { cli, tempDir } from './harness.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readFile: async (
      path: Parameters<typeof fs.readFile>[0],
      options?: Parameters<typeof fs.readFile>[1],
    ) => {
      if (String(path).endsWith('locked.yaml')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
          code: 'EACCES',
        });
      }
      return fs.readFile(path, options);
    },
    readdir: async (path: string, options: { withFileTypes: true }) => {
      if (String(path).endsWith('locked-dir')) {
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
      }
      return fs.readdir(path, options);
    },
  };
});

describe('crossdept on an unreadable file', () => {
  it('check exits 2 with the reason, not the path of the error', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'locked.yaml'), 'id: x\n');
    const { code, stdout, stderr } = await cli(['check', 'locked.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: locked.yaml: cannot be read (EACCES: permission denied)\n');
  });

  it('render exits 2 the same way, in Chinese when asked', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'locked.yaml'), 'id: x\n');
    const { code, stderr } = await cli(['render', 'kickoff', 'locked.yaml', '--locale', 'zh-CN'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('错误：locked.yaml：无法读取（EACCES: permission denied）\n');
  });

  it('check reports an unreadable subfolder and still checks and lists its siblings', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'dir', 'b', 'locked-dir'), { recursive: true });
    writeFileSync(join(cwd, 'dir', 'a.yaml'), minimalText);
    writeFileSync(join(cwd, 'dir', 'b', 'locked-dir', 'x.yaml'), minimalText);
    writeFileSync(join(cwd, 'dir', 'c.yaml'), minimalText);
    const { code, stdout, stderr } = await cli(['check', 'dir', '--now', '2026-11-26'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('error: dir/b/locked-dir: cannot be read (EACCES: permission denied)\n');
    expect(stdout).toContain('✖ dir/a.yaml: ');
    expect(stdout).toContain('✖ dir/c.yaml: ');
    expect(stdout).toMatch(/Summary: 3 files \(1 invalid\)/);
  });
});
