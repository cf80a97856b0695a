// Hostile values for the API sweep. Arbitraries generate *recipes* (plain data fast-check can print and shrink);
// `build` turns a recipe into the value a property passes on: Proxies whose every trap throws, objects whose
// getters throw, values whose conversion to a primitive throws, frozen and null-prototype objects, very long
// strings, and valid inputs with one field replaced by any of these. fast-check never touches the built values,
// so a throwing trap fires only inside the function under test.
import fc from 'fast-check';

/** How many runs each entry point gets: modest in CI, raised locally with `FUZZ_RUNS=5000`. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 100) || 100);

/** A recipe for a value of `fc.anything()`. */
export type PlainRecipe = { readonly t: 'plain'; readonly v: unknown };

/** A recipe for one argument. */
export type Recipe =
  | { readonly t: 'plain'; readonly v: unknown }
  | { readonly t: 'proxy'; readonly of: 'object' | 'array' | 'function' }
  | { readonly t: 'getters' }
  | { readonly t: 'unconvertible' }
  | { readonly t: 'symbol' }
  | { readonly t: 'long'; readonly n: number }
  | { readonly t: 'frozen'; readonly r: PlainRecipe }
  | { readonly t: 'list'; readonly items: readonly Recipe[] }
  | { readonly t: 'valid'; readonly i: number }
  | { readonly t: 'with'; readonly i: number; readonly path: FieldPath; readonly r: Recipe }
  | { readonly t: 'object'; readonly fields: Readonly<Record<string, Recipe>> };

/** Where a `with` recipe puts its hostile value: keys and indices into a valid value. */
export type FieldPath = readonly (string | number)[];

/** Keys the library reads somewhere: getters on them throw, and `with` recipes replace them. */
export const KEYS = [
  'locale',
  'format',
  'now',
  'config',
  'engine',
  'report',
  'findings',
  'actions',
  'explanation',
  'meeting',
  'incident',
  'success',
  'data',
  'issues',
  'rules',
  'conditions',
  'event',
  'fact',
  'operator',
  'value',
  'all',
  'any',
  'not',
  'path',
  'priority',
  'name',
  'params',
  'maxDepth',
  'allowUndefinedFacts',
  'milestones',
  'period',
  'start',
  'end',
  'id',
  'dependsOn',
  'due',
  'calendar',
  'holidays',
  'workdays',
  'days',
  'month',
  'part',
  'reference',
  'statement',
  'evidence',
  'measurable',
  'timeBound',
  'specific',
  'assignable',
  'scope',
  'subjectId',
  'ruleId',
  'severity',
  'message',
  'toLevel',
  'title',
  'person',
  'reason',
  'result',
  'actual',
  'expected',
  'size',
  'departments',
  'people',
  'team',
  'goal',
  'escalationPath',
  'prepared',
  'toString',
  'valueOf',
  'length',
] as const;

const thrower = (): never => {
  throw new Error('hostile trap');
};

const TRAPS: ProxyHandler<object> = {
  get: thrower,
  set: thrower,
  has: thrower,
  ownKeys: thrower,
  getOwnPropertyDescriptor: thrower,
  getPrototypeOf: thrower,
  setPrototypeOf: thrower,
  defineProperty: thrower,
  deleteProperty: thrower,
  isExtensible: thrower,
  preventExtensions: thrower,
  apply: thrower,
  construct: thrower,
};

function deepFreeze(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    if (ArrayBuffer.isView(value)) return value; // typed arrays with elements cannot be frozen
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A copy of `base` along `path` (arrays stay arrays), with the value at the end of the path replaced. */
function replaced(base: unknown, path: FieldPath, value: () => unknown): unknown {
  if (path.length === 0) return value();
  const [key, ...rest] = path as [string | number, ...FieldPath];
  const copy = (
    Array.isArray(base)
      ? [...(base as unknown[])]
      : typeof base === 'object' && base !== null
        ? { ...(base as Record<string, unknown>) }
        : {}
  ) as Record<string | number, unknown>;
  copy[key] = replaced(copy[key], rest, value);
  return copy;
}

/**
 * Builds the value a recipe describes.
 *
 * @param recipe - The recipe.
 * @param valid - The valid values `valid` and `with` recipes pick from.
 */
export function build(recipe: Recipe, valid: readonly unknown[] = []): unknown {
  switch (recipe.t) {
    case 'plain':
      return recipe.v;
    case 'proxy':
      return new Proxy(recipe.of === 'array' ? [] : recipe.of === 'function' ? () => 0 : {}, TRAPS);
    case 'getters':
      return Object.defineProperties(
        {},
        Object.fromEntries(KEYS.map((key) => [key, { get: thrower, enumerable: true, configurable: true }])),
      );
    case 'unconvertible':
      return { toString: thrower, valueOf: thrower, [Symbol.toPrimitive]: thrower, toJSON: thrower };
    case 'symbol':
      return Symbol('hostile');
    case 'long':
      return 'x'.repeat(recipe.n);
    case 'frozen':
      return deepFreeze(build(recipe.r, valid));
    case 'list':
      return recipe.items.map((r) => build(r, valid));
    case 'valid':
      return valid.length === 0 ? undefined : valid[recipe.i % valid.length];
    case 'object':
      return Object.fromEntries(Object.entries(recipe.fields).map(([key, r]) => [key, build(r, valid)]));
    case 'with':
      return replaced(valid.length === 0 ? {} : valid[recipe.i % valid.length], recipe.path, () =>
        build(recipe.r, valid),
      );
  }
}

const plain: fc.Arbitrary<PlainRecipe> = fc
  .anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
    withObjectString: true,
  })
  .map((v): PlainRecipe => ({ t: 'plain', v }));

