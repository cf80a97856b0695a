import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showError, showValue } from '../i18n/show.js';
import type { IssuePath, ValidationResult } from '../issues/issue.js';
import { EngineError } from './errors.js';
import { createEngineIssue, describeType, type EngineIssue } from './issue.js';
import type { EngineIssueCode, EngineMessageParams } from './messages.js';

/** One step of a fact path: an object key or an array index. @example `const s: FactPathSegment = 0;` */
export type FactPathSegment = string | number;

/** A parsed fact path: the keys and indices to follow from the fact's value. @example `const p: FactPath = ['tasks', 0, 'status'];` */
export type FactPath = readonly FactPathSegment[];

/**
 * Options of {@link parseFactPath}.
 *
 * @example
 * ```ts
 * const options: ParseFactPathOptions = { locale: 'en', issuePath: ['rules', 0, 'conditions', 'all', 0, 'path'] };
 * ```
 */
export interface ParseFactPathOptions {
  /** The locale of issue messages (default `zh-CN`). */
  readonly locale?: Locale;
  /** Where the path sits in a larger input, used as the `path` of issues (default `[]`). */
  readonly issuePath?: IssuePath;
}

/** The longest fact path accepted, in characters. @example `MAX_FACT_PATH_LENGTH; // 1024` */
export const MAX_FACT_PATH_LENGTH = 1024;

/** Segments that would reach the prototype chain; refused everywhere. */
const UNSAFE_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Characters of a dot-notation name: letters and digits of any script, `_` and `-`. */
const NAME_CHAR = /[\p{L}\p{N}_-]/u;

/** Characters that start JSONPath syntax the resolver refuses on purpose (as opposed to plain typos). */
const UNSUPPORTED_START = new Set(['*', '?', '(', '@', ':', '-', ',']);

interface Failure {
  readonly code: EngineIssueCode;
  readonly params: EngineMessageParams;
}

class Scanner {
  readonly segments: FactPathSegment[] = [];
  index = 0;
  constructor(readonly text: string) {}

  fail(code: EngineIssueCode, params: EngineMessageParams = {}): Failure {
    return { code, params: { path: this.text, column: this.index + 1, ...params } };
  }

  name(): string {
    const start = this.index;
    while (this.index < this.text.length) {
      const cp = this.text.codePointAt(this.index)!;
      const ch = String.fromCodePoint(cp);
      if (!NAME_CHAR.test(ch)) break;
      this.index += ch.length;
    }
    return this.text.slice(start, this.index);
  }

  /** Reads `.name`, after the dot. */
  dotted(): Failure | undefined {
    const next = this.text[this.index];
    if (next === '.') return this.fail('unsupported_path', { segment: '..' });
    if (next === '*') return this.fail('unsupported_path', { segment: '*' });
    const name = this.name();
    if (name === '') return this.fail('invalid_path');
    return this.push(name);
  }

  /** Reads `[0]`, `['key']` or `["key"]`, after the bracket. */
  bracketed(): Failure | undefined {
    const c = this.text[this.index];
    if (c === "'" || c === '"') {
      this.index++;
      let key = '';
      for (;;) {
        const ch = this.text[this.index];
        if (ch === undefined) return this.fail('invalid_path');
        if (ch === c) break;
        if (ch === '\\') {
          const escaped = this.text[this.index + 1];
          if (escaped !== '\\' && escaped !== "'" && escaped !== '"') {
            this.index++;
            return this.fail('invalid_path');
          }
          key += escaped;
          this.index += 2;
          continue;
        }
        key += ch;
        this.index++;
      }
      this.index++;
      if (this.text[this.index] !== ']') {
        return this.text[this.index] === ','
          ? this.fail('unsupported_path', { segment: ',' })
          : this.fail('invalid_path');
      }
      this.index++;
      return this.push(key);
    }
    if (c !== undefined && c >= '0' && c <= '9') {
      const start = this.index;
      while (
        this.index < this.text.length &&
        this.text[this.index]! >= '0' &&
        this.text[this.index]! <= '9'
      ) {
        this.index++;
      }
      const digits = this.text.slice(start, this.index);
      const close = this.text[this.index];
      if (close === ':' || close === ',') return this.fail('unsupported_path', { segment: close });
      if (close !== ']' || (digits.length > 1 && digits.startsWith('0')) || digits.length > 15) {
        return this.fail('invalid_path');
      }
      this.index++;
      this.segments.push(Number(digits));
      return undefined;
    }
    if (c !== undefined && UNSUPPORTED_START.has(c))
      return this.fail('unsupported_path', { segment: `[${c}` });
    return this.fail('invalid_path');
  }

