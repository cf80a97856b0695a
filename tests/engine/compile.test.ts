import { describe, expect, expectTypeOf, it } from 'vitest';
import { type CompiledRulePack, compileRules, safeCompileRules } from '../../src/engine/compile.js';
import { EngineError } from '../../src/engine/errors.js';
import type {
  ConditionPropertiesResult,
  RuleProperties,
  RunEventsResult,
  RunResult,
  TopLevelCondition,
} from '../../src/engine/types.js';
import { assertSameOutcome } from './differential.js';

const leaf = (fact: string, operator: string, value: unknown, more: object = {}) => ({
  fact,
  operator,
  value,
  ...more,
});

const rule = (
  type: string,
  conditions: TopLevelCondition,
  more: Partial<RuleProperties> = {},
): RuleProperties => ({
  conditions,
  event: { type },
  ...more,
});

const types = (events: readonly { type: string }[]) => events.map((e) => e.type);

/** The evaluated leaves of a result tree, in written order (unevaluated ones have no `result`). */
function leaves(node: unknown): ConditionPropertiesResult[] {
  if (typeof node !== 'object' || node === null) return [];
  const n = node as Record<string, unknown>;
  if (Array.isArray(n.all)) return n.all.flatMap(leaves);
  if (Array.isArray(n.any)) return n.any.flatMap(leaves);
  if (n.not !== undefined) return leaves(n.not);
  return typeof n.fact === 'string' ? [n as unknown as ConditionPropertiesResult] : [];
}

describe('compileRules: results and events', () => {
  it('runs the rules and reports results, failures and events like json-rules-engine', async () => {
    const rules = [
      rule('overBudget', { all: [leaf('spent', 'greaterThan', { fact: 'budget' })] }, { name: 'overBudget' }),
      rule('lowRisk', { all: [leaf('riskScore', 'lessThan', 30)] }),
    ];
    const facts = { spent: 120, budget: 100, riskScore: 40 };
    const result = compileRules(rules).run(facts);
    expect(types(result.events)).toEqual(['overBudget']);
    expect(types(result.failureEvents)).toEqual(['lowRisk']);
    expect(result.results[0]).toEqual({
      conditions: {
        priority: 1,
        all: [
          {
            operator: 'greaterThan',
            value: { fact: 'budget' },
            fact: 'spent',
            factResult: 120,
            valueResult: 100,
            result: true,
          },
        ],
      },
      event: { type: 'overBudget' },
      priority: 1,
      name: 'overBudget',
      result: true,
    });
    expect(result.failureResults[0]).not.toHaveProperty('name');
    await assertSameOutcome(rules, facts);
  });

  it('runs higher-priority rules first', async () => {
    const rules = [
      rule('low', { all: [] }, { priority: 1 }),
      rule('high', { all: [] }, { priority: 5 }),
      rule('mid', { all: [] }, { priority: 3 }),
    ];
    expect(types(compileRules(rules).run({}).events)).toEqual(['high', 'mid', 'low']);
    await assertSameOutcome(rules, {});
  });

  it("orders rules of one priority as json-rules-engine's promises settle: quicker conditions first", async () => {
    // json-rules-engine evaluates rules of one priority in parallel and collects them as they finish: the
    // nested rule, written first, finishes after the flat one.
    const rules = [
      rule('nested', {
        all: [{ any: [leaf('a', 'equal', 1), leaf('b', 'equal', 2)] }, leaf('a', 'equal', 1)],
      }),
      rule('flat', { all: [leaf('a', 'equal', 1)] }),
      rule('empty', { any: [] }),
    ];
    const facts = { a: 1, b: 2 };
    expect(types(compileRules(rules).run(facts).events)).toEqual(['empty', 'flat', 'nested']);
    await assertSameOutcome(rules, facts);
  });

  it('treats empty all and empty any as true, as json-rules-engine does', async () => {
    const rules = [rule('all', { all: [] }), rule('any', { any: [] }), rule('not-any', { not: { any: [] } })];
    expect(types(compileRules(rules).run({}).events)).toEqual(['all', 'any']);
    await assertSameOutcome(rules, {});
  });

  it('keeps event params and copies nothing else of the event', async () => {
    const rules = [
      {
        conditions: { all: [] },
        event: { type: 'x', params: { severity: 'error' }, extra: 1 } as unknown as RuleProperties['event'],
      },
    ];
    expect(compileRules(rules).run({}).events).toEqual([{ type: 'x', params: { severity: 'error' } }]);
    await assertSameOutcome(rules, {});
  });
});

