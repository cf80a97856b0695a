import type { Locale } from '../i18n/locale.js';
import type { CrossdeptIssue, ParseIssue } from '../model/issue.js';
import { loadCollaboration, type ParseResult, readYaml } from '../model/parse.js';
import type { Collaboration } from '../model/types.js';
import type { CliContext } from './context.js';
import { CliFailure } from './failure.js';
import { formatOf, readText, reason } from './files.js';
import type { CliMessages } from './messages.js';
import { formatIssue } from './output.js';

/**
 * Reads and validates a collaboration file. Unreadable files come back as one `unreadable` issue. JSON files
 * are parsed as JSON (so JSON syntax errors are reported as such) and their schema issues located in the text
 * through the YAML reader, which JSON is a subset of.
 *
 * @param file - The path as the user gave it.
 * @param cwd - The working directory.
 * @param locale - Message locale.
 * @param m - The command line's messages.
 * @returns The parse result.
 * @example
 * ```ts
 * const result = await loadCollaborationFile('examples/new-product-launch.yaml', process.cwd(), 'en', cliMessages('en'));
 * ```
 */
export async function loadCollaborationFile(
  file: string,
  cwd: string,
  locale: Locale,
  m: CliMessages,
): Promise<ParseResult> {
  let text: string;
  try {
    text = await readText(file, cwd);
  } catch (error) {
    return { success: false, issues: [unreadableIssue(error, m)] };
  }
  const format = formatOf(file);
  const result = loadCollaboration(text, { locale, format });
  if (result.success || format !== 'json') return result;
  return { success: false, issues: locateInJson(text, result.issues, locale) };
}

/**
 * Adds line and column to issues found in JSON text, where the JSON parser has not already set them.
 *
 * @param text - The JSON text.
 * @param issues - Issues with paths.
 * @param locale - Locale for the YAML reader (its messages are not used).
 * @returns The issues, located.
 * @example
 * ```ts
 * locateInJson('{"a": 1}', issues, 'en');
 * ```
 */
export function locateInJson<I extends CrossdeptIssue>(
  text: string,
  issues: readonly I[],
  locale: Locale,
): I[] {
  if (issues.every((i) => i.line !== undefined)) return [...issues];
  const { locate } = readYaml(text, locale);
  return issues.map((i) => {
    if (i.line !== undefined) return i;
    if (i.code === 'syntax') return { ...i, ...jsonSyntaxPosition(text) };
    return { ...i, ...locate(i.path) };
  });
}

/** Where `JSON.parse` stops on the text: its reported position, else the end of the text. */
function jsonSyntaxPosition(text: string): { line: number; column: number } {
  let offset = text.length;
  try {
    JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const lineColumn = /line (\d+) column (\d+)/.exec(detail);
    if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    const position = /position (\d+)/.exec(detail);
    if (position) offset = Math.min(Number(position[1]), text.length);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * The issue reported for a file that cannot be read.
 *
 * @param error - The file system error.
 * @param m - Messages.
 * @returns An `unreadable` issue at the document root.
 * @example
 * ```ts
 * unreadableIssue(new Error('EACCES'), cliMessages('en'));
 * ```
 */
export function unreadableIssue(error: unknown, m: CliMessages): ParseIssue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = code === 'ENOENT' ? m.notFound : m.unreadable(reason(error));
  return { code: 'unreadable', path: [], pointer: '', message };
}

/**
 * Reads a collaboration file for a command that needs exactly one: its data, or a {@link CliFailure} (exit code
 * 2) listing every issue as `file:line:column: /pointer message`.
 *
 * @param file - The path as the user gave it.
 * @param ctx - The run's context.
 * @returns The collaboration.
 * @example
 * ```ts
 * const collaboration = await readCollaborationOrFail('examples/new-product-launch.yaml', ctx);
 * ```
 */
export async function readCollaborationOrFail(file: string, ctx: CliContext): Promise<Collaboration> {
  const result = await loadCollaborationFile(file, ctx.io.cwd, ctx.locale, ctx.m);
  if (result.success) return result.data;
  if (isReadFailure(result.issues)) {
    throw new CliFailure('unreadable', ctx.m.at(file, result.issues[0]!.message));
  }
  throw new CliFailure(
    'invalid_input',
    ctx.m.invalidCollaboration(file, result.issues.length),
    result.issues.map((i) => formatIssue(file, i)),
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
