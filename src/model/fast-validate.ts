import type * as z from 'zod';
import { config } from 'zod';
import { deepFreeze } from './freeze.js';
import { MAX_COLLECTION_SIZE, MAX_DEPTH, MAX_NODES } from './limits.js';

type AnySchema = z.core.$ZodType;

/** What a validator returns for a value the schema rejects (or, with `run.bail` set, for one it cannot decide). */
const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

/** The state of one run: the values and object members seen so far, whether to freeze, and whether to give up. */
interface Run {
  /** Values counted like `measureValue` counts them: the root, every entry of every list and object. */
  nodes: number;
  /** Object members (keys) seen, to compare with the members of the text the value was read from. */
  members: number;
  readonly freeze: boolean;
  /** Set when the value is outside what this validator decides exactly; the caller takes zod's path instead. */
  bail: boolean;
}

type Validator = (value: unknown, run: Run) => unknown;

/** A payload for zod's own check functions, reused: a check adds issues to it only when the value fails. */
interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

const bail = (run: Run): Invalid => {
  run.bail = true;
  return INVALID;
};

/** The zod traits (`$`-prefixed, zod's core classes) whose parsing this module reproduces, by schema type. */
const SUPPORTED: Readonly<Record<string, readonly string[]>> = {
  object: ['$ZodObject', '$ZodObjectJIT'],
  array: ['$ZodArray'],
  record: ['$ZodRecord'],
  union: ['$ZodUnion'],
  optional: ['$ZodOptional'],
  default: ['$ZodDefault'],
  string: ['$ZodString'],
  number: ['$ZodNumber'],
  boolean: ['$ZodBoolean'],
  enum: ['$ZodEnum'],
};

function supported(schema: AnySchema): boolean {
  const def = schema._zod.def as { type: string; coerce?: boolean };
  const traits = SUPPORTED[def.type];
  if (traits === undefined || def.coerce === true) return false;
  for (const trait of schema._zod.traits) {
    if (trait.startsWith('$') && trait !== '$ZodType' && !traits.includes(trait)) return false;
  }
  return true;
}

type Check = (value: unknown, run: Run) => boolean;

/**
 * One of zod's checks as a test of a value its type already accepted: `true` when zod's check adds no issue.
 * The common ones are zod's own conditions, without an issue list (a `refine` calls its function, a `regex`
 * tests its pattern, a bound on a number compares, a string or list within a length bound passes it — zod counts
 * a string's code points, at most its UTF-16 length and at least half of it); any other runs zod's check
 * function on a payload.
 */
function checkOf(check: z.core.$ZodCheck): Check {
  const def = check._zod.def as {
    check: string;
    when?: (payload: CheckPayload) => boolean;
    fn?: (value: unknown) => unknown;
    pattern?: RegExp;
    format?: string;
    value?: unknown;
    inclusive?: boolean;
    maximum?: number;
    minimum?: number;
  };
  const traits = (check._zod as unknown as { traits: Set<string> }).traits;
  const { when } = def;
  if (
    def.check === 'custom' &&
    traits.has('$ZodCustom') &&
    typeof def.fn === 'function' &&
    when === undefined
  ) {
    const fn = def.fn;
    return (value, run) => {
      const result = fn(value);
      // An asynchronous refinement makes zod's synchronous parse throw; zod's path reports that.
      if (result instanceof Promise) return !bail(run);
      return Boolean(result);
    };
  }
  if (
    def.check === 'string_format' &&
    def.format === 'regex' &&
    traits.has('$ZodCheckRegex') &&
    def.pattern
  ) {
    const pattern = def.pattern;
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  }
  if (def.check === 'number_format' && def.format === 'safeint' && when === undefined) {
    return (value) => Number.isSafeInteger(value);
  }
  if ((def.check === 'greater_than' || def.check === 'less_than') && typeof def.value === 'number' && !when) {
    const bound = def.value;
    if (def.check === 'greater_than')
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
  }
  const max = def.check === 'max_length' ? def.maximum : undefined;
  const min = def.check === 'min_length' ? def.minimum : undefined;
  const payload: CheckPayload = { value: undefined, issues: [] };
  const zodCheck = check._zod.check as unknown as (payload: CheckPayload) => unknown;
  return (value, run) => {
    if (typeof value === 'string' || Array.isArray(value)) {
      if (max !== undefined && value.length <= max) return true;
      if (min !== undefined && value.length >= 2 * min) return true;
    }
    payload.value = value;
    if (payload.issues.length !== 0) payload.issues = [];
    if (when !== undefined && !when(payload)) return true;
    if (zodCheck(payload) instanceof Promise) return !bail(run);
    return payload.issues.length === 0;
  };
}

