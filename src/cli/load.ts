import {
  type Collaboration,
  type CrossdeptIssue,
  type Locale,
  loadCollaboration,
  type ParseIssue,
  type ParseResult,
} from '../index.js';
import type { CliContext } from './context.js';
import { CliFailure } from './failure.js';
import { formatOf, type InputFormat, readInput, reason } from './files.js';
import { cliMessage } from './messages/catalogue.js';
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
    return { success: false, issues: [unreadableIssue(error, ctx.locale)] };
  }
  return loadCollaboration(text, { locale: ctx.locale, format: formatOf(file, format) });
}

/**
 * The issue reported for a file that cannot be read.
 *
 * @param error - The file system error.
 * @param locale - The locale of the message.
 * @returns An `unreadable` issue at the document root.
 * @example
 * ```ts
 * unreadableIssue(new Error('EACCES'), 'en');
 * ```
 */
export function unreadableIssue(error: unknown, locale: Locale): ParseIssue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message =
    code === 'ENOENT'
      ? cliMessage(locale, 'notFound')
      : cliMessage(locale, 'unreadable', { detail: reason(error) });
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
  const name = inputName(file, ctx.locale);
  if (isReadFailure(result.issues)) {
    throw new CliFailure(
      'unreadable',
      cliMessage(ctx.locale, 'at', { path: name, message: result.issues[0]!.message }),
    );
  }
  throw new CliFailure(
    'invalid_input',
    cliMessage(ctx.locale, 'invalidCollaboration', { path: name, count: result.issues.length }),
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