describe('compileRules: condition priorities and short-circuiting', () => {
  it('evaluates a higher-priority set first and stops an all after a false set', async () => {
    const rules = [
      rule('r', {
        all: [leaf('a', 'equal', 1), leaf('b', 'equal', 2, { priority: 2 }), leaf('c', 'equal', 3)],
      }),
    ];
    const facts = { a: 1, b: 0, c: 3 };
    const [result] = compileRules(rules).run(facts).failureResults;
    const evaluated = leaves(result?.conditions).map((l) => [l.fact, l.result]);
    // b (priority 2) ran first and failed; a and c were never evaluated.
    expect(evaluated).toEqual([
      ['a', undefined],
      ['b', false],
      ['c', undefined],
    ]);
    await assertSameOutcome(rules, facts);
  });

  it('evaluates every condition of one priority set, even after a false one', async () => {
    const rules = [rule('r', { all: [leaf('a', 'equal', 0), leaf('b', 'equal', 2)] })];
    const facts = { a: 1, b: 2 };
    const [result] = compileRules(rules).run(facts).failureResults;
    expect(leaves(result?.conditions).map((l) => l.result)).toEqual([false, true]);
    await assertSameOutcome(rules, facts);
  });

  it('stops an any after a true set', async () => {
    const rules = [rule('r', { any: [leaf('a', 'equal', 1, { priority: 3 }), leaf('b', 'equal', 2)] })];
    const facts = { a: 1, b: 2 };
    const [result] = compileRules(rules).run(facts).results;
    expect(leaves(result?.conditions).map((l) => l.result)).toEqual([true, undefined]);
    await assertSameOutcome(rules, facts);
  });

  it('gives booleans a priority of 1 in the result tree, and leaves only their own', async () => {
    const rules = [
      rule('r', { all: [{ any: [leaf('a', 'equal', 1)] }, leaf('a', 'equal', 1, { priority: 2 })] }),
    ];
    const result = compileRules(rules).run({ a: 1 });
    const root = result.results[0]?.conditions as unknown as {
      priority: number;
      all: { priority?: number }[];
    };
    expect(root.priority).toBe(1);
    expect(root.all[0]?.priority).toBe(1);
    expect(root.all[1]?.priority).toBe(2);
    await assertSameOutcome(rules, { a: 1 });
  });
});

describe('compileRules: not, paths, fact-to-fact', () => {
  it('negates with not, nested or at the root', async () => {
    const rules = [
      rule('root', { not: leaf('a', 'equal', 1) }),
      rule('nested', { all: [{ not: { not: leaf('a', 'equal', 1) } }] }),
    ];
    expect(types(compileRules(rules).run({ a: 1 }).events)).toEqual(['nested']);
    await assertSameOutcome(rules, { a: 1 });
    await assertSameOutcome(rules, { a: 2 });
  });

  it('reads a fact at a path, and passes a non-object fact through unchanged as json-rules-engine does', async () => {
    const rules = [
      rule('eu', { all: [leaf('meta', 'equal', 'EU', { path: '$.owner.region' })] }),
      rule('five', { all: [leaf('count', 'equal', 5, { path: '$.value' })] }),
    ];
    const facts = { meta: { owner: { region: 'EU' } }, count: 5 };
    const result = compileRules(rules).run(facts);
    expect(types(result.events)).toEqual(['eu', 'five']);
    expect(result.results[0]?.conditions).toMatchObject({
      all: [{ factResult: 'EU', path: '$.owner.region' }],
    });
    await assertSameOutcome(rules, facts);
  });

  it('compares with another fact, at a path on either side', async () => {
    const rules = [
      rule('over', { all: [leaf('spent', 'greaterThan', { fact: 'plan', path: '$.budget' })] }),
      rule('same-owner', { all: [leaf('a', 'equal', { fact: 'b', path: '$.owner' }, { path: '$.owner' })] }),
    ];
    const facts = { spent: 120, plan: { budget: 100 }, a: { owner: 'li' }, b: { owner: 'li' } };
    const result = compileRules(rules).run(facts);
    expect(types(result.events)).toEqual(['over', 'same-owner']);
    expect(result.results[0]?.conditions).toMatchObject({ all: [{ valueResult: 100, factResult: 120 }] });
    await assertSameOutcome(rules, facts);
  });

  it('supports decorated operators', async () => {
    const rules = [
      rule('all-done', { all: [leaf('statuses', 'everyFact:equal', 'done')] }),
      rule('some-late', { all: [leaf('delays', 'someFact:greaterThan', 3)] }),
      rule('no-finance', { all: [leaf('departments', 'not:swap:in', 'finance')] }),
    ];
    const facts = { statuses: ['done', 'done'], delays: [0, 5], departments: ['legal', 'hr'] };
    expect(types(compileRules(rules).run(facts).events)).toEqual(['all-done', 'some-late', 'no-finance']);
    await assertSameOutcome(rules, facts);
  });
});

