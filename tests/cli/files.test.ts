import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CollectFileSystem, collectFiles, formatOf, reason } from '../../src/cli/files.js';
import { tempDir } from './harness.js';

function tree(dir: string, files: readonly string[]): void {
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'id: x\n');
  }
}

describe('collectFiles', () => {
  it('finds .yaml, .yml and .json files recursively, in code-point order, folders and files alike', async () => {
    const dir = tempDir();
    tree(dir, [
      'b.yaml',
      'a/z.yml',
      'a/B.json',
      'a/notes.md',
      'C.YAML',
      'node_modules/x.yaml',
      '.git/y.yaml',
    ]);
    const { files, problems } = await collectFiles(['.'], dir);
    expect(problems).toEqual([]);
    expect(files).toEqual(['C.YAML', 'a/B.json', 'a/z.yml', 'b.yaml']);
  });

  it('keeps the arguments in order, takes a named file whatever its extension, and lists a file once', async () => {
    const dir = tempDir();
    tree(dir, ['p/one.yaml', 'p/two.yaml', 'plan.txt']);
    const { files, entries } = await collectFiles(['plan.txt', 'p/two.yaml', 'p'], dir);
    expect(files).toEqual(['plan.txt', 'p/two.yaml', 'p/one.yaml']);
    expect(entries).toEqual(files);
  });

  it('reports missing paths and folders without input files, in argument order', async () => {
    const dir = tempDir();
    tree(dir, ['docs/readme.md', 'ok.yaml']);
    const { files, entries } = await collectFiles(['missing.yaml', 'ok.yaml', 'docs'], dir);
    expect(files).toEqual(['ok.yaml']);
    expect(entries).toEqual([
      { path: 'missing.yaml', code: 'not_found' },
      'ok.yaml',
      { path: 'docs', code: 'no_files' },
    ]);
  });

  it('does not loop on symbolic links back up the tree', async () => {
    const dir = tempDir();
    tree(dir, ['a/one.yaml']);
    symlinkSync(dir, join(dir, 'a', 'loop'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'a', 'dangling.yaml'));
    const { files } = await collectFiles(['a'], dir);
    expect(files).toEqual(['a/one.yaml']);
  });

  /** The real file system, but folders named `locked` cannot be listed (as with mode 000, even for root). */
  const lockedFs: CollectFileSystem = {
    stat,
    realpath,
    readdir: async (path, options) => {
      if (path.endsWith('locked')) {
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
      }
      return readdir(path, options);
    },
  };
  const denied = (path: string) => ({ path, code: 'unreadable', detail: 'EACCES: permission denied' });

  it('reports an unreadable folder', async () => {
    const dir = tempDir();
    tree(dir, ['locked/a.yaml']);
    const { files, problems } = await collectFiles(['locked'], dir, lockedFs);
    expect(files).toEqual([]);
    expect(problems).toEqual([denied('locked')]);
  });

  it('reports an unreadable subfolder where it is, and goes on with its siblings', async () => {
    const dir = tempDir();
    tree(dir, ['d/a.yaml', 'd/b/locked/x.yaml', 'd/b/y.yaml', 'd/c.yaml', 'e/locked/z.yaml']);
    const { files, entries } = await collectFiles(['d', 'e'], dir, lockedFs);
    expect(files).toEqual(['d/a.yaml', 'd/b/y.yaml', 'd/c.yaml']);
    expect(entries).toEqual(['d/a.yaml', denied('d/b/locked'), 'd/b/y.yaml', 'd/c.yaml', denied('e/locked')]);
  });
});

describe('reason and formatOf', () => {
  it('keeps the code and description of a file system error, not the path', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/secret/a.yaml'"), {
      code: 'EACCES',
    });
    expect(reason(error)).toBe('EACCES: permission denied');
    expect(reason(Object.assign(new Error('odd'), { code: 'EBUSY' }))).toBe('EBUSY');
    expect(reason('plain')).toBe('plain');
  });

  it('reads .json files as JSON and everything else as YAML', () => {
    expect(formatOf('a/b.JSON')).toBe('json');
    expect(formatOf('a.yml')).toBe('yaml');
    expect(formatOf('a')).toBe('yaml');
  });
});
