import type { Locale } from '../i18n/locale.js';
import type { IssuePath, ValidationResult } from '../issues/issue.js';
import { CollaborationSchema } from './collaboration.js';
import { type FastValidator, fastValidator } from './fast-validate.js';
import { deepFreeze } from './freeze.js';
import type { ParseIssue } from './issue.js';
import { IssueList } from './issue-cap.js';
import { countJsonMembers } from './json-members.js';
import { limitIssue } from './limit-issue.js';
import { MAX_COLLECTION_SIZE } from './limits.js';
import { measureValue, READER_VALUE_LIMITS } from './measure-value.js';
import { term } from './messages.js';
import { readerOptions } from './options.js';
import { parseIssue } from './parse-issue.js';
import { readText } from './read-text.js';
import { checkConsistency } from './references.js';
import type { Collaboration } from './types.js';
import { VALIDATE_IN_PARTS_OVER, validateInParts } from './validate-in-parts.js';
import { schemaAt, visible } from './zod-issues.js';

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

// Collaborations this module validated: deep-frozen, so they are still valid when they come back (to `evaluate`,
// to a template) and need no second validation.
const parsedCollaborations = new WeakSet<object>();

// The schema compiled for valid input, on first use (nothing is compiled when the module is imported).
let fastCollaboration: FastValidator | undefined;

/**
 * A valid collaboration validated in one walk (see `fastValidator`): checked like zod's path checks it, the
 * same data, and consistent — else `undefined`, and zod's path finds the issues. With `members`, the input must
 * have that many object keys too.
 */
function validateQuickly(
  input: unknown,
  locale: Locale,
  keep: boolean,
  members?: number,
): Collaboration | undefined {
  fastCollaboration ??= fastValidator(CollaborationSchema);
  const quick = fastCollaboration(input, keep);
  if (quick === undefined || (members !== undefined && quick.members !== members)) return undefined;
  const data = quick.data as Collaboration;
  const issues = new IssueList<ParseIssue>();
  checkConsistency(data, locale, issues);
  if (issues.count > 0) return undefined;
  if (keep) parsedCollaborations.add(data);
  return data;
}

/**
 * Validates an object (e.g. parsed JSON) as a collaboration: structure, types, enum values, real dates, the
 * period order, unique ids and references. It never throws: bad input — and bad options (`invalid_option`) —
 * come back as issues. `null` or `undefined` options mean the defaults.
 *
 * The input is first measured against the reader limits (`MAX_NODES`, `MAX_COLLECTION_SIZE`, `MAX_DEPTH`) by a
 * walk without recursion, so the validator never sees a five-million-element list or a cyclic object. At most
 * `MAX_ISSUES` issues come back, then one `too_many_issues` issue with the number of the others.
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
export function parseCollaboration(input: unknown, options?: ParseOptions | null): ParseResult {
  const read = readerOptions(options);
  return 'code' in read ? { success: false, issues: [read] } : validate(input, read.locale, true, true);
}

/**
 * {@link parseCollaboration} without its path for valid input: every value measured, then validated by zod,
 * then checked for consistency. The reference the quick path is tested against: the same data, the same issues.
 *
 * @param input - Anything.
 * @param options - Message locale.
 * @returns What {@link parseCollaboration} returns.
 * @example
 * ```ts
 * const input = { id: 'x', name: 'X', scenario: 'project', period: { start: '2026-01-01', end: '2026-03-31' } };
 * parseCollaborationThoroughly(input, { locale: 'en' }).success; // true, as parseCollaboration(input)
 * ```
 */
export function parseCollaborationThoroughly(input: unknown, options?: ParseOptions | null): ParseResult {
  const read = readerOptions(options);
  return 'code' in read ? { success: false, issues: [read] } : validate(input, read.locale, true, false);
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
export function parseCollaborationForOneUse(input: unknown, options?: ParseOptions | null): ParseResult {
  const read = readerOptions(options);
  return 'code' in read ? { success: false, issues: [read] } : validate(input, read.locale, false, true);
}

/** The kind of a document that is not an object, as a term of the catalogue (`undefined` when it is empty). */
function notAnObject(input: unknown): string | undefined {
  if (input === undefined || input === null) return undefined;
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'bigint') return 'number';
  return typeof input === 'object' ? undefined : typeof input;
}

/** Whether the schema at `path` is a record, from which zod drops a `__proto__` key without a word. */
function inRecord(path: IssuePath): boolean {
  const parent = schemaAt(CollaborationSchema, path.slice(0, -1));
  return (parent?._zod.def as { type?: string } | undefined)?.type === 'record';
}

