import fc from 'fast-check';
import { BUILT_IN_DECORATOR_NAMES } from '../../src/engine/decorators.js';
import { BUILT_IN_OPERATOR_NAMES } from '../../src/engine/operators.js';
import type {
  ConditionProperties,
  NestedCondition,
  RuleProperties,
  TopLevelCondition,
} from '../../src/engine/types.js';

/*
 * Random rule packs and facts for the differential tests. With `safe`, the generated conditions can never make
 * json-rules-engine throw a TypeError (no `in` against a fact, no `someValue` against a non-list, no objects
 * without a prototype), so every case exercises the result path; without it, such failures are common.
 */

/** Fact names the generated rules and facts share. */
export const FACT_NAMES = ['a', 'b', 'c', 'list', 'obj'] as const;

/** Plain paths into the generated fact objects (`{ x, y, n }`) and lists. */
export const PATHS = [
  '$.x',
  '$.y',
  '$.x.y',
  'x',
  '.y',
  "$['x']",
  '$["y"]',
  '$.n[1]',
  '$[0]',
  '$.n',
  '$',
] as const;

/** `arb` one time in `every`, else `undefined`. */
function sometimes<T>(arb: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

const scalar = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 10 }) },
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', '1', '5', 'abc', '', '12abc', ' 3') },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, -0, Number.NaN, Number.POSITIVE_INFINITY) },
);

/** Values facts take: scalars, lists, nested objects (and, unless `safe`, objects without a prototype). */
export function dataArb(safe: boolean): fc.Arbitrary<unknown> {
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 10, arbitrary: scalar },
      { weight: 4, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
      {
        weight: 4,
        arbitrary: fc.record(
          { x: tie('value'), y: tie('value'), n: fc.array(scalar, { maxLength: 3 }) },
          { requiredKeys: [], noNullPrototype: true },
        ),
      },
      // Objects without a prototype cannot be converted to text: comparisons on them throw in both engines.
      { weight: safe ? 0 : 1, arbitrary: fc.constant(null).map(() => Object.create(null) as unknown) },
    ),
  })).value;
}

const literalArb = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 3, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.record({ x: scalar }, { noNullPrototype: true }) },
);

const factRefArb = fc.record(
  { fact: fc.constantFrom(...FACT_NAMES), path: fc.constantFrom(...PATHS) },
  { requiredKeys: ['fact'], noNullPrototype: true },
);

const anyDecorator = fc.constantFrom(...BUILT_IN_DECORATOR_NAMES);
/** Decorators that never make an operator throw by themselves. */
const safeDecorator = fc.constantFrom('someFact', 'everyFact', 'not', 'swap');

function decoratorsArb(decorator: fc.Arbitrary<string>): fc.Arbitrary<readonly string[]> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant([]) },
    { weight: 3, arbitrary: fc.tuple(decorator) },
    { weight: 1, arbitrary: fc.tuple(decorator, decorator) },
  );
}

/** Whether compileRules refuses this literal for the operator (it can never be evaluated without a TypeError). */
function literalRefused(operator: string, value: unknown): boolean {
  const parts = operator.split(':');
  let k = 0;
  while (parts[k] === 'not' && k < parts.length - 1) k++;
  const first = parts[k];
  if (k === parts.length - 1 && (first === 'in' || first === 'notIn')) {
    return !Array.isArray(value) && typeof value !== 'string';
  }
  return (first === 'someValue' || first === 'everyValue') && !Array.isArray(value);
}

function leafArb(safe: boolean): fc.Arbitrary<ConditionProperties> {
  return fc
    .record({
      fact: fc.constantFrom(...FACT_NAMES),
      decorators: decoratorsArb(safe ? safeDecorator : anyDecorator),
      base: fc.constantFrom(...BUILT_IN_OPERATOR_NAMES),
      literal: literalArb,
      ref: sometimes(factRefArb, 4),
      path: sometimes(fc.constantFrom(...PATHS), 2),
      priority: sometimes(fc.integer({ min: 1, max: 3 }), 3),
      name: sometimes(fc.constantFrom('n1', 'n2'), 6),
      params: sometimes(fc.constant({ p: 1 }), 8),
    })
    .map(({ fact, decorators, base, literal, ref, path, priority, name, params }) => {
      let chain = decorators;
      let value: unknown = ref ?? literal;
      if (safe && (base === 'in' || base === 'notIn')) {
        // `in` looks the fact up in the value: safe only with a literal list, and with no swap.
        chain = chain.filter((d) => d !== 'swap');
        value = Array.isArray(literal) ? literal : [literal];
      }
      const operator = [...chain, base].join(':');
      if (ref === undefined && literalRefused(operator, value)) value = [value];
      return {
        fact,
        operator,
        value,
        ...(path === undefined ? {} : { path }),
        ...(priority === undefined ? {} : { priority }),
        ...(name === undefined ? {} : { name }),
        ...(params === undefined ? {} : { params }),
      };
    });
}