describe('compileRules: shared conditions', () => {
  const conditions = {
    isLate: { all: [leaf('daysLate', 'greaterThan', 0)] },
    isLateAndBig: { name: 'lateAndBig', all: [{ condition: 'isLate' }, leaf('budget', 'greaterThan', 1000)] },
  } satisfies Record<string, TopLevelCondition>;

  it('evaluates references, at the root and nested, as the referenced condition', async () => {
    const rules = [
      rule('late', { condition: 'isLate' }),
      rule('lateAndBig', { any: [{ condition: 'isLateAndBig', priority: 2 }, leaf('x', 'equal', 1)] }),
    ];
    const facts = { daysLate: 3, budget: 5000, x: 0 };
    const result = compileRules(rules, { conditions }).run(facts);
    expect(types(result.events)).toEqual(['late', 'lateAndBig']);
    // The reference is replaced by the referenced condition in the result tree, its name included.
    expect(result.results[1]?.conditions).toMatchObject({
      any: [
        { name: 'lateAndBig', priority: 1, all: [{ all: [{ fact: 'daysLate', result: true }] }, {}] },
        {},
      ],
    });
    await assertSameOutcome(rules, facts, { conditions });
  });

  it('keeps the reference as written when it was not evaluated', async () => {
    const rules = [
      rule('r', { any: [leaf('x', 'equal', 1, { priority: 2 }), { condition: 'isLate', name: 'late?' }] }),
    ];
    const result = compileRules(rules, { conditions }).run({ x: 1, daysLate: 0 });
    expect(result.results[0]?.conditions).toMatchObject({
      any: [{}, { condition: 'isLate', name: 'late?' }],
    });
    await assertSameOutcome(rules, { x: 1, daysLate: 0 }, { conditions });
  });

  it('treats a missing condition as false under allowUndefinedConditions', async () => {
    const rules = [rule('r', { any: [{ condition: 'ghost' }] })];
    const options = { allowUndefinedConditions: true };
    const result = compileRules(rules, options).run({});
    expect(result.failureResults[0]?.conditions).toEqual({ priority: 1, any: [{ condition: 'ghost' }] });
    await assertSameOutcome(rules, {}, options);
  });
});