function validate(input: unknown, locale: Locale, keep: boolean, quickly: boolean): ParseResult {
  try {
    if (typeof input === 'object' && input !== null && parsedCollaborations.has(input)) {
      return { success: true, data: input as Collaboration };
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      const kind = notAnObject(input);
      const received = kind === undefined ? {} : { received: term(locale, kind) };
      return { success: false, issues: [parseIssue(locale, 'not_an_object', [], received)] };
    }
    const quick = quickly ? validateQuickly(input, locale, keep) : undefined;
    if (quick !== undefined) return { success: true, data: quick };
    const measured = measureValue(input, READER_VALUE_LIMITS, VALIDATE_IN_PARTS_OVER);
    if (measured.breach !== undefined) {
      return { success: false, issues: [limitIssue(locale, measured.breach.exceeded, measured.breach.path)] };
    }
    const issues = new IssueList<ParseIssue>();
    const parsed = validateInParts(CollaborationSchema, input, [], {
      large: measured.largeSubtrees,
      issues,
      locale,
    });
    for (const path of measured.protoKeys) {
      if (inRecord(path)) issues.add(() => parseIssue(locale, 'unknown_key', path, { key: '__proto__' }));
    }
    if (!parsed.valid || issues.count > 0) return { success: false, issues: issues.result(locale) };
    const data = parsed.data as Collaboration;
    checkConsistency(data, locale, issues);
    if (issues.count > 0) return { success: false, issues: issues.result(locale) };
    if (keep) parsedCollaborations.add(deepFreeze(data));
    return { success: true, data };
  } catch (error) {
    return {
      success: false,
      issues: [
        parseIssue(locale, 'unreadable', [], {
          detail: visible(error instanceof Error ? error.message : String(error)),
        }),
      ],
    };
  }
}

/** Whether text starts (after spaces and a byte order mark) like a JSON object. */
function startsLikeJsonObject(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) return false;
  }
  return false;
}

/**
 * JSON text short enough that `JSON.parse` cannot build a list or object over `MAX_COLLECTION_SIZE` entries
 * (nor more values than `MAX_NODES`): n entries take at least 2n + 1 characters.
 */
const QUICK_JSON_LENGTH = 2 * MAX_COLLECTION_SIZE;

/**
 * A valid collaboration read from short JSON text by `JSON.parse` alone, without the JSON scanner: when the
 * value is valid (and within the limits, measured on it) and has as many keys as the text has members (no key
 * twice), it is what the scanner's path reads. Anything else — not JSON, a key twice, an issue — is `undefined`,
 * and the scanner's path reads the text again and finds the issues, with their lines and columns.
 */
function loadJsonQuickly(
  text: string,
  format: LoadOptions['format'],
  locale: Locale,
): Collaboration | undefined {
  if (text.length > QUICK_JSON_LENGTH || (format !== 'json' && !startsLikeJsonObject(text))) return undefined;
  // Editors on Windows often save UTF-8 with a byte order mark; JSON.parse rejects it, readers do not see it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return validateQuickly(value, locale, true, countJsonMembers(body));
}

/**
 * Reads a collaboration from YAML or JSON text and validates it like {@link parseCollaboration}. Syntax errors
 * come back as `syntax` issues with `line` and `column`; schema issues carry the line and column of the
 * offending node too, in YAML and in JSON. Dates stay strings (YAML 1.2). Text is measured against the reader
 * limits (`MAX_TEXT_LENGTH`, `MAX_YAML_TOKENS`, `MAX_NODES`, `MAX_COLLECTION_SIZE`, `MAX_DEPTH`,
 * `MAX_ALIAS_COUNT`) before anything is built from it, and keys must be unique in every object, in YAML and in
 * JSON. Valid JSON is read as JSON even when the format is YAML. It never throws.
 *
 * A JSON object under `2 × MAX_COLLECTION_SIZE` characters (too short to exceed `MAX_NODES` or
 * `MAX_COLLECTION_SIZE`) is first read by `JSON.parse` alone and taken when it is a valid collaboration with as
 * many keys as its text has members; anything else is read again by the JSON scanner, which finds the issues
 * with their lines and columns, so the result is the same either way.
 *
 * @param text - The file's content.
 * @param options - Format (`yaml` by default) and message locale; `null` or `undefined` for the defaults.
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
export function loadCollaboration(text: string, options?: LoadOptions | null): ParseResult {
  return load(text, options, true);
}

/**
 * {@link loadCollaboration} without its paths for valid input: JSON read by the JSON scanner before `JSON.parse`,
 * every value measured, validated by zod, checked for consistency. The reference the quick paths are tested
 * against: the same data, the same issues with the same lines and columns.
 *
 * @param text - The file's content.
 * @param options - Format and message locale.
 * @returns What {@link loadCollaboration} returns.
 * @example
 * ```ts
 * loadCollaborationThoroughly('{"id": "x"}', { locale: 'en' }).success; // false, as loadCollaboration
 * ```
 */
export function loadCollaborationThoroughly(text: string, options?: LoadOptions | null): ParseResult {
  return load(text, options, false);
}

function load(text: string, options: LoadOptions | null | undefined, quickly: boolean): ParseResult {
  const read = readerOptions(options);
  if ('code' in read) return { success: false, issues: [read] };
  const { locale, format } = read;
  try {
    if (typeof text !== 'string') return validate(text, locale, true, quickly);
    const quick = quickly ? loadJsonQuickly(text, format, locale) : undefined;
    if (quick !== undefined) return { success: true, data: quick };
    const { value, issues, locateAll } = readText(text, format, locale);
    if (issues.length > 0) return { success: false, issues };
    const result = validate(value, locale, true, quickly);
    if (result.success) return result;
    const positions = locateAll(result.issues.map((issue) => issue.path));
    return {
      success: false,
      issues: result.issues.map((issue, k) =>
        issue.code === 'too_many_issues' ? issue : { ...issue, ...positions[k] },
      ),
    };
  } catch (error) {
    return {
      success: false,
      issues: [
        parseIssue(locale, 'unreadable', [], {
          detail: visible(error instanceof Error ? error.message : String(error)),
        }),
      ],
    };
  }
}