const leaf: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 4, arbitrary: plain },
  {
    weight: 1,
    arbitrary: fc.constantFrom('object', 'array', 'function').map((of): Recipe => ({ t: 'proxy', of })),
  },
  { weight: 1, arbitrary: fc.constant<Recipe>({ t: 'getters' }) },
  { weight: 1, arbitrary: fc.constant<Recipe>({ t: 'unconvertible' }) },
  { weight: 1, arbitrary: fc.constant<Recipe>({ t: 'symbol' }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 70_000, 1_048_576).map((n): Recipe => ({ t: 'long', n })) },
);

/** Any hostile value: plain `anything()`, traps, throwing getters, unconvertible values, long strings, frozen. */
export const hostile: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 6, arbitrary: leaf },
  { weight: 1, arbitrary: plain.map((r): Recipe => ({ t: 'frozen', r })) },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }).map((items): Recipe => ({ t: 'list', items })) },
);

/**
 * An argument that is sometimes valid, sometimes a valid value with one field (at one of `paths`, or any of
 * {@link KEYS}) replaced by a hostile or another valid value, and sometimes hostile through and through.
 *
 * @param validCount - How many valid values the property passes to `build`.
 * @param paths - The fields of the valid values worth replacing.
 */
export function argument(validCount: number, paths: readonly FieldPath[] = []): fc.Arbitrary<Recipe> {
  const index = fc.nat({ max: Math.max(0, validCount - 1) });
  return fc.oneof(
    { weight: 2, arbitrary: hostile },
    ...(validCount === 0
      ? []
      : [
          { weight: 1, arbitrary: index.map((i): Recipe => ({ t: 'valid', i })) },
          {
            weight: 3,
            arbitrary: fc
              .record({
                i: index,
                path: fc.constantFrom<FieldPath>(...(paths.length > 0 ? paths : KEYS.map((key) => [key]))),
                r: fc.oneof(
                  hostile,
                  index.map((i): Recipe => ({ t: 'valid', i })),
                ),
              })
              .map((w): Recipe => ({ t: 'with', ...w })),
          },
        ]),
  );
}

/**
 * A field that is mostly one of the `accepted` values, sometimes one of the `rejected` ones (plain data, shown as
 * they are when a property fails), and sometimes hostile.
 *
 * @param accepted - Values the function accepts.
 * @param rejected - Values it must reject with its documented error.
 */
export function field(accepted: readonly unknown[], rejected: readonly unknown[] = []): fc.Arbitrary<Recipe> {
  const plainOf = (values: readonly unknown[]) =>
    fc.constantFrom(...values).map((v): Recipe => ({ t: 'plain', v }));
  return fc.oneof(
    { weight: 8, arbitrary: plainOf(accepted) },
    ...(rejected.length > 0 ? [{ weight: 1, arbitrary: plainOf(rejected) }] : []),
    { weight: 1, arbitrary: hostile },
  );
}

/**
 * An object whose fields are the given recipes, those not `required` present or not: an options object worth
 * reading.
 */
export function object(
  fields: Readonly<Record<string, fc.Arbitrary<Recipe>>>,
  required: readonly string[] = [],
): fc.Arbitrary<Recipe> {
  return fc
    .record(fields, { requiredKeys: required as never[] })
    .map((f): Recipe => ({ t: 'object', fields: f as Record<string, Recipe> }));
}

/** {@link argument}, but half the time one of the valid values as it is: so properties reach deep paths. */
export function mostlyValid(validCount: number, paths: readonly FieldPath[] = []): fc.Arbitrary<Recipe> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.nat({ max: validCount - 1 }).map((i): Recipe => ({ t: 'valid', i })) },
    { weight: 1, arbitrary: argument(validCount, paths) },
  );
}