describe('compileRules: undefined facts and failures', () => {
  const rules = [rule('r', { all: [leaf('known', 'equal', 1), leaf('missing', 'equal', 1)] })];

  it('throws an EngineError naming the undefined fact, where json-rules-engine rejects', async () => {
    const pack = compileRules(rules, { locale: 'en' });
    expect(() => pack.run({ known: 1 })).toThrow(EngineError);
    try {
      pack.run({ known: 1 });
    } catch (error) {
      const e = error as EngineError;
      expect(e.code).toBe('evaluation_failed');
      expect(e.issues).toEqual([
        expect.objectContaining({
          code: 'undefined_fact',
          fact: 'missing',
          path: ['rules', 0, 'conditions', 'all', 1],
          pointer: '/rules/0/conditions/all/1',
        }),
      ]);
      expect(e.issues[0]?.message).toContain('Undefined fact: missing');
      expect(e.issues[0]?.messages['zh-CN']).toContain('missing');
    }
    await assertSameOutcome(rules, { known: 1 });
  });

  it('returns the same issue from safeRun, and the same failure from a lean run', () => {
    const pack = compileRules(rules);
    const result = pack.safeRun({ known: 1 });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['undefined_fact']);
    expect(() => pack.run({ known: 1 }, { explain: false })).toThrow(EngineError);
  });

  it('reads missing facts as undefined with allowUndefinedFacts, leaving factResult out', async () => {
    const pack = compileRules(rules, { allowUndefinedFacts: true });
    const result = pack.run({ known: 1 });
    expect(result.failureResults[0]?.conditions).toEqual({
      priority: 1,
      all: [
        { operator: 'equal', value: 1, fact: 'known', factResult: 1, valueResult: 1, result: true },
        { operator: 'equal', value: 1, fact: 'missing', valueResult: 1, result: false },
      ],
    });
    await assertSameOutcome(rules, { known: 1 }, { allowUndefinedFacts: true });
  });

  it('does not fail for an undefined fact that is never evaluated', async () => {
    const shortCircuit = [
      rule('r', { all: [leaf('known', 'equal', 2, { priority: 2 }), leaf('missing', 'equal', 1)] }),
    ];
    expect(compileRules(shortCircuit).run({ known: 1 }).failureEvents).toHaveLength(1);
    await assertSameOutcome(shortCircuit, { known: 1 });
  });

  it('reports the failure json-rules-engine settles first, not the first written', async () => {
    // The undefined fact settles after 3 ticks; the TypeError of `in` against a number, read at a path,
    // after 4: json-rules-engine rejects with the undefined fact although it is written second.
    const racing = [
      rule('r', { all: [leaf('list', 'in', { fact: 'n', path: '$.x' }), leaf('missing', 'equal', 1)] }),
    ];
    const facts = { list: 'a', n: { x: 5 } };
    const result = compileRules(racing).safeRun(facts);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.fact])).toEqual([
      ['undefined_fact', 'missing'],
    ]);
    await assertSameOutcome(racing, facts);
  });

  it('reports an operator that cannot take a value (json-rules-engine: TypeError) as operator_type', async () => {
    const typed = [rule('r', { all: [leaf('region', 'in', { fact: 'regions' })] })];
    const result = compileRules(typed, { locale: 'en' }).safeRun({ region: 'EU', regions: 5 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ code: 'operator_type', operator: 'in', received: 'number' });
    await assertSameOutcome(typed, { region: 'EU', regions: 5 });
  });

  it('regression: an object without a prototype in a comparison fails as evaluation_failed in both engines', async () => {
    // Found by the differential test: json-rules-engine throws a TypeError converting it to text.
    const typed = [rule('r', { all: [leaf('x', 'lessThan', 5)] })];
    const facts = { x: Object.create(null) as object };
    const result = compileRules(typed).safeRun(facts);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['evaluation_failed']);
    await assertSameOutcome(typed, facts);
  });

  it('regression: someValue against a missing (null) value is operator_type in both engines', async () => {
    // Found by the differential test: json-rules-engine's message is "Cannot read properties of null".
    const typed = [rule('r', { all: [leaf('a', 'someValue:equal', { fact: 'list', path: '$.x' })] })];
    const facts = { a: 0, list: null };
    const result = compileRules(typed).safeRun(facts);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['operator_type']);
    await assertSameOutcome(typed, facts);
  });

  it('treats facts that are not an object as no facts', () => {
    const pack = compileRules([rule('r', { all: [leaf('a', 'equal', undefined)] })], {
      allowUndefinedFacts: true,
    });
    expect(types(pack.run(null as unknown as Record<string, unknown>).events)).toEqual(['r']);
  });

  it('reads only own properties of the facts', () => {
    const pack = compileRules([rule('r', { all: [leaf('toString', 'notEqual', undefined)] })], {
      allowUndefinedFacts: true,
    });
    expect(pack.run({}).failureEvents).toHaveLength(1);
    expect(pack.run(Object.create({ toString: 1 }) as Record<string, unknown>).failureEvents).toHaveLength(1);
    expect(pack.run({ toString: 1 }).events).toHaveLength(1);
  });
});