const extras = fc
  .record({
    priority: sometimes(fc.integer({ min: 1, max: 3 }), 3),
    name: sometimes(fc.constantFrom('g1', 'g2'), 5),
  })
  .map(({ priority, name }) => ({
    ...(priority === undefined ? {} : { priority }),
    ...(name === undefined ? {} : { name }),
  }));

/** How conditions are generated. */
export interface ConditionGen {
  /** Conditions that can never throw a TypeError in json-rules-engine. */
  readonly safe: boolean;
  /** Names `{ condition }` references may use (shared conditions, and missing ones on purpose). */
  readonly references: readonly string[];
}

/** A condition nested up to `depth` levels: a leaf, or a top-level condition. */
export function conditionArb(depth: number, gen: ConditionGen): fc.Arbitrary<NestedCondition> {
  if (depth <= 1) return leafArb(gen.safe);
  const top: fc.Arbitrary<NestedCondition> = topLevelArb(depth, gen);
  return fc.oneof({ weight: 3, arbitrary: leafArb(gen.safe) }, { weight: 2, arbitrary: top });
}

/** A top-level condition (`all`/`any` of 0–4 conditions, `not`, or a reference) nested up to `depth` levels. */
export function topLevelArb(depth: number, gen: ConditionGen): fc.Arbitrary<TopLevelCondition> {
  const child = conditionArb(depth - 1, gen);
  const options: fc.Arbitrary<TopLevelCondition>[] = [
    fc.tuple(fc.array(child, { maxLength: 4 }), extras).map(([all, more]) => ({ ...more, all })),
    fc.tuple(fc.array(child, { maxLength: 4 }), extras).map(([any, more]) => ({ ...more, any })),
    fc.tuple(child, extras).map(([not, more]) => ({ ...more, not })),
  ];
  if (gen.references.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...gen.references), extras)
        .map(([condition, more]) => ({ ...more, condition })),
    );
  }
  return fc.oneof(...options);
}

/**
 * Shared conditions `s0`, `s1`, …: each may reference only the ones before it, so there is no cycle (and, with
 * `missing`, the undefined name `missing`).
 */
export function sharedConditionsArb(
  safe: boolean,
  missing: boolean,
): fc.Arbitrary<Record<string, TopLevelCondition>> {
  return fc
    .integer({ min: 0, max: 3 })
    .chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          topLevelArb(2, {
            safe,
            references: [...Array.from({ length: i }, (_, j) => `s${j}`), ...(missing ? ['missing'] : [])],
          }),
        ),
      ),
    )
    .map((list) => Object.fromEntries(list.map((c, i) => [`s${i}`, c])));
}

/** How many rules a pack has, and whether rules get priorities. */
export interface RuleSizes {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly priorities?: boolean;
}

/**
 * Rule packs of `minLength`–`maxLength` rules. Most rules have no priority, so several share a priority
 * group and their order comes from json-rules-engine's timing.
 */
export function rulesArb(gen: ConditionGen, sizes: RuleSizes = {}): fc.Arbitrary<RuleProperties[]> {
  const { minLength = 1, maxLength = 6, priorities = true } = sizes;
  return fc
    .array(
      fc.record({
        conditions: topLevelArb(3, gen),
        priority: priorities ? sometimes(fc.integer({ min: 1, max: 2 }), 4) : fc.constant(undefined),
        name: sometimes(fc.constantFrom('r1', 'r2', 'r3'), 2),
        params: sometimes(fc.constant({ level: 'high' }), 3),
      }),
      { minLength, maxLength },
    )
    .map((rules) =>
      rules.map(({ conditions, priority, name, params }, i) => ({
        conditions,
        event: params === undefined ? { type: `e${i}` } : { type: `e${i}`, params },
        ...(priority === undefined ? {} : { priority }),
        ...(name === undefined ? {} : { name }),
      })),
    );
}

/** Facts for the generated names; with `complete`, every fact is present. */
export function factsArb(complete: boolean, safe: boolean): fc.Arbitrary<Record<string, unknown>> {
  const value = dataArb(safe);
  return fc.record(
    { a: value, b: value, c: value, list: value, obj: value },
    complete ? { noNullPrototype: true } : { requiredKeys: [], noNullPrototype: true },
  );
}

/** A whole case: shared conditions, rules over them (plus `missing`, a name never defined), and facts. */
export function packArb(
  {
    safe,
    complete,
    missing = false,
  }: { readonly safe: boolean; readonly complete: boolean; readonly missing?: boolean },
  sizes?: RuleSizes,
) {
  return sharedConditionsArb(safe, missing).chain((conditions) =>
    fc.record({
      conditions: fc.constant(conditions),
      rules: rulesArb(
        { safe, references: [...Object.keys(conditions), ...(missing ? ['missing'] : [])] },
        sizes,
      ),
      facts: factsArb(complete, safe),
    }),
  );
}
