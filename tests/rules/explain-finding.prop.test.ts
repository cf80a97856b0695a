// explain walks evaluated condition trees directly; the engine's hardened walker (explainConditions) is the
// reference: the same leaves, the same keys in the same order, for plain trees and for hostile ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainConditions } from '../../src/engine/explain-conditions.js';
import type { TopLevelConditionResult } from '../../src/engine/types.js';
import { explain } from '../../src/rules/explain-finding.js';
import { runRulesSync } from '../../src/rules/run.js';

/** The explanation as the engine's walker gives it, shaped as explain has always shaped it. */
function reference(tree: unknown): unknown[] {
  if (typeof tree !== 'object' || tree === null) return [];
  return explainConditions(tree as TopLevelConditionResult).map(({ negated, valueResult, ...leaf }) => ({
    ...leaf,
    ...(typeof leaf.expected === 'object' &&
    leaf.expected !== null &&
    typeof (leaf.expected as { fact?: unknown }).fact === 'string' &&
    valueResult !== undefined
      ? { valueResult }
      : {}),
    ...(negated ? { negated: true } : {}),
  }));
}

/** Same leaves, same values, same key order. */
function expectSame(tree: unknown): void {
  const actual = explain(tree);
  const expected = reference(tree);
  expect(actual).toEqual(expected);
  expect(actual.map((e) => Object.keys(e))).toEqual(expected.map((e) => Object.keys(e as object)));
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

const valueArb = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom('a', 'b'),
  fc.constant(['a', 'b']),
  fc.constant({ fact: 'late' }),
);

const leafArb = fc.record(
  {
    fact: fc.constantFrom('size', 'late', 'tags', 'owner'),
    path: fc.constantFrom('$.x', '$.y'),
    operator: fc.constantFrom('greaterThan', 'lessThanInclusive', 'equal', 'notEqual', 'contains', 'in'),
    value: valueArb,
    name: fc.constantFrom('first', 'second'),
  },
  { requiredKeys: ['fact', 'operator', 'value'] },
);

/** Condition trees up to depth four: all, any and not over leaves. */
const treeArb: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node as fc.Arbitrary<Record<string, unknown>>;

const factsArb = fc.record(
  {
    size: fc.integer({ min: -3, max: 12 }),
    late: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant({ x: 1, y: 'a' })),
    tags: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
    owner: fc.oneof(fc.constantFrom('a', 'b'), fc.constant({ x: 2, y: 'b' })),
  },
  { requiredKeys: [] },
);

describe('explain (property)', () => {
  it('gives the engine walker’s leaves for every tree the compiled evaluator explains', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          treeArb.map((t) => ({ all: [t] })),
          treeArb.map((t) => ({ any: [t] })),
        ),
        factsArb,
        (conditions, facts) => {
          let outcome: ReturnType<typeof runRulesSync>[number] | undefined;
          try {
            [outcome] = runRulesSync([{ id: 'r', conditions } as never], [facts]);
          } catch {
            // An operator on a value it does not take fails the run: nothing to explain.
            return;
          }
          expectSame(outcome?.get('r')?.conditions);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the engine walker’s leaves for any value, hostile trees included', () => {
    const cyclic: Record<string, unknown> = {
      all: [{ fact: 'a', operator: 'equal', value: 1, result: true }],
    };
    (cyclic.all as unknown[]).push({ not: cyclic });
    const deep = Array.from({ length: 400 }).reduce<Record<string, unknown>>((t) => ({ not: t }), {
      fact: 'a',
      operator: 'equal',
      value: 1,
      factResult: 1,
      result: true,
    });
    const throwing = {
      any: [
        { fact: 'a', operator: 'equal', value: 1, factResult: 1, result: true },
        {
          get fact(): string {
            throw new Error('trap');
          },
        },
        { fact: 'b', operator: 7, value: 1, factResult: 2, result: false },
      ],
    };
    for (const tree of [cyclic, deep, throwing, null, 3, 'x', [], { all: 'no' }, { not: null }])
      expectSame(tree);
    fc.assert(
      fc.property(fc.anything(), (value) => expectSame(value)),
      { numRuns: 200 },
    );
  });
});
