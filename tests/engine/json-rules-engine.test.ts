import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/errors.js';
import { jsonRulesEngineRunner, runWithJsonRulesEngine } from '../../src/engine/json-rules-engine.js';
import type { RuleProperties } from '../../src/engine/types.js';

const twoPriorities: RuleProperties[] = [
  {
    name: 'A',
    priority: 10,
    conditions: { all: [{ fact: 'x', operator: 'greaterThanInclusive', value: 0 }] },
    event: { type: 'A' },
  },
  {
    name: 'B',
    priority: 1,
    conditions: { all: [{ fact: 'x', operator: 'greaterThanInclusive', value: 0 }] },
    event: { type: 'B' },
  },
];

async function rejection(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('runWithJsonRulesEngine', () => {
  it("returns json-rules-engine's results and events", async () => {
    const result = await runWithJsonRulesEngine(twoPriorities, { x: 1 });
    expect(result.events).toEqual([{ type: 'A' }, { type: 'B' }]);
    expect(result.failureEvents).toEqual([]);
    expect(result.results[0]).toEqual({
      conditions: {
        priority: 1,
        all: [
          {
            operator: 'greaterThanInclusive',
            value: 0,
            fact: 'x',
            factResult: 1,
            valueResult: 0,
            result: true,
          },
        ],
      },
      event: { type: 'A' },
      priority: 10,
      name: 'A',
      result: true,
    });
  });

  it('uses a fresh engine per call, so concurrent runs lose no events (json-rules-engine #303)', async () => {
    const inputs = Array.from({ length: 100 }, (_, i) => ({ x: i }));
    const results = await Promise.all(inputs.map((facts) => runWithJsonRulesEngine(twoPriorities, facts)));
    expect(results.every((r) => r.events.length === 2)).toBe(true);

    // The hazard it avoids: one shared Engine whose higher-priority rule waits on an async fact, run
    // concurrently, finishes early and skips the lower-priority rule (as in /work/shared/reference).
    const shared = new Engine([
      {
        priority: 10,
        conditions: { all: [{ fact: 'slow', operator: 'equal', value: true }] },
        event: { type: 'A' },
      },
      {
        priority: 1,
        conditions: { all: [{ fact: 'x', operator: 'greaterThanInclusive', value: 0 }] },
        event: { type: 'B' },
      },
    ]);
    shared.addFact('slow', (_params, almanac) =>
      almanac
        .factValue<number>('x')
        .then((x) => new Promise((resolve) => setTimeout(() => resolve(true), x % 5))),
    );
    const sharedResults = await Promise.all(inputs.map((facts) => shared.run(facts)));
    expect(sharedResults.some((r) => r.events.length < 2)).toBe(true);
  });

  it('rejects with an EngineError naming the undefined fact', async () => {
    const error = await rejection(runWithJsonRulesEngine(twoPriorities, {}, { locale: 'en' }));
    expect(error.code).toBe('evaluation_failed');
    expect(error.issues[0]).toMatchObject({ code: 'undefined_fact', fact: 'x' });
  });

  it('maps an operator TypeError to operator_type', async () => {
    const rules: RuleProperties[] = [
      { conditions: { all: [{ fact: 'x', operator: 'in', value: { fact: 'list' } }] }, event: { type: 'e' } },
    ];
    const error = await rejection(runWithJsonRulesEngine(rules, { x: 1, list: 5 }));
    expect(error.issues[0]?.code).toBe('operator_type');
  });

  it('validates the rules as compileRules does, before running them', async () => {
    const rules: RuleProperties[] = [
      {
        conditions: { all: [{ fact: 'x', path: '$..name', operator: 'equal', value: 1 }] },
        event: { type: 'e' },
      },
    ];
    const error = await rejection(runWithJsonRulesEngine(rules, { x: {} }));
    expect(error.code).toBe('invalid_rules');
    expect(error.issues[0]?.code).toBe('unsupported_path');
  });

  it('leaves frozen input alone (json-rules-engine writes into conditions)', async () => {
    const rule = Object.freeze({
      conditions: Object.freeze({
        all: Object.freeze([Object.freeze({ fact: 'x', operator: 'equal', value: 1, priority: 2 })]),
      }),
      event: Object.freeze({ type: 'e' }),
    }) as RuleProperties;
    const result = await runWithJsonRulesEngine([rule], { x: 1 });
    expect(result.events).toEqual([{ type: 'e' }]);
  });

  it('supports shared conditions and allowUndefinedConditions', async () => {
    const rules: RuleProperties[] = [
      { conditions: { any: [{ condition: 'known' }, { condition: 'ghost' }] }, event: { type: 'e' } },
    ];
    const result = await runWithJsonRulesEngine(
      rules,
      { x: 1 },
      {
        conditions: { known: { all: [{ fact: 'x', operator: 'equal', value: 2 }] } },
        allowUndefinedConditions: true,
      },
    );
    expect(result.failureEvents).toEqual([{ type: 'e' }]);
    expect(result.failureResults[0]?.conditions).toMatchObject({
      any: [{ all: [{ result: false }] }, { condition: 'ghost' }],
    });
  });
});

describe('jsonRulesEngineRunner', () => {
  it('runs the fact sets one after another on one engine, each as a run of its own would', async () => {
    const factSets = Array.from({ length: 30 }, (_, i) => (i % 7 === 0 ? { x: -i } : { x: i }));
    const each = await jsonRulesEngineRunner(twoPriorities).run(factSets);
    const alone = await Promise.all(factSets.map((facts) => runWithJsonRulesEngine(twoPriorities, facts)));
    expect(each).toEqual(alone);
    expect(each.map((r) => r.events.length)).toEqual(factSets.map((f) => (f.x >= 0 ? 2 : 0)));
  });

  it('rejects a run at the first fact set that fails, and runs again afterwards', async () => {
    const runner = jsonRulesEngineRunner(twoPriorities, { locale: 'en' });
    const error = await rejection(runner.run([{ x: 1 }, {}, { x: 2 }]));
    expect(error.code).toBe('evaluation_failed');
    expect(error.issues[0]).toMatchObject({ code: 'undefined_fact', fact: 'x' });
    await expect(runner.run([])).resolves.toEqual([]);
    expect((await runner.run([{ x: 3 }]))[0]?.events).toEqual([{ type: 'A' }, { type: 'B' }]);
  });

  it('validates the rules once, when it is made, as compileRules does', () => {
    const rules: RuleProperties[] = [
      { conditions: { all: [{ fact: 'x', operator: 'greaterThen', value: 1 }] }, event: { type: 'e' } },
    ];
    expect(() => jsonRulesEngineRunner(rules)).toThrow(EngineError);
  });

  it('gives concurrent runs of one runner their own engines, so none loses events (json-rules-engine #303)', async () => {
    // A fact whose value settles later (json-rules-engine awaits it) makes the higher-priority rule wait: on one
    // shared engine, a concurrent run would finish early and skip the lower-priority rule.
    const runner = jsonRulesEngineRunner([
      {
        priority: 10,
        conditions: { all: [{ fact: 'slow', operator: 'equal', value: true }] },
        event: { type: 'A' },
      },
      twoPriorities[1]!,
    ]);
    const later = (ms: number) => new Promise((resolve) => setTimeout(() => resolve(true), ms));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => runner.run([{ slow: later(i % 5), x: i }])),
    );
    expect(results.map(([r]) => r?.events.length)).toEqual(results.map(() => 2));
  });
});
