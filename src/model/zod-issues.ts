import type { z } from 'zod';
import { type Locale, resolveLocale } from '../i18n/locale.js';
import { didYouMean } from '../issues/did-you-mean.js';
import type { IssuePath } from '../issues/issue.js';
import type { ParseIssue } from './issue.js';
import { IssueList } from './issue-cap.js';
import { term } from './messages.js';
import { parseIssue } from './parse-issue.js';

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Text with its control characters (C0, DEL, C1) written as `\uXXXX`, so that a message quoting input cannot
 * carry a terminal escape sequence or break a line.
 *
 * @param text - Text from the input.
 * @returns The text, safe to show.
 * @example
 * ```ts
 * visible('a\u001b[31mb'); // 'a\\u001b[31mb'
 * ```
 */
export function visible(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      out += `${text.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

function preview(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? value.slice(0, 200)
        : typeof value === 'number'
          ? String(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  const shown = visible(text);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

function valueAt(root: unknown, path: IssuePath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** Unwraps optional, default, readonly and pipe wrappers to the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'readonly') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      break;
    }
  }
  return current;
}

/**
 * The schema found at `path` inside `schema`, following object shapes, array elements, record values and the
 * object options of unions.
 */
export function schemaAt(schema: AnySchema, path: IssuePath): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return undefined;
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, AnySchema>;
      element?: AnySchema;
      valueType?: AnySchema;
      options?: AnySchema[];
    };
    let next: AnySchema | undefined;
    if (def.type === 'object' && def.shape && typeof segment === 'string') next = def.shape[segment];
    else if (def.type === 'array' && typeof segment === 'number') next = def.element;
    else if (def.type === 'record') next = def.valueType;
    else if (def.type === 'union' && def.options) {
      next = def.options.map((o) => schemaAt(o, [segment])).find((s): s is AnySchema => s !== undefined);
    }
    current = next ? unwrap(next) : undefined;
  }
  return current;
}

/** The keys an object schema allows (the union of object options in a union). */
export function knownKeys(schema: AnySchema | undefined): string[] {
  if (!schema) return [];
  const def = unwrap(schema)._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    options?: AnySchema[];
  };
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'union' && def.options) return def.options.flatMap((o) => knownKeys(o));
  return [];
}

/** Allowed values of an enum schema, or undefined when it is not an enum. */
function enumValues(schema: AnySchema | undefined): string[] | undefined {
  if (!schema) return undefined;
  const def = unwrap(schema)._zod.def as { type: string; entries?: Record<string, string> };
  return def.type === 'enum' && def.entries ? Object.values(def.entries) : undefined;
}

function isDueSchema(schema: AnySchema | undefined): boolean {
  if (!schema) return false;
  const def = unwrap(schema)._zod.def as { type: string; options?: AnySchema[] };
  return def.type === 'union' && (def.options?.length ?? 0) === 3 && knownKeys(schema).includes('month');
}

/**
 * Converts zod's issues for `input` validated against `schema` into crossdept issues with stable codes,
 * localized messages and did-you-mean suggestions, adding them to `list` under `prefix`. Once the list is full,
 * issues are only counted: no message, no did-you-mean.
 *
 * @param list - Where the issues go.
 * @param issues - Zod's issues.
 * @param input - The validated input (to quote offending values).
 * @param schema - The schema it was validated against (to look up known keys and enum values).
 * @param locale - The message locale.
 * @param prefix - The path of `input` in the document.
 * @example
 * ```ts
 * import { IssueList } from './issue-cap.js';
 * import type { ParseIssue } from './issue.js';
 * import { PeriodSchema } from './primitives.js';
 *
 * const list = new IssueList<ParseIssue>();
 * const parsed = PeriodSchema.safeParse({ start: '2026-02-30' });
 * if (!parsed.success) addZodIssues(list, parsed.error.issues, { start: '2026-02-30' }, PeriodSchema, 'en', ['period']);
 * ```
 */
export function addZodIssues(
  list: IssueList<ParseIssue>,
  issues: readonly ZodIssue[],
  input: unknown,
  schema: AnySchema,
  locale: Locale,
  prefix: IssuePath = [],
): void {
  for (const issue of issues) {
    if (list.full) {
      list.skip(issue.code === 'unrecognized_keys' ? issue.keys.length : 1);
      continue;
    }
    const path: IssuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const at = (relative: IssuePath): IssuePath =>
      prefix.length === 0 ? relative : [...prefix, ...relative];
    const value = valueAt(input, path);
    const here = schemaAt(schema, path);
    // The key is the last segment of the whole path: a part validated on its own may start at the field itself.
    const missing = () => {
      const where = at(path);
      return parseIssue(locale, 'missing', where, { key: String(where[where.length - 1] ?? '') });
    };
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(here);
        for (const key of issue.keys) {
          list.add(() => {
            const suggestion = didYouMean(key, known);
            return parseIssue(locale, 'unknown_key', at([...path, key]), {
              key: visible(key),
              ...(suggestion === undefined ? {} : { suggestion }),
            });
          });
        }
        break;
      }
      case 'invalid_type': {
        if (value === undefined) list.add(missing);
        else if (typeof value === 'number' && !Number.isFinite(value)) {
          list.add(() =>
            parseIssue(locale, 'invalid_type', at(path), {
              expected: term(locale, 'finite number'),
              received: String(value),
            }),
          );
        } else {
          list.add(() =>
            parseIssue(locale, 'invalid_type', at(path), {
              expected: term(locale, issue.expected),
              received: term(locale, describeValue(value)),
            }),
          );
        }
        break;
      }
      case 'invalid_value': {
        if (value === undefined) {
          list.add(missing);
          break;
        }
        list.add(() => {
          const options = enumValues(here) ?? issue.values.map(String);
          const suggestion = typeof value === 'string' ? didYouMean(value, options) : undefined;
          return parseIssue(locale, 'invalid_enum', at(path), {
            value: preview(value),
            options: options.join(', '),
            ...(suggestion === undefined ? {} : { suggestion }),
          });
        });
        break;
      }
      case 'invalid_union': {
        if (value === undefined) list.add(missing);
        else if (isDueSchema(here)) {
          list.add(() => parseIssue(locale, 'invalid_due', at(path), { value: preview(value) }));
        } else {
          list.add(() =>
            parseIssue(locale, 'invalid_type', at(path), { expected: '?', received: preview(value) }),
          );
        }
        break;
      }
      case 'custom': {
        const plainText = (issue.params as { crossdept?: string } | undefined)?.crossdept === 'plain_text';
        list.add(() =>
          plainText
            ? parseIssue(locale, 'invalid_format', at(path), {
                value: preview(value),
                expected: term(locale, 'plain text'),
              })
            : parseIssue(locale, 'invalid_date', at(path), { value: preview(value) }),
        );
        break;
      }
      case 'invalid_format': {
        const expected = path[path.length - 1] === 'time' ? 'time' : 'id';
        list.add(() =>
          parseIssue(locale, 'invalid_format', at(path), {
            value: preview(value),
            expected: term(locale, expected),
          }),
        );
        break;
      }
      case 'too_small':
      case 'too_big': {
        const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const code = issue.code === 'too_small' && issue.origin === 'string' ? 'missing' : issue.code;
        list.add(() =>
          code === 'missing' ? missing() : parseIssue(locale, code, at(path), { limit: String(limit) }),
        );
        break;
      }
      default: {
        list.add(() =>
          parseIssue(locale, 'invalid_type', at(path), { expected: '?', received: preview(value) }),
        );
      }
    }
  }
}

/**
 * Converts zod's issues for `input` validated against `schema` into crossdept issues with stable codes,
 * localized messages and did-you-mean suggestions (all of them: {@link addZodIssues} caps them).
 *
 * @param issues - Zod's issues.
 * @param input - The validated input (to quote offending values).
 * @param schema - The root schema (to look up known keys and enum values).
 * @param localeInput - The message locale.
 * @returns Crossdept issues, one per problem (an unknown-keys issue becomes one issue per key).
 * @example
 * ```ts
 * import { PeriodSchema } from './primitives.js';
 *
 * const parsed = PeriodSchema.safeParse({ start: '2026-02-30' });
 * if (!parsed.success) fromZodIssues(parsed.error.issues, { start: '2026-02-30' }, PeriodSchema, 'en');
 * ```
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  schema: AnySchema,
  localeInput: Locale,
): ParseIssue[] {
  const locale = resolveLocale(localeInput);
  const list = new IssueList<ParseIssue>(Number.POSITIVE_INFINITY);
  addZodIssues(list, issues, input, schema, locale);
  return list.result(locale);
}
