import type { CrossdeptIssue } from '../issues/issue.js';
import type { ParseIssue } from '../model/issue.js';
import { loadCollaboration, type ParseResult } from '../model/parse.js';
import type { Collaboration } from '../model/types.js';
import type { CliContext } from './context.js';
import { CliFailure } from './failure.js';
import { formatOf, type InputFormat, readInput, reason } from './files.js';
import type { CliMessages } from './messages.js';
import { formatIssue } from './output.js';
import { inputName } from './stdin.js';

/**
 * Reads and validates a collaboration file, or stdin for `-`. Unreadable input comes back as one `unreadable`
 * issue; `.json` files are read as JSON, the rest (stdin included) as YAML unless `--input-format` says
 * otherwise, and every issue found in the text carries its line and column.
 *
 * @param file - The path as the user gave it, or `-`.
 * @param ctx - The run's context.
 * @param format - The `--input-format` value, if any.
 * @returns The parse result.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 *
 * declare const ctx: CliContext;
 * const result = await loadCollaborationFile('examples/new-product-launch.yaml', ctx);
 * ```
 */
export async function loadCollaborationFile(
  file: string,
  ctx: CliContext,
  format?: InputFormat,
): Promise<ParseResult> {
  let text: string;
  try {
    text = await readInput(file, ctx.io.cwd, ctx.io.stdin);
  } catch (error) {
    return { success: false, issues: [unreadableIssue(error, ctx.m)] };
  }
  return loadCollaboration(text, { locale: ctx.locale, format: formatOf(file, format) });
}

/**
 * The issue reported for a file that cannot be read.
 *
 * @param error - The file system error.
 * @param m - Messages.
 * @returns An `unreadable` issue at the document root.
 * @example
 * ```ts
 * import { cliMessages } from './messages.js';
 *
 * unreadableIssue(new Error('EACCES'), cliMessages('en'));
 * ```
 */
export function unreadableIssue(error: unknown, m: CliMessages): ParseIssue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = code === 'ENOENT' ? m.notFound : m.unreadable(reason(error));
  return { code: 'unreadable', path: [], pointer: '', message };
}

/**
 * Reads a collaboration file (or stdin for `-`) for a command that needs exactly one: its data, or a
 * {@link CliFailure} (exit code 2) listing every issue as `file:line:column: /pointer message`.
 *
 * @param file - The path as the user gave it, or `-`.
 * @param ctx - The run's context.
 * @param format - The `--input-format` value, if any.
 * @returns The collaboration.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 *
 * declare const ctx: CliContext;
 * const collaboration = await readCollaborationOrFail('examples/new-product-launch.yaml', ctx);
 * ```
 */
export async function readCollaborationOrFail(
  file: string,
  ctx: CliContext,
  format?: InputFormat,
): Promise<Collaboration> {
  const result = await loadCollaborationFile(file, ctx, format);
  if (result.success) return result.data;
  const name = inputName(file, ctx.m);
  if (isReadFailure(result.issues)) {
    throw new CliFailure('unreadable', ctx.m.at(name, result.issues[0]!.message));
  }
  throw new CliFailure(
    'invalid_input',
    ctx.m.invalidCollaboration(name, result.issues.length),
    result.issues.map((i) => formatIssue(name, i)),
  );
}

/**
 * Whether the issues say the file could not be read at all (missing, a folder, no permission), as opposed to
 * read and found invalid.
 *
 * @param issues - The issues of a load.
 * @returns `true` for a single `unreadable` issue at the document root.
 * @example
 * ```ts
 * isReadFailure([{ code: 'unreadable', path: [], pointer: '', message: 'no such file or directory' }]); // true
 * ```
 */
export function isReadFailure(issues: readonly CrossdeptIssue[]): boolean {
  return (
    issues.length === 1 &&
    issues[0]!.code === 'unreadable' &&
    issues[0]!.pointer === '' &&
    issues[0]!.line === undefined
  );
}
