import { type Document, LineCounter, parseDocument } from 'yaml';
import type { Locale } from '../i18n/locale.js';
import type { IssuePath } from '../issues/issue.js';
import type { ParseIssue } from './issue.js';
import { IssueList } from './issue-cap.js';
import { limitIssue } from './limit-issue.js';
import { breachOf, MAX_TEXT_LENGTH } from './limits.js';
import { lineIndex } from './line-index.js';
import { measureValue } from './measure-value.js';
import { parseIssue } from './parse-issue.js';
import { yamlErrorCode, yamlSyntaxMessage } from './yaml-errors.js';
import { measureYaml } from './yaml-measure.js';
import { duplicateKeyOffsets, type TextPosition, yamlLocator } from './yaml-nodes.js';
import { visible } from './zod-issues.js';

export type { TextPosition } from './yaml-nodes.js';

/**
 * What {@link readYaml} returns.
 *
 * @example
 * ```ts
 * const read: YamlReadResult = readYaml('a: 1\n', 'en');
 * ```
 */
export interface YamlReadResult {
  /** The plain data (undefined when there are issues). */
  readonly value: unknown;
  /** Syntax issues, and limits exceeded, each with line and column (at most `MAX_ISSUES` and one more). */
  readonly issues: ParseIssue[];
  /** The 1-based line and column of the node at a path (or of its nearest ancestor present in the text). */
  readonly locate: (path: IssuePath) => TextPosition;
  /** {@link YamlReadResult.locate} for many paths at once (one pass over JSON text for all of them). */
  readonly locateAll: (paths: readonly IssuePath[]) => TextPosition[];
}

const NOWHERE = {
  locate: (): TextPosition => ({}),
  locateAll: (paths: readonly IssuePath[]): TextPosition[] => paths.map(() => ({})),
};

/**
 * Runs `read` with the runtime's stack traces off: the yaml library makes an `Error` for every syntax error,
 * and text with an error on every line would otherwise spend half its time and memory on stack traces nobody
 * reads. The limit is restored before this returns; where it cannot be set, `read` runs as it is.
 */
function withoutStackTraces<T>(read: () => T): T {
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number') return read();
  try {
    Error.stackTraceLimit = 0;
  } catch {
    return read();
  }
  try {
    return read();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const DUPLICATE_KEY = { code: 'DUPLICATE_KEY', message: 'Map keys must be unique' };

/** The document's syntax errors and repeated keys, in text order, the first `MAX_ISSUES` as issues. */
function syntaxIssues(doc: Document.Parsed, lines: LineCounter, locale: Locale): ParseIssue[] {
  const found: { readonly offset: number; readonly error: { code: string; message: string } }[] = [];
  for (const error of doc.errors) found.push({ offset: error.pos[0], error });
  for (const offset of duplicateKeyOffsets(doc)) found.push({ offset, error: DUPLICATE_KEY });
  found.sort((a, b) => a.offset - b.offset);
  const issues = new IssueList<ParseIssue>();
  for (const { offset, error } of found) {
    issues.add(() => {
      const { line, col } = lines.linePos(offset);
      return {
        ...parseIssue(locale, 'syntax', [], {
          detail: yamlSyntaxMessage(locale, yamlErrorCode(error.code), error),
        }),
        line,
        column: col,
      };
    });
  }
  return issues.result(locale);
}

/**
 * Parses YAML 1.2 text into plain data, with syntax issues and a function that finds the line and column of a
 * path in the text. The text is measured against the reader limits (`MAX_YAML_TOKENS`, `MAX_DEPTH`,
 * `MAX_COLLECTION_SIZE`, `MAX_ALIAS_COUNT`) before the yaml library builds anything, and the data against
 * `MAX_NODES` (aliases expanded) after; an input over a limit is a `too_large` or `too_deep` issue with the line
 * and column where it went over. Keys must be unique in each map. It never throws.
 *
 * @param text - YAML (or JSON) text.
 * @param locale - Message locale.
 * @returns The value, the issues, and a locator.
 * @example
 * ```ts
 * const { value, issues, locate } = readYaml('a: [1, 2]\n', 'en');
 * locate(['a', 1]); // { line: 1, column: 8 }
 * ```
 */
export function readYaml(text: string, locale: Locale): YamlReadResult {
  try {
    if (text.length > MAX_TEXT_LENGTH) {
      return { value: undefined, issues: [limitIssue(locale, breachOf('text'))], ...NOWHERE };
    }
    // Measured first, in a pass of the lexer alone: text over a limit is refused before the yaml library builds
    // anything from it (its syntax tree, then its document, cost hundreds of bytes per token).
    const breach = measureYaml(text);
    if (breach !== undefined) {
      const issue = { ...limitIssue(locale, breach), ...lineIndex(text)(breach.offset) };
      return { value: undefined, issues: [issue], ...NOWHERE };
    }
    const lines = new LineCounter();
    const doc = withoutStackTraces(() =>
      parseDocument(text, {
        version: '1.2',
        schema: 'core',
        uniqueKeys: false,
        prettyErrors: false,
        lineCounter: lines,
        strict: true,
      }),
    );
    const locateAll = yamlLocator(doc, lines);
    const locate = (path: IssuePath): TextPosition => locateAll([path])[0] ?? {};
    const issues = syntaxIssues(doc, lines, locale);
    if (issues.length > 0) return { value: undefined, issues, locate, locateAll };
    // Aliases share their target in the data; what they expand to is measured here, before anyone walks it.
    const value = doc.toJS({ maxAliasCount: -1 }) as unknown;
    const expanded = measureValue(value).breach;
    if (expanded !== undefined) {
      const issue = { ...limitIssue(locale, expanded.exceeded, expanded.path), ...locate(expanded.path) };
      return { value: undefined, issues: [issue], locate, locateAll };
    }
    return { value, issues: [], locate, locateAll };
  } catch (error) {
    // The limits keep the yaml library's recursion far from the stack's end; this is the last line of defence.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { value: undefined, issues: [limitIssue(locale, breachOf('depth'))], ...NOWHERE };
    }
    const detail = visible(error instanceof Error ? error.message : String(error));
    return { value: undefined, issues: [parseIssue(locale, 'unreadable', [], { detail })], ...NOWHERE };
  }
}
