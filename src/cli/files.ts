import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { CliInput } from './io.js';
import { STDIN } from './stdin.js';

/** The extensions `check` reads in a directory. @example `INPUT_EXTENSIONS.includes('.yml'); // true` */
export const INPUT_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/** Directories never searched: dependencies and hidden folders (`.git`, `.github`, …). */
function skipped(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Why an argument yielded no file. @example `const p: InputProblem = { path: 'plans', code: 'no_files' };` */
export interface InputProblem {
  /** The argument as given. */
  readonly path: string;
  readonly code: 'not_found' | 'no_files' | 'unreadable';
  /** The operating system's reason, for `unreadable`. */
  readonly detail?: string;
}

/**
 * The file-system calls {@link collectFiles} makes: Node's by default; tests pass failing ones (a folder that
 * cannot be listed), which running as root does not allow to set up for real.
 *
 * @example
 * ```ts
 * import { readdir, realpath, stat } from 'node:fs/promises';
 *
 * const fs: CollectFileSystem = { stat, readdir, realpath };
 * ```
 */
export interface CollectFileSystem {
  readonly stat: (path: string) => Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  readonly realpath: (path: string) => Promise<string>;
  readonly readdir: (path: string, options: { withFileTypes: true }) => Promise<Dirent[]>;
}

const nodeFileSystem: CollectFileSystem = { stat, realpath, readdir };

/** What {@link collectFiles} found. @example `const { files, problems }: CollectedFiles = await collectFiles(['plans'], process.cwd());` */
export interface CollectedFiles {
  /** Files to read, as display paths (the argument, or the directory argument joined with the relative path). */
  readonly files: readonly string[];
  /** Arguments that yielded nothing, and folders inside them that could not be read. */
  readonly problems: readonly InputProblem[];
  /** Files (as strings) and problems together, in the order of the arguments. */
  readonly entries: readonly (string | InputProblem)[];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands file and directory arguments into the files to check. A file argument is taken as is, whatever its
 * extension, and `-` stands for stdin; a directory is searched recursively for `.yaml`, `.yml` and `.json`
 * files, skipping `node_modules` and hidden folders, in a stable order (names sorted by code point, independent
 * of locale and file system). Arguments keep their order; a file reached twice is listed once. A folder that
 * cannot be read is reported where it is found (with its path), and the search goes on with its siblings.
 *
 * @param inputs - The arguments, relative to `cwd` or absolute.
 * @param cwd - The working directory.
 * @param fs - The file-system calls to make (Node's by default).
 * @returns The files, the arguments that are missing, unreadable or hold no input file, and the folders that
 * cannot be read.
 * @example
 * ```ts
 * const { files } = await collectFiles(['examples'], process.cwd()); // ['examples/new-product-launch.yaml']
 * ```
 */
export async function collectFiles(
  inputs: readonly string[],
  cwd: string,
  fs: CollectFileSystem = nodeFileSystem,
): Promise<CollectedFiles> {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  const entries: (string | InputProblem)[] = [];
  let matched = 0;
  const add = (display: string, absolute: string): void => {
    matched++;
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push(display);
    entries.push(display);
  };
  const problem = (p: InputProblem): void => {
    problems.push(p);
    entries.push(p);
  };
  for (const input of inputs) {
    if (input === STDIN) {
      add(STDIN, '\0stdin'); // no path is the NUL character: stdin cannot clash with a file
      continue;
    }
    const absolute = resolve(cwd, input);
    let info: Awaited<ReturnType<CollectFileSystem['stat']>>;
    try {
      info = await fs.stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problem(
        code === 'ENOENT' || code === 'ENOTDIR'
          ? { path: input, code: 'not_found' }
          : { path: input, code: 'unreadable', detail: reason(error) },
      );
      continue;
    }
    if (!info.isDirectory()) {
      add(input, absolute);
      continue;
    }
    const [filesBefore, problemsBefore] = [matched, problems.length];
    await walk(input, absolute, { visited: new Set(), add, problem, fs });
    if (matched === filesBefore && problems.length === problemsBefore) {
      problem({ path: input, code: 'no_files' });
    }
  }
  return { files, problems, entries };
}

/** What a directory search carries along. */
interface Walk {
  /** Real paths of the directories seen, since symbolic links may loop back. */
  readonly visited: Set<string>;
  readonly add: (display: string, absolute: string) => void;
  readonly problem: (p: InputProblem) => void;
  readonly fs: CollectFileSystem;
}

async function walk(display: string, absolute: string, w: Walk): Promise<void> {
  let entries: Dirent[];
  try {
    const real = await w.fs.realpath(absolute);
    if (w.visited.has(real)) return;
    w.visited.add(real);
    entries = await w.fs.readdir(absolute, { withFileTypes: true });
  } catch (error) {
    w.problem({ path: display, code: 'unreadable', detail: reason(error) });
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    const childDisplay = join(display, entry.name);
    const childAbsolute = join(absolute, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await w.fs.stat(childAbsolute);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link is not an input
      }
    }
    if (isDirectory && !skipped(entry.name)) await walk(childDisplay, childAbsolute, w);
    else if (isFile && INPUT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      w.add(childDisplay, childAbsolute);
    }
  }
}

/**
 * Reads a text file as UTF-8, stripping a byte-order mark.
 *
 * @param file - The path, relative to `cwd` or absolute.
 * @param cwd - The working directory.
 * @returns The text.
 * @throws The file system's error (use {@link reason} to describe it).
 * @example
 * ```ts
 * const text = await readText('examples/new-product-launch.yaml', process.cwd());
 * ```
 */
export async function readText(file: string, cwd: string): Promise<string> {
  return withoutBom(await readFile(resolve(cwd, file), 'utf8'));
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads an input as UTF-8 text, stripping a byte-order mark: the file, or stdin when the argument is `-`.
 *
 * @param file - The path, relative to `cwd` or absolute, or `-`.
 * @param cwd - The working directory.
 * @param stdin - What `-` reads.
 * @returns The text.
 * @throws The file system's (or stdin's) error (use {@link reason} to describe it).
 * @example
 * ```ts
 * const text = await readInput('-', process.cwd(), { read: async () => 'id: launch\n' }); // 'id: launch\n'
 * ```
 */
export async function readInput(file: string, cwd: string, stdin: CliInput): Promise<string> {
  return file === STDIN ? withoutBom(await stdin.read()) : readText(file, cwd);
}

/**
 * A short reason for a file system error: its code and description, without the path or a stack
 * (`EACCES: permission denied`).
 *
 * @param error - What was thrown.
 * @returns One line.
 * @example
 * ```ts
 * reason(Object.assign(new Error('busy'), { code: 'EBUSY' })); // 'EBUSY'
 * ```
 */
export function reason(error: unknown): string {
  const e = error as Partial<NodeJS.ErrnoException> | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  // Node's messages read `CODE: description, syscall 'path'`: keep the code and the description.
  if (code && message.startsWith(`${code}: `)) return message.split(', ')[0]!;
  return code ?? message;
}

/**
 * Whether an input should be read as JSON or YAML, for the parser's `format` option: as `--input-format` says
 * when given, else by the extension. Stdin (`-`) has none and reads as YAML, which reads JSON too.
 *
 * @param file - A path, or `-`.
 * @param given - The `--input-format` value, if any.
 * @returns `'json'` for `.json` files, else `'yaml'`, unless `given` says otherwise.
 * @example
 * ```ts
 * formatOf('a.JSON'); // 'json'
 * formatOf('-', 'json'); // 'json'
 * ```
 */
export function formatOf(file: string, given?: InputFormat): InputFormat {
  if (given !== undefined) return given;
  return extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** The formats an input can be read as. @example `const f: InputFormat = 'yaml';` */
export type InputFormat = 'json' | 'yaml';
