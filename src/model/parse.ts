import { LineCounter, parseDocument } from 'yaml';
import { type Locale, resolveLocale } from '../i18n/locale.js';
import { CollaborationSchema } from './collaboration.js';
import { deepFreeze } from './freeze.js';
import type { ParseIssue, ValidationResult } from './issue.js';
import { findJsonSyntaxError, jsonErrorDetail } from './json-errors.js';
import { checkConsistency } from './references.js';
import type { Collaboration } from './types.js';
import { yamlErrorDetail } from './yaml-errors.js';
import { fromZodIssues, makeIssue } from './zod-issues.js';

/**
 * Options for {@link parseCollaboration}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { locale: 'en' };
 * ```
 */
export interface ParseOptions {
  /** Locale of issue messages: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
}

/**
 * Options for {@link loadCollaboration}.
 *
 * @example
 * ```ts
 * const options: LoadOptions = { format: 'json', locale: 'en' };
 * ```
 */
export interface LoadOptions extends ParseOptions {
  /** The text format; `yaml` (the default) also reads JSON, since JSON is YAML 1.2. */
  readonly format?: 'yaml' | 'json';
}

/**
 * The result of parsing a collaboration: the typed data, or the issues found.
 *
 * @example
 * ```ts
 * const result: ParseResult = parseCollaboration({});
 * if (!result.success) console.log(result.issues[0]?.pointer);
 * ```
 */
export type ParseResult = ValidationResult<Collaboration, ParseIssue>;

/** The largest text {@link loadCollaboration} reads: 20 MiB. @example `text.length > MAX_TEXT_LENGTH; // loadCollaboration answers with a too_large issue` */
export const MAX_TEXT_LENGTH = 20 * 1024 * 1024;

// Collaborations this module validated: deep-frozen, so they are still valid when they come back (to `evaluate`,
// to a template) and need no second validation.
const parsedCollaborations = new WeakSet<object>();

/**
 * Validates an object (e.g. parsed JSON) as a collaboration: structure, types, enum values, real dates, the
 * period order, unique ids and references. It never throws: bad input comes back as issues.
 *
 * The data it returns is deep-frozen (its type is already read-only), and passing it back — to `evaluate`,
 * `evaluateSync` or here — skips a second validation, so a service that parses once and
 * evaluates on every change pays for validation once.
 *
 * @param input - Anything.
 * @param options - Message locale.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { parseCollaboration } from 'crossdept';
 *
 * const result = parseCollaboration(
 *   { id: 'budget-2027', name: '年度预算编制', scenario: 'project', period: { start: '2026-10-01', end: '2026-12-31' } },
 *   { locale: 'en' },
 * );
 * if (result.success) console.log(result.data.name);
 * else for (const issue of result.issues) console.log(issue.pointer, issue.message);
 * ```
 */
export function parseCollaboration(input: unknown, options: ParseOptions = {}): ParseResult {
  return validate(input, options, true);
}

/**
 * {@link parseCollaboration} for a caller that uses the data once and drops it, such as `evaluate` given raw
 * input: the same result, but the fresh copy is neither deep-frozen nor remembered, since it never reaches the
 * caller (freezing cost about 5% of evaluating raw input). A collaboration that was parsed already is still
 * returned as is.
 *
 * @param input - Anything.
 * @param options - Message locale.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * const input = { id: 'x', name: 'X', scenario: 'project', period: { start: '2026-01-01', end: '2026-03-31' } };
 * const parsed = parseCollaborationForOneUse(input, { locale: 'en' });
 * parsed.success && Object.isFrozen(parsed.data); // false: the copy is the caller's to use and drop
 * ```
 */
export function parseCollaborationForOneUse(input: unknown, options: ParseOptions = {}): ParseResult {
  return validate(input, options, false);
}

function validate(input: unknown, options: ParseOptions, keep: boolean): ParseResult {
  if (typeof input === 'object' && input !== null && parsedCollaborations.has(input)) {
    return { success: true, data: input as Collaboration };
  }
  const locale = resolveLocale(options.locale);
  try {
    const parsed = CollaborationSchema.safeParse(input);
    if (!parsed.success) {
      return {
        success: false,
        issues: fromZodIssues(parsed.error.issues, input, CollaborationSchema, locale),
      };
    }
    const data = parsed.data as Collaboration;
    const issues = checkConsistency(data, locale);
    if (issues.length > 0) return { success: false, issues };
    if (keep) parsedCollaborations.add(deepFreeze(data));
    return { success: true, data };
  } catch (error) {
    return {
      success: false,
      issues: [
        makeIssue(locale, 'unreadable', [], {
          detail: error instanceof Error ? error.message : String(error),
        }),
      ],
    };
  }
}

function lineColumnOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Reads JSON text like {@link readYaml}: the value, a syntax issue with line and column where `JSON.parse` stops,
 * and a locator (JSON is YAML 1.2, so the YAML reader finds the nodes; it runs only when asked).
 */
function readJson(source: string, locale: Locale): YamlReadResult {
  // Editors on Windows often save UTF-8 with a byte order mark; JSON.parse rejects it, readers do not see it.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let located: YamlReadResult['locate'] | undefined;
  const locate: YamlReadResult['locate'] = (path) => {
    located ??= readYaml(text, locale).locate;
    return located(path);
  };
  try {
    return { value: JSON.parse(text) as unknown, issues: [], locate };
  } catch {
    // JSON.parse's own messages are English only and some carry no position: find the error ourselves.
    const error = findJsonSyntaxError(text) ?? { code: 'unexpected_end' as const, offset: text.length };
    return {
      value: undefined,
      issues: [
        {
          ...makeIssue(locale, 'syntax', [], { detail: jsonErrorDetail(error, locale) }),
          ...lineColumnOfOffset(text, error.offset),
        },
      ],
      locate,
    };
  }
}

/**
 * Reads YAML or JSON text into plain data, with syntax issues and a locator: {@link readYaml}, or its JSON twin.
 *
 * @param text - The text.
 * @param format - `json`, else YAML (which also reads JSON).
 * @param locale - Message locale.
 * @returns The value, the syntax issues, and a locator.
 */
export function readText(text: string, format: 'yaml' | 'json' | undefined, locale: Locale): YamlReadResult {
  return format === 'json' ? readJson(text, locale) : readYaml(text, locale);
}

/**
 * Reads a collaboration from YAML or JSON text and validates it like {@link parseCollaboration}. Syntax errors
 * come back as `syntax` issues with `line` and `column`; schema issues carry the line and column of the
 * offending node too, in YAML and in JSON. Dates stay strings (YAML 1.2). It never throws.
 *
 * @param text - The file's content.
 * @param options - Format (`yaml` by default) and message locale.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { loadCollaboration } from 'crossdept';
 *
 * const result = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'), { locale: 'en' });
 * if (!result.success) for (const i of result.issues) console.log(`${i.line}:${i.column} ${i.message}`);
 * ```
 */
export function loadCollaboration(text: string, options: LoadOptions = {}): ParseResult {
  const locale = resolveLocale(options.locale);
  try {
    if (typeof text !== 'string') {
      return parseCollaboration(text, { locale });
    }
    if (text.length > MAX_TEXT_LENGTH) {
      return {
        success: false,
        issues: [makeIssue(locale, 'too_large', [], { limit: `${MAX_TEXT_LENGTH} B` })],
      };
    }
    const { value, issues, locate } = readText(text, options.format, locale);
    if (issues.length > 0) return { success: false, issues };
    const result = parseCollaboration(value, { locale });
    if (result.success) return result;
    return { success: false, issues: result.issues.map((issue) => ({ ...issue, ...locate(issue.path) })) };
  } catch (error) {
    return {
      success: false,
      issues: [
        makeIssue(locale, 'unreadable', [], {
          detail: error instanceof Error ? error.message : String(error),
        }),
      ],
    };
  }
}

/**
 * What {@link readYaml} returns.
 *
 * @example
 * ```ts
 * const read: YamlReadResult = readYaml('a: 1\n', 'en');
 * ```
 */
export interface YamlReadResult {
  /** The plain data (undefined when there are syntax issues). */
  readonly value: unknown;
  /** Syntax issues, each with line and column. */
  readonly issues: ParseIssue[];
  /** The 1-based line and column of the node at a path (or of its nearest ancestor present in the text). */
  readonly locate: (path: readonly (string | number)[]) => { line?: number; column?: number };
}

/**
 * Parses YAML 1.2 text into plain data, with syntax issues and a function that finds the line and column of a
 * path in the text.
 *
 * @param text - YAML (or JSON) text.
 * @param locale - Message locale.
 * @returns The value, the syntax issues, and a locator.
 * @example
 * ```ts
 * const { value, issues, locate } = readYaml('a: [1, 2]\n', 'en');
 * locate(['a', 1]); // { line: 1, column: 8 }
 * ```
 */
export function readYaml(text: string, locale: Locale): YamlReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: true,
    lineCounter,
    strict: true,
  });
  const locate = (path: readonly (string | number)[]): { line?: number; column?: number } => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && Array.isArray(node.range)) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return {};
  };
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      const detail = yamlErrorDetail(e, locale);
      return {
        ...makeIssue(locale, 'syntax', [], { detail }),
        ...(pos ? { line: pos.line, column: pos.col } : {}),
      };
    });
    return { value: undefined, issues, locate };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 1000 }), issues: [], locate };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { value: undefined, issues: [makeIssue(locale, 'too_large', [], { limit: detail })], locate };
  }
}