/** A schema's checks, in zod's order: `true` when none adds an issue (zod skips none while there is none). */
function checker(schema: AnySchema): Check | undefined {
  const checks = (schema._zod.def.checks ?? []).map(checkOf);
  if (checks.length === 0) return undefined;
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [first, second] = checks as [Check, Check];
    return (value, run) => first(value, run) && second(value, run);
  }
  return (value, run) => {
    for (const check of checks) if (!check(value, run)) return false;
    return true;
  };
}

/** The schemas compiled so far in one compilation, and whether it may generate code. */
type Seen = Map<AnySchema, Compiled> & { readonly jit: boolean };

interface Compiled {
  readonly validate: Validator;
  /** The deepest nesting of lists and objects the schema accepts (its own level included). */
  readonly depth: number;
  /** Whether every schema inside is one this module reproduces. */
  readonly complete: boolean;
}

/** The own properties of a plain object, read or walked here; anything else is left to zod. */
function plain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** zod's test of a plain object for records: its `constructor`, when a function, has a prototype of Object's. */
function zodPlain(value: object): boolean {
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return (
    typeof proto === 'object' &&
    proto !== null &&
    !Array.isArray(proto) &&
    Object.hasOwn(proto, 'isPrototypeOf')
  );
}

/** Whether `Object.prototype` has enumerable keys (then `for…in` over a plain object yields more than its own). */
function prototypeTouched(): boolean {
  for (const _ in {}) return true;
  return false;
}

function compile(schema: AnySchema, seen: Seen): Compiled {
  const known = seen.get(schema);
  if (known !== undefined) return known;
  // A schema that contains itself (z.lazy) is not reproduced; the placeholder makes such a cycle end.
  seen.set(schema, { validate: (_, run) => bail(run), depth: Number.POSITIVE_INFINITY, complete: false });
  const compiled = build(schema, seen);
  seen.set(schema, compiled);
  return compiled;
}

function build(schema: AnySchema, seen: Seen): Compiled {
  if (!supported(schema)) return { validate: (_, run) => bail(run), depth: 0, complete: false };
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const checks = checker(schema);
  const checked = (validate: Validator): Validator =>
    checks === undefined
      ? validate
      : (value, run) => {
          const out = validate(value, run);
          return out === INVALID || !checks(out, run) ? INVALID : out;
        };
  switch (def.type) {
    case 'string':
      return { validate: checked((v) => (typeof v === 'string' ? v : INVALID)), depth: 0, complete: true };
    case 'number':
      return {
        validate: checked((v) => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID)),
        depth: 0,
        complete: true,
      };
    case 'boolean':
      return { validate: checked((v) => (typeof v === 'boolean' ? v : INVALID)), depth: 0, complete: true };
    case 'enum': {
      const values = schema._zod.values as ReadonlySet<unknown>;
      return { validate: checked((v) => (values.has(v) ? v : INVALID)), depth: 0, complete: true };
    }
    case 'optional': {
      const inner = def.innerType as AnySchema;
      const compiled = compile(inner, seen);
      const fill = inner._zod.optin === 'defaulted';
      const validate = compiled.validate;
      return {
        validate: checked((v, run) => {
          if (v !== undefined) return validate(v, run);
          if (!fill) return undefined;
          // zod's optional keeps what the defaulted inner schema makes of absence, or nothing when that fails.
          const out = validate(undefined, run);
          return out === INVALID ? (run.bail ? INVALID : undefined) : out;
        }),
        depth: compiled.depth,
        complete: compiled.complete,
      };
    }
    case 'default': {
      const compiled = compile(def.innerType as AnySchema, seen);
      const validate = compiled.validate;
      // The default is read each time: zod's classic `.default(value)` gives a fresh shallow copy per read.
      const fallback = (run: Run): unknown => (run.freeze ? deepFreeze(def.defaultValue) : def.defaultValue);
      return {
        validate: checked((v, run) => {
          if (v === undefined) return fallback(run);
          const out = validate(v, run);
          return out === undefined ? fallback(run) : out;
        }),
        depth: compiled.depth,
        complete: compiled.complete,
      };
    }
    case 'union': {
      const options = (def.options as AnySchema[]).map((option) => compile(option, seen));
      const validates = options.map((option) => option.validate);
      return {
        validate: checked((v, run) => {
          for (const validate of validates) {
            const out = validate(v, run);
            if (out !== INVALID || run.bail) return out;
          }
          return INVALID;
        }),
        depth: Math.max(...options.map((option) => option.depth)),
        complete: options.every((option) => option.complete),
      };
    }
    case 'array':
      return arrayValidator(def.element as AnySchema, checks, seen);
    case 'record':
      return recordValidator(def, checks, seen);
    case 'object':
      return objectValidator(def, checks, seen);
    default:
      return { validate: (_, run) => bail(run), depth: 0, complete: false };
  }
}

