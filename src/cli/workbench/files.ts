// The folder the workbench serves: which files it lists, how a requested path is confined to it, and how a file
// is read with its version and written back atomically. Everything a browser asks for is checked here first.
import { createHash, randomBytes } from 'node:crypto';
import { chmod, lstat, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import { collectFiles } from '../files.js';

/** The extensions of the files the workbench lists and edits. */
const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The most files one workbench lists: a folder with more is a mistake, not a portfolio. */
export const MAX_WORKBENCH_FILES = 500;

/** The largest file the workbench reads or writes, in bytes. */
export const MAX_WORKBENCH_FILE_BYTES = 2 * 1024 * 1024;

/**
 * A file as the workbench serves it: its path relative to the served folder (with `/`), its text and its version.
 *
 * @example
 * ```ts
 * import type { WorkbenchFile } from './files.js';
 *
 * const file: WorkbenchFile = { path: 'launch.yaml', text: 'id: launch\n', etag: '"v1"' };
 * ```
 */
export interface WorkbenchFile {
  readonly path: string;
  readonly text: string;
  readonly etag: string;
}

/**
 * The version of a text: a strong ETag from its SHA-256, so any change on disk (or in another tab's save)
 * changes it, and the same text always has the same one.
 *
 * @param text - The file's text.
 * @returns A quoted ETag.
 * @example
 * ```ts
 * import { etagOf } from './files.js';
 *
 * etagOf('id: a\n') === etagOf('id: a\n'); // true
 * ```
 */
export function etagOf(text: string): string {
  return `"${createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 27)}"`;
}

/** Whether `child` (a real path) is `root` (a real path) or inside it. */
function inside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path of a file a request names, or undefined when the name may not be served: it must be relative,
 * use `/` between plain segments (no `.`, `..`, backslash, NUL or empty segment), end in `.yaml`, `.yml` or
 * `.json`, and lead — after every symbolic link is followed — to a regular file inside the served folder.
 *
 * @param root - The served folder's real path.
 * @param name - The path the request gave.
 * @returns The file's real path, or undefined.
 * @example
 * ```ts
 * import { confine } from './files.js';
 *
 * await confine('/srv/pmo', '../package.json'); // undefined
 * ```
 */
export async function confine(root: string, name: string): Promise<string | undefined> {
  if (typeof name !== 'string' || name.length === 0 || name.length > 1024) return undefined;
  if (/[\\\0]/.test(name) || name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return undefined;
  const segments = name.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  if (!EXTENSIONS.includes(extname(name).toLowerCase())) return undefined;
  try {
    const real = await realpath(join(root, ...segments));
    if (!inside(root, real)) return undefined;
    const info = await stat(real);
    return info.isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The collaboration files under the served folder, as paths relative to it with `/`, sorted: every `.yaml`,
 * `.yml` and `.json` file (hidden folders and `node_modules` skipped, as `crossdept check DIR` does) whose real
 * path stays inside the folder, except the PMO configuration.
 *
 * @param root - The served folder's real path.
 * @param exclude - Real paths not to list (the configuration).
 * @returns At most {@link MAX_WORKBENCH_FILES} paths.
 * @example
 * ```ts
 * import { listFiles } from './files.js';
 *
 * const paths = await listFiles('/srv/pmo', []);
 * ```
 */
export async function listFiles(root: string, exclude: readonly string[]): Promise<string[]> {
  const { files } = await collectFiles(['.'], root);
  const listed: string[] = [];
  for (const file of files) {
    const name = file.split(sep).join('/');
    const real = await confine(root, name);
    if (real === undefined || exclude.includes(real)) continue;
    listed.push(name);
    if (listed.length >= MAX_WORKBENCH_FILES) break;
  }
  return listed;
}

/**
 * Reads a confined file as UTF-8 (without a byte-order mark) with its version.
 *
 * @param real - The real path ({@link confine}'s answer).
 * @param name - The path relative to the served folder.
 * @returns The file, or undefined when it is too large or cannot be read.
 * @example
 * ```ts
 * import { readServedFile } from './files.js';
 *
 * const file = await readServedFile('/srv/pmo/launch.yaml', 'launch.yaml');
 * ```
 */
export async function readServedFile(real: string, name: string): Promise<WorkbenchFile | undefined> {
  try {
    if ((await stat(real)).size > MAX_WORKBENCH_FILE_BYTES) return undefined;
    const raw = await readFile(real, 'utf8');
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    return { path: name, text, etag: etagOf(text) };
  } catch {
    return undefined;
  }
}

/**
 * Writes a file atomically: the text goes to a new temporary file beside it (same folder, so the same file
 * system), which then replaces the file by `rename`. A reader sees the old text or the new, never half of one;
 * a crash leaves the old file. The file's permission bits carry over.
 *
 * @param real - The file's real path.
 * @param text - The new text.
 * @example
 * ```ts
 * import { writeAtomically } from './files.js';
 *
 * await writeAtomically('/srv/pmo/launch.yaml', 'id: launch\n');
 * ```
 */
export async function writeAtomically(real: string, text: string): Promise<void> {
  const temporary = join(dirname(real), `.${basename(real)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const mode = (await lstat(real)).mode & 0o777;
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx', mode });
    await chmod(temporary, mode);
    await rename(temporary, real);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
