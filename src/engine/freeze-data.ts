/** The deepest nesting of a literal value (or params) accepted in a rule. */
const MAX_VALUE_DEPTH = 64;

/**
 * Why a value is not plain data: the kind of the offending part (`function`, `symbol`, `Date`, …), `cycle`, or
 * `too deep`.
 *
 * @example
 * ```ts
 * const reason: NotPlainData = { notPlainData: 'function' };
 * ```
 */
export interface NotPlainData {
  readonly notPlainData: string;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Copies plain data (text, numbers, bigints, booleans, `null`, `undefined`, arrays with their holes, plain
 * objects) into a deeply frozen copy, so a compiled rule pack cannot be changed through the objects it was
 * built from, nor change them. Anything else (functions, symbols, class instances such as `Date`, cycles,
 * nesting deeper than 64) is refused.
 *
 * @param value - A condition's `value`, `params`, or an event's `params`.
 * @returns The frozen copy, or why it is not plain data.
 * @example
 * ```ts
 * freezeData({ a: [1, 2] }); // a frozen { a: [1, 2] }
 * freezeData(() => 1); // { notPlainData: 'function' }
 * ```
 */
export function freezeData(value: unknown): { readonly data: unknown } | NotPlainData {
  const seen = new Set<object>();
  let failure: string | undefined;
  const copy = (v: unknown, depth: number): unknown => {
    if (failure !== undefined) return undefined;
    if (v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol')) return v;
    if (typeof v !== 'object') {
      failure = typeof v;
      return undefined;
    }
    if (depth > MAX_VALUE_DEPTH) {
      failure = 'too deep';
      return undefined;
    }
    if (seen.has(v)) {
      failure = 'cycle';
      return undefined;
    }
    if (!Array.isArray(v) && !isPlainObject(v)) {
      failure = Object.prototype.toString.call(v).slice(8, -1);
      return undefined;
    }
    seen.add(v);
    let out: unknown[] | Record<string, unknown>;
    if (Array.isArray(v)) {
      const list = new Array<unknown>(v.length);
      // `in` keeps holes as holes: indexOf and some/every skip them, so filling them would change results.
      for (let i = 0; i < v.length; i++) if (i in v) list[i] = copy(v[i], depth + 1);
      out = list;
    } else {
      const record: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        const item = copy((v as Record<string, unknown>)[key], depth + 1);
        // defineProperty, so a "__proto__" key from JSON.parse stays a key and never becomes the prototype.
        Object.defineProperty(record, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      out = record;
    }
    seen.delete(v);
    return Object.freeze(out);
  };
  const data = copy(value, 0);
  return failure === undefined ? { data } : { notPlainData: failure };
}