/** Runs a list's or object's checks on the data built for it, then freezes it when the run asks. */
function finish<T extends object>(out: T, checks: Check | undefined, run: Run): T | Invalid {
  if (checks !== undefined && !checks(out, run)) return INVALID;
  return run.freeze ? Object.freeze(out) : out;
}

function arrayValidator(element: AnySchema, checks: Check | undefined, seen: Seen): Compiled {
  const compiled = compile(element, seen);
  const validate = compiled.validate;
  return {
    validate: (v, run) => {
      if (!Array.isArray(v)) return INVALID;
      if (Object.getPrototypeOf(v) !== Array.prototype) return bail(run);
      const length = v.length;
      if (length > MAX_COLLECTION_SIZE) return bail(run);
      run.nodes += length;
      if (run.nodes > MAX_NODES) return bail(run);
      const out: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) {
        const item = validate(v[i], run);
        if (item === INVALID) return INVALID;
        out[i] = item;
      }
      return finish(out, checks, run);
    },
    depth: compiled.depth + 1,
    complete: compiled.complete,
  };
}

function recordValidator(def: Record<string, unknown>, checks: Check | undefined, seen: Seen): Compiled {
  const keyType = def.keyType as AnySchema;
  const keys = compile(keyType, seen);
  const values = compile(def.valueType as AnySchema, seen);
  // A record over an enumeration of keys, partial or loose, reads differently; it is left to zod.
  const reproduced = keyType._zod.values === undefined && def.mode === undefined && def.partial === undefined;
  const validateKey = keys.validate;
  const validateValue = values.validate;
  return {
    validate: (v, run) => {
      if (!reproduced) return bail(run);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
      if (!plain(v) || !zodPlain(v)) return bail(run);
      const own = Reflect.ownKeys(v);
      if (own.length > MAX_COLLECTION_SIZE) return bail(run);
      run.nodes += own.length;
      run.members += own.length;
      if (run.nodes > MAX_NODES) return bail(run);
      const out: Record<string, unknown> = {};
      for (const key of own) {
        // zod skips `__proto__`, non-enumerable keys and retries numeric keys as numbers: left to zod.
        if (
          typeof key !== 'string' ||
          key === '__proto__' ||
          !Object.prototype.propertyIsEnumerable.call(v, key)
        )
          return bail(run);
        const outKey = validateKey(key, run);
        if (outKey !== key) return bail(run);
        const item = validateValue((v as Record<string, unknown>)[key], run);
        if (item === INVALID) return INVALID;
        out[key] = item;
      }
      return finish(out, checks, run);
    },
    depth: values.depth + 1,
    complete: keys.complete && values.complete,
  };
}

/**
 * How zod's object parser keeps a field, from the field schema's `optin` and `optout`: an optional field only
 * when its key is present (`optional`), or also when it made a value of absence (`optional-filled`); a required
 * field when present, else the field fails (`required`); a defaulted field always (`defaulted`); another field
 * when it has a value or its key is present (`other`).
 */
type FieldMode = 'optional' | 'optional-filled' | 'required' | 'defaulted' | 'other';

function fieldMode(schema: AnySchema): FieldMode {
  const optin = schema._zod.optin;
  if (optin === undefined) return 'required';
  if (schema._zod.optout === 'optional') return optin === 'optional' ? 'optional' : 'optional-filled';
  return optin === 'defaulted' ? 'defaulted' : 'other';
}

/** Fills the fields of an object into `out`; `INVALID` when one fails. */
type Fill = (input: Record<string, unknown>, out: Record<string, unknown>, run: Run) => Invalid | undefined;

/**
 * The field loop of an object validator as generated code, the way zod's own object parser is generated when
 * the runtime allows it: each key written as a literal (`input["id"]`, `"id" in input`, `out["id"] = …`), so each
 * access has an inline cache of its own instead of one shared by all keys. The keys come from the schema, never
 * from input, and are written with `JSON.stringify`. `undefined` when the runtime forbids generating code (a
 * content security policy) or zod is configured `jitless`; the loop of {@link objectValidator} does the same.
 */