  push(key: string): Failure | undefined {
    if (UNSAFE_SEGMENTS.has(key)) return this.fail('unsafe_path_segment', { segment: key });
    this.segments.push(key);
    return undefined;
  }

  run(): Failure | undefined {
    const text = this.text;
    if (text.length === 0) return this.fail('invalid_path');
    if (text.length > MAX_FACT_PATH_LENGTH)
      return this.fail('path_too_long', { limit: MAX_FACT_PATH_LENGTH });
    if (text[0] === '$') {
      this.index = 1;
    } else if (text[0] !== '.' && text[0] !== '[') {
      if (text[0] === '@' || text[0] === '*') return this.fail('unsupported_path', { segment: text[0] });
      const name = this.name();
      if (name === '') return this.fail('invalid_path');
      const failure = this.push(name);
      if (failure) return failure;
    }
    while (this.index < text.length) {
      const c = text[this.index];
      this.index++;
      const failure = c === '.' ? this.dotted() : c === '[' ? this.bracketed() : this.back();
      if (failure) return failure;
    }
    return undefined;
  }

  back(): Failure {
    this.index--;
    const c = this.text[this.index]!;
    return UNSUPPORTED_START.has(c)
      ? this.fail('unsupported_path', { segment: c })
      : this.fail('invalid_path');
  }
}

/**
 * Parses a plain fact path into its segments: `$.owner.region`, `owner.region`, `.owner.region`,
 * `$.tasks[0].status`, `$['a b'].c`, `$["x"]` (and `$` alone, the value itself). Refuses, as issues, the
 * `__proto__`, `constructor` and `prototype` segments, JSONPath wildcards (`*`), filters (`[?()]`), scripts,
 * recursive descent (`..`), slices, unions, negative indices and anything else that is not a plain path.
 *
 * @param path - The path as written in a condition's `path`.
 * @param options - Locale and issue location.
 * @returns The segments, or the issue (`invalid_path`, `unsupported_path`, `unsafe_path_segment` or
 *   `path_too_long`, with the 1-based `column` where the problem starts).
 * @example
 * ```ts
 * parseFactPath("$.tasks[0]['due date']"); // { success: true, data: ['tasks', 0, 'due date'] }
 * parseFactPath('$..name').success; // false: recursive descent
 * parseFactPath('$.__proto__.polluted').success; // false: unsafe segment
 * ```
 */
export function parseFactPath(
  path: string,
  options: ParseFactPathOptions = {},
): ValidationResult<FactPath, EngineIssue> {
  const read = readOptionFields(options, PARSE_OPTION_KEYS);
  const rawLocale = read.values.locale ?? DEFAULT_LOCALE;
  const locale: Locale = rawLocale === 'en' || rawLocale === 'zh-CN' ? rawLocale : DEFAULT_LOCALE;
  const at = issuePathOf(read.values.issuePath);
  const issues: EngineIssue[] = read.unreadable.map(({ key, detail }) =>
    createEngineIssue('unreadable', [], { key, detail }, locale),
  );
  if (rawLocale !== locale) {
    issues.push(createEngineIssue('invalid_locale', ['locale'], { detail: showValue(rawLocale) }, locale));
  }
  if (typeof path !== 'string') {
    const received = describeType(path);
    issues.push(createEngineIssue('invalid_type', at, { key: 'path', expected: 'string', received }, locale));
  }
  if (issues.length > 0) return { success: false, issues };
  const scanner = new Scanner(path);
  const failure = scanner.run();
  if (failure === undefined) return { success: true, data: Object.freeze(scanner.segments) };
  return { success: false, issues: [createEngineIssue(failure.code, at, failure.params, locale)] };
}

