import * as z from 'zod';
import type { Locale } from '../i18n/locale.js';
import type { IssuePath } from '../issues/issue.js';
import type { ParseIssue } from './issue.js';
import type { IssueList } from './issue-cap.js';
import { addZodIssues } from './zod-issues.js';

type AnySchema = z.core.$ZodType;

/**
 * Subtrees with more values than this are validated in parts. Zod collects every issue of a value before it
 * returns, at about 900 bytes each, and a value of a million wrong entries has a million issues; in parts of at
 * most this many values, a part's issues stay within a few tens of megabytes, and once the issue list is full
 * the rest is only counted.
 *
 * @example
 * ```ts
 * import { measureValue, READER_VALUE_LIMITS } from './measure-value.js';
 *
 * const input = { milestones: Array.from({ length: 30_000 }, (_, i) => ({ id: `m${i}` })) };
 * measureValue(input, READER_VALUE_LIMITS, VALIDATE_IN_PARTS_OVER).largeSubtrees; // the milestones list
 * ```
 */
export const VALIDATE_IN_PARTS_OVER = 20_000;

/**
 * Where {@link validateInParts} puts what it finds.
 *
 * @example
 * ```ts
 * import { IssueList } from './issue-cap.js';
 *
 * const ctx: PartsContext = { large: new Map(), issues: new IssueList(), locale: 'en' };
 * ```
 */
export interface PartsContext {
  /** The number of values of each large list or object (from `measureValue`). */
  readonly large: ReadonlyMap<object, number>;
  readonly issues: IssueList<ParseIssue>;
  readonly locale: Locale;
}

/** The validated value of a part, or `invalid` when it had issues (they are in the context's list). @example `const part: PartResult = { valid: true, data: [] };` */
export type PartResult = { readonly valid: true; readonly data: unknown } | { readonly valid: false };

/** The schema inside optional, default and readonly wrappers, which pass a defined value on unchanged. */
function inner(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'readonly') && def.innerType) {
      current = def.innerType;
    } else return current;
  }
}

function whole(schema: AnySchema, value: unknown, path: IssuePath, ctx: PartsContext): PartResult {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return { valid: true, data: parsed.data };
  addZodIssues(ctx.issues, parsed.error.issues, value, schema, ctx.locale, path);
  return { valid: false };
}

function lengthBounds(schema: AnySchema): { min: number; max: number } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check?: string; minimum?: number; maximum?: number };
    if (def.check === 'min_length' && def.minimum !== undefined) min = def.minimum;
    if (def.check === 'max_length' && def.maximum !== undefined) max = def.maximum;
  }
  return { min, max };
}

function arrayInParts(schema: AnySchema, value: unknown[], path: IssuePath, ctx: PartsContext): PartResult {
  const { min, max } = lengthBounds(schema);
  // Zod checks a list's length before its elements, so a list of the wrong length costs one issue.
  if (value.length < min || value.length > max) return whole(schema, value, path, ctx);
  const element = (schema._zod.def as unknown as { element: AnySchema }).element;
  const data: unknown[] = [];
  let valid = true;
  for (let i = 0; i < value.length; i++) {
    const part = validateInParts(element, value[i], [...path, i], ctx);
    if (part.valid) data.push(part.data);
    else valid = false;
  }
  return valid ? { valid, data } : { valid };
}

function objectInParts(
  schema: AnySchema,
  value: Record<string, unknown>,
  path: IssuePath,
  ctx: PartsContext,
): PartResult {
  const shape = (schema._zod.def as unknown as { shape: Record<string, AnySchema> }).shape;
  const largeKeys = Object.keys(shape).filter((key) => {
    const child = Object.hasOwn(value, key) ? value[key] : undefined;
    return typeof child === 'object' && child !== null && ctx.large.has(child);
  });
  if (largeKeys.length === 0) return whole(schema, value, path, ctx);
  // The object without its large fields (the same strictness, defaults and unknown keys), then each large field.
  const shell = (schema as z.ZodObject).extend(
    Object.fromEntries(largeKeys.map((key) => [key, z.unknown()])),
  );
  const top = whole(shell, value, path, ctx);
  const fields: Record<string, unknown> = {};
  let valid = top.valid;
  for (const key of largeKeys) {
    const part = validateInParts(shape[key]!, value[key], [...path, key], ctx);
    if (part.valid) fields[key] = part.data;
    else valid = false;
  }
  return valid && top.valid ? { valid, data: { ...(top.data as object), ...fields } } : { valid: false };
}

function recordInParts(
  schema: AnySchema,
  value: Record<string, unknown>,
  path: IssuePath,
  ctx: PartsContext,
): PartResult {
  const keys = Object.keys(value);
  const data: Record<string, unknown> = {};
  let valid = true;
  for (let from = 0; from < keys.length; from += VALIDATE_IN_PARTS_OVER) {
    const part: Record<string, unknown> = {};
    for (const key of keys.slice(from, from + VALIDATE_IN_PARTS_OVER)) {
      Object.defineProperty(part, key, {
        value: value[key],
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    const result = whole(schema, part, path, ctx);
    if (result.valid) Object.assign(data, result.data);
    else valid = false;
  }
  return valid ? { valid, data } : { valid };
}

/**
 * Validates a value against a zod schema like `safeParse`, adding the issues to the context's capped list, but
 * validates its large lists and objects (listed in the context) part by part: each element of a large list,
 * each large field of an object after the rest of it, a large record in slices. The data is what `safeParse`
 * would return; the issues are the same, except that a large value's are grouped by part.
 *
 * @param schema - The schema.
 * @param value - The value.
 * @param path - Where the value is in the document.
 * @param ctx - The large subtrees, the issue list and the locale.
 * @returns The data, or `{ valid: false }`.
 * @example
 * ```ts
 * import { CollaborationSchema } from './collaboration.js';
 * import { IssueList } from './issue-cap.js';
 * import type { ParseIssue } from './issue.js';
 *
 * const input: unknown = { id: 'launch', name: 'Launch', scenario: 'project', period: { start: '2026-09-01', end: '2026-11-30' } };
 * const issues = new IssueList<ParseIssue>();
 * const result = validateInParts(CollaborationSchema, input, [], { large: new Map(), issues, locale: 'en' });
 * ```
 */
export function validateInParts(
  schema: AnySchema,
  value: unknown,
  path: IssuePath,
  ctx: PartsContext,
): PartResult {
  if (typeof value !== 'object' || value === null || !ctx.large.has(value))
    return whole(schema, value, path, ctx);
  const at = inner(schema);
  const type = (at._zod.def as { type: string }).type;
  if (type === 'array' && Array.isArray(value)) return arrayInParts(at, value, path, ctx);
  if (Array.isArray(value)) return whole(schema, value, path, ctx);
  if (type === 'object') return objectInParts(at, value as Record<string, unknown>, path, ctx);
  if (type === 'record') return recordInParts(at, value as Record<string, unknown>, path, ctx);
  return whole(schema, value, path, ctx);
}