function generatedFill(
  keys: readonly string[],
  modes: readonly FieldMode[],
  validates: readonly Validator[],
): Fill | undefined {
  if (!mayGenerate()) return undefined;
  const body = keys.map((key, k) => {
    const K = JSON.stringify(key);
    const v = `v${k}`;
    switch (modes[k]) {
      case 'optional':
        return `{ const raw = input[${K}];
  if (raw !== undefined || ${K} in input) { const item = ${v}(raw, run); if (item === INVALID) return INVALID; out[${K}] = item; } }`;
      case 'required':
        return `{ const raw = input[${K}]; const item = ${v}(raw, run);
  if (item === INVALID || (raw === undefined && !(${K} in input))) return INVALID; out[${K}] = item; }`;
      case 'defaulted':
        return `{ const item = ${v}(input[${K}], run); if (item === INVALID) return INVALID; out[${K}] = item; }`;
      default:
        return `{ const raw = input[${K}]; const item = ${v}(raw, run); const present = raw !== undefined || ${K} in input;
  if (item === INVALID) { if (present || run.bail${modes[k] === 'other' ? ' || true' : ''}) return INVALID; }
  else if (item !== undefined || present) out[${K}] = item; }`;
    }
  });
  try {
    const params = validates.map((_, k) => `v${k}`);
    const factory = new Function(
      'INVALID',
      ...params,
      `return function fill(input, out, run) {\n${body.join('\n')}\n  return undefined;\n};`,
    );
    return factory(INVALID, ...validates) as Fill;
  } catch {
    return undefined;
  }
}

let evalAllowed: boolean | undefined;

/**
 * Whether code may be generated: the runtime allows it (no content security policy forbids `new Function`, tried
 * once, as zod tries it) and zod is not configured `jitless`. Named imports only: reading zod's `core` namespace
 * would put all of zod in a browser bundle.
 */
function mayGenerate(): boolean {
  if ((config() as { jitless?: boolean }).jitless === true) return false;
  if (evalAllowed === undefined) {
    try {
      evalAllowed = typeof new Function('return 1') === 'function';
    } catch {
      evalAllowed = false;
    }
  }
  return evalAllowed;
}

/**
 * Counts an object's keys (`for…in`, as zod's strict object reads them), or `-1` at the first key not in the
 * shape, with the shape's keys as the literal cases of a switch. `undefined` where code may not be generated.
 */
function generatedCounter(keys: readonly string[]): ((input: object) => number) | undefined {
  if (!mayGenerate()) return undefined;
  const cases = keys.map((key) => `case ${JSON.stringify(key)}:`).join(' ');
  try {
    return new Function(
      `return function count(input) { let n = 0; for (const key in input) { switch (key) { ${cases} n++; break; default: return -1; } } return n; };`,
    )() as (input: object) => number;
  } catch {
    return undefined;
  }
}