describe('compileRules: lean runs', () => {
  const rules = [
    rule('a', { all: [leaf('x', 'greaterThan', 1)] }),
    rule('b', { any: [leaf('x', 'lessThan', 1), { not: leaf('y', 'in', ['p', 'q']) }] }),
  ];

  it('returns only the events, in the same order as an explained run', () => {
    const pack = compileRules(rules);
    for (const facts of [
      { x: 2, y: 'p' },
      { x: 0, y: 'z' },
      { x: 'n/a', y: null },
    ]) {
      const full = pack.run(facts);
      const lean = pack.run(facts, { explain: false });
      expect(lean).toEqual({ events: full.events, failureEvents: full.failureEvents });
      expect(lean).not.toHaveProperty('results');
    }
  });

  it('types run by its options', () => {
    const pack: CompiledRulePack = compileRules(rules);
    expectTypeOf(pack.run({ x: 1, y: 'p' })).toEqualTypeOf<RunResult>();
    expectTypeOf(pack.run({ x: 1, y: 'p' }, { explain: true })).toEqualTypeOf<RunResult>();
    expectTypeOf(pack.run({ x: 1, y: 'p' }, { explain: false })).toEqualTypeOf<RunEventsResult>();
    // @ts-expect-error a lean run has no results
    expect(pack.run({ x: 1, y: 'p' }, { explain: false }).results).toBeUndefined();
  });

  it('gives the same results when a getter in the facts runs the pack again', () => {
    const pack = compileRules(rules);
    const expected = pack.run({ x: 2, y: 'p' });
    const facts = {
      get x() {
        pack.run({ x: 0, y: 'z' });
        return 2;
      },
      y: 'p',
    };
    expect(pack.run(facts)).toEqual(expected);
  });
});

describe('compileRules: the compiled pack', () => {
  it('exposes the rules as frozen plain data, unaffected by later changes to the input', () => {
    const value = [1, 2];
    const input = [rule('r', { all: [leaf('x', 'in', value)] })];
    const pack = compileRules(input);
    value.push(3);
    expect(pack.run({ x: 3 }).events).toEqual([]);
    expect(Object.isFrozen(pack.rules[0])).toBe(true);
    expect(pack.rules[0]?.conditions).toEqual({
      priority: 1,
      all: [{ fact: 'x', operator: 'in', value: [1, 2] }],
    });
  });

  it('returns fresh result trees from every run', () => {
    const pack = compileRules([rule('r', { all: [leaf('x', 'equal', 1)] })]);
    const first = pack.run({ x: 1 });
    const second = pack.run({ x: 2 });
    expect(first.results[0]?.result).toBe(true);
    expect(second.failureResults[0]?.conditions).not.toBe(first.results[0]?.conditions);
    expect(leaves(first.results[0]?.conditions)[0]?.factResult).toBe(1);
  });

  it('is deterministic', () => {
    const pack = compileRules([
      rule('a', { any: [leaf('x', 'equal', 1), { all: [leaf('y', 'lessThan', 3)] }] }),
      rule('b', { all: [leaf('x', 'notEqual', 1)] }),
    ]);
    const facts = { x: 1, y: 2 };
    expect(JSON.stringify(pack.run(facts))).toBe(JSON.stringify(pack.run(facts)));
  });
});

describe('safeCompileRules', () => {
  it('returns issues instead of throwing, and compileRules throws them as an EngineError', () => {
    const bad = [rule('r', { all: [leaf('x', 'greaterThen', 1)] })];
    const result = safeCompileRules(bad, { locale: 'en' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({
      code: 'unknown_operator',
      suggestion: 'greaterThan',
      path: ['rules', 0, 'conditions', 'all', 0, 'operator'],
    });
    expect(result.issues[0]?.message).toBe('Unknown operator "greaterThen"; did you mean "greaterThan"?');
    expect(() => compileRules(bad)).toThrow(EngineError);
    try {
      compileRules(bad);
    } catch (error) {
      expect((error as EngineError).code).toBe('invalid_rules');
      expect((error as EngineError).issues).toHaveLength(1);
    }
  });
});