const PARSE_OPTION_KEYS = ['locale', 'issuePath'] as const;

/** The `issuePath` option when it is a list of keys and indices (copied); `[]` otherwise. */
function issuePathOf(value: unknown): IssuePath {
  if (!Array.isArray(value)) return [];
  try {
    const copy = [...(value as unknown[])];
    return copy.every((s) => typeof s === 'string' || typeof s === 'number') ? (copy as IssuePath) : [];
  } catch {
    return [];
  }
}

/**
 * Follows a fact path through own properties only (`Object.hasOwn`): never the prototype chain, never getters
 * of prototypes, never `__proto__`, `constructor` or `prototype`. Stops with `undefined` as soon as a step is
 * missing or the current value is not an object.
 *
 * @param value - The fact's value.
 * @param path - A path string (parsed with {@link parseFactPath}; an invalid one gives `undefined`) or segments
 *   (anything else, and a segment that is neither text nor a number, gives `undefined` too).
 * @returns The value at the path, or `undefined`.
 * @throws {@link EngineError} `evaluation_failed` when an own getter or a Proxy trap on the way throws (as
 *   json-rules-engine's run rejects then), and nothing else.
 * @example
 * ```ts
 * resolveFactPath({ owner: { region: 'EU' } }, '$.owner.region'); // 'EU'
 * resolveFactPath({ tasks: [{ status: 'done' }] }, ['tasks', 0, 'status']); // 'done'
 * resolveFactPath({}, '$.toString'); // undefined: not an own property
 * ```
 */
export function resolveFactPath(value: unknown, path: string | FactPath): unknown {
  try {
    return followFactPath(value, path);
  } catch (error) {
    // A getter or Proxy trap on the way threw: a failure of the run, as it is in json-rules-engine.
    throw new EngineError('evaluation_failed', [
      createEngineIssue('evaluation_failed', [], { detail: showError(error) }),
    ]);
  }
}

/**
 * {@link resolveFactPath} without its guard: what a getter or Proxy trap on the way throws passes through, for
 * the evaluators, which report it themselves.
 *
 * @internal
 * @param value - The fact's value.
 * @param path - A path string or segments.
 * @returns The value at the path, or `undefined`.
 */
export function followFactPath(value: unknown, path: string | FactPath): unknown {
  let segments: FactPath;
  if (typeof path === 'string') {
    const parsed = parseFactPath(path);
    if (!parsed.success) return undefined;
    segments = parsed.data;
  } else if (Array.isArray(path)) {
    segments = path;
  } else {
    return undefined;
  }
  let current = value;
  for (let i = 0; i < segments.length; i++) {
    const segment: unknown = segments[i];
    if (typeof segment !== 'string' && typeof segment !== 'number') return undefined;
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof segment === 'string' && UNSAFE_SEGMENTS.has(segment)) return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<FactPathSegment, unknown>)[segment];
  }
  return current;
}

/**
 * {@link resolveFactPath} with json-rules-engine's `pathResolver` signature, so json-rules-engine can be
 * configured to use the safe resolver instead of JSONPath.
 *
 * @param object - The fact's value (json-rules-engine only calls the resolver for objects).
 * @param path - The condition's `path`.
 * @returns The value at the path, or `undefined`.
 * @throws {@link EngineError} `evaluation_failed` when a getter or Proxy trap on the way throws.
 * @example
 * ```ts
 * import { Engine } from 'json-rules-engine';
 * const engine = new Engine([], { pathResolver });
 * ```
 */
export function pathResolver(object: object, path: string): unknown {
  return resolveFactPath(object, path);
}