function objectValidator(def: Record<string, unknown>, checks: Check | undefined, seen: Seen): Compiled {
  const shape = def.shape as Record<string, AnySchema>;
  const keys = Object.keys(shape);
  const catchall = def.catchall as AnySchema | undefined;
  const strict = catchall !== undefined && (catchall._zod.def as { type: string }).type === 'never';
  const reproduced =
    (catchall === undefined || strict) &&
    Object.getOwnPropertySymbols(shape).length === 0 &&
    !keys.includes('__proto__');
  const fields = keys.map((key) => ({
    key,
    mode: fieldMode(shape[key]!),
    compiled: compile(shape[key]!, seen),
  }));
  const known = new Set(keys);
  const validates = fields.map((field) => field.compiled.validate);
  const modes = fields.map((field) => field.mode);
  // Generated on first use: a schema compiled but never run generates nothing.
  let fill: Fill | undefined | null = seen.jit ? undefined : null;
  let counter: ((input: object) => number) | undefined | null = seen.jit ? undefined : null;
  return {
    validate: (v, run) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
      if (!reproduced || !plain(v)) return bail(run);
      if (counter === undefined) counter = generatedCounter(keys) ?? null;
      let count = 0;
      if (counter !== null) {
        count = counter(v);
        if (count < 0) return strict ? INVALID : bail(run);
      } else
        for (const key in v) {
          // An unknown key fails a strict object; a stripping object drops it unmeasured, which zod's path measures.
          if (!known.has(key)) return strict ? INVALID : bail(run);
          count++;
        }
      run.nodes += count;
      run.members += count;
      if (run.nodes > MAX_NODES) return bail(run);
      const input = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      if (fill === undefined) fill = generatedFill(keys, modes, validates) ?? null;
      if (fill !== null) return fill(input, out, run) === INVALID ? INVALID : finish(out, checks, run);
      // As zod's object parser keeps fields: in the shape's order, by whether the key is present (`in`).
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const raw = input[key];
        const mode = modes[k];
        // An absent optional field is left out whatever its schema makes of `undefined`.
        if (mode === 'optional' && raw === undefined && !(key in input)) continue;
        const item = validates[k]!(raw, run);
        if (mode === 'required' || mode === 'defaulted') {
          if (item === INVALID || (mode === 'required' && raw === undefined && !(key in input)))
            return INVALID;
          out[key] = item;
          continue;
        }
        const present = raw !== undefined || key in input;
        if (item === INVALID) {
          // zod ignores the issues of an absent optional field, and keeps nothing of it.
          if (present || run.bail || mode === 'other') return INVALID;
          continue;
        }
        if (mode === 'optional' ? present : item !== undefined || present) out[key] = item;
      }
      return finish(out, checks, run);
    },
    depth: Math.max(0, ...fields.map((field) => field.compiled.depth)) + 1,
    complete: reproduced && fields.every((field) => field.compiled.complete),
  };
}

/**
 * A validator that reproduces zod's `safeParse` of one schema for values it can decide exactly, in one walk that
 * also measures them against the reader limits. See {@link fastValidator}.
 */
export interface FastValidator {
  /**
   * The data `safeParse` would return — when the value is valid, within `MAX_NODES`, `MAX_COLLECTION_SIZE` and
   * `MAX_DEPTH`, has no `__proto__` key, and is plain data (plain objects and arrays) — else `undefined`, and the
   * caller takes zod's path, which finds the issues. With `freeze`, every list and object of the data is frozen.
   * `members` counts the object keys of the value.
   */
  (value: unknown, freeze: boolean): { readonly data: unknown; readonly members: number } | undefined;
  /** Whether every schema inside is one this module reproduces; when not, the parts that are not always fall back. */
  readonly complete: boolean;
}

/**
 * Options for {@link fastValidator}.
 *
 * @example
 * ```ts
 * const options: FastValidatorOptions = { generate: false };
 * ```
 */
export interface FastValidatorOptions {
  /** Whether object fields may be read by generated code (the default, where the runtime allows it). */
  readonly generate?: boolean;
}

/**
 * Compiles a zod schema (strict and stripping objects, arrays, records, unions, optional and default fields,
 * strings, numbers, booleans, enumerations, and their checks, run by zod's own check functions) into a
 * validator for valid input: a walk that builds exactly the data zod builds (the same keys in the same order,
 * defaults filled in), without zod's per-value payloads and issue lists. Anything it does not reproduce (another
 * schema kind, a getter's exception, an object with a prototype of its own, a document over a limit) makes it
 * answer `undefined`, never a different answer.
 *
 * @param schema - The schema.
 * @param options - Whether to generate code for objects' fields (by default, where the runtime allows it).
 * @returns The validator.
 * @example
 * ```ts
 * import { CollaborationSchema } from './collaboration.js';
 *
 * const validate = fastValidator(CollaborationSchema);
 * validate({ id: 'x', name: 'X', scenario: 'project', period: { start: '2026-01-01', end: '2026-03-31' } }, true)?.data;
 * ```
 */
export function fastValidator(schema: AnySchema, options?: FastValidatorOptions): FastValidator {
  const compiled = compile(
    schema,
    Object.assign(new Map<AnySchema, Compiled>(), { jit: options?.generate !== false }),
  );
  const deep = compiled.depth > MAX_DEPTH;
  const validate = compiled.validate;
  const fast = (value: unknown, freeze: boolean) => {
    if (deep || prototypeTouched()) return undefined;
    const run: Run = { nodes: 1, members: 0, freeze, bail: false };
    try {
      const data = validate(value, run);
      return data === INVALID || run.bail ? undefined : { data, members: run.members };
    } catch {
      // A getter or proxy that throws: zod's path reads the value again and reports it as unreadable.
      return undefined;
    }
  };
  return Object.assign(fast, { complete: compiled.complete && !deep });
}
