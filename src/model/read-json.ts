import type { Locale } from '../i18n/locale.js';
import type { IssuePath } from '../issues/issue.js';
import type { ParseIssue } from './issue.js';
import { jsonSyntaxMessage } from './json-errors.js';
import { locateJsonPaths } from './json-locator.js';
import { scanJson } from './json-scan.js';
import { limitIssue } from './limit-issue.js';
import { type LineColumn, lineIndex } from './line-index.js';
import { parseIssue } from './parse-issue.js';
import type { TextPosition, YamlReadResult } from './read-yaml.js';

/**
 * Reads JSON text like {@link readYaml}: the JSON scanner reads it once — syntax (with line and column where it
 * stops, in the message locale), duplicate keys, and the reader limits — and only then `JSON.parse` builds the
 * value. Issues are located by one more pass of the scanner, for all of them at once, when they are asked for.
 *
 * @param source - JSON text (a leading byte order mark is ignored).
 * @param locale - Message locale.
 * @param otherwise - Reads text that is not JSON some other way (YAML, which reads flow style JSON does not);
 *   without it, such text is a syntax issue.
 * @returns The value, the issues, and a locator.
 * @example
 * ```ts
 * readJson('{"a": 1, "a": 2}', 'en').issues[0]?.message; // 'Syntax error: The key "a" appears twice in one object'
 * ```
 */
export function readJson(
  source: string,
  locale: Locale,
  otherwise?: (text: string) => YamlReadResult,
): YamlReadResult {
  // Editors on Windows often save UTF-8 with a byte order mark; JSON.parse rejects it, readers do not see it.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let positions: ((offset: number) => LineColumn) | undefined;
  const at = (offset: number): LineColumn => {
    positions ??= lineIndex(text);
    return positions(offset);
  };
  const locateAll = (paths: readonly IssuePath[]): TextPosition[] =>
    paths.length === 0
      ? []
      : locateJsonPaths(text, paths).map((offset) => (offset === undefined ? {} : at(offset)));
  const locate = (path: IssuePath): TextPosition => locateAll([path])[0] ?? {};
  const problem = scanJson(text, { limits: true, duplicateKeys: true });
  if (problem === undefined) return { value: JSON.parse(text) as unknown, issues: [], locate, locateAll };
  if (otherwise && problem.kind === 'syntax' && problem.error.code !== 'duplicate_key')
    return otherwise(source);
  const issue: ParseIssue =
    problem.kind === 'syntax'
      ? {
          ...parseIssue(locale, 'syntax', [], {
            detail: jsonSyntaxMessage(locale, problem.error.code, problem.error),
          }),
          ...at(problem.error.offset),
        }
      : { ...limitIssue(locale, problem.breach), ...at(problem.breach.offset) };
  return { value: undefined, issues: [issue], locate, locateAll };
}
