import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/engine/compile.js';
import { explainConditions } from '../../src/engine/explain-conditions.js';
import { runWithJsonRulesEngine } from '../../src/engine/json-rules-engine.js';
import type { RuleProperties } from '../../src/engine/types.js';

const rules: RuleProperties[] = [
  {
    name: 'healthy',
    conditions: {
      all: [
        { fact: 'riskScore', operator: 'lessThan', value: 30 },
        { not: { fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } } },
        {
          any: [
            { fact: 'meta', path: '$.owner.region', operator: 'in', value: ['EU'] },
            { not: { not: { fact: 'x', operator: 'equal', value: 1 } } },
          ],
        },
        { fact: 'late', operator: 'equal', value: true },
      ],
    },
    event: { type: 'healthy' },
  },
];

const facts = { riskScore: 12, spent: 90, budget: 100, meta: { owner: { region: 'EU' } }, x: 1, late: false };

describe('explainConditions', () => {
  it('flattens the evaluated leaves, marking the ones under a not', () => {
    const [result] = compileRules(rules).run(facts).failureResults;
    expect(explainConditions(result!.conditions)).toEqual([
      {
        fact: 'riskScore',
        operator: 'lessThan',
        expected: 30,
        actual: 12,
        valueResult: 30,
        result: true,
        negated: false,
      },
      {
        fact: 'spent',
        operator: 'greaterThan',
        expected: { fact: 'budget' },
        actual: 90,
        valueResult: 100,
        result: false,
        negated: true,
      },
      {
        fact: 'meta',
        path: '$.owner.region',
        operator: 'in',
        expected: ['EU'],
        actual: 'EU',
        valueResult: ['EU'],
        result: true,
        negated: false,
      },
      // Two nots cancel out.
      { fact: 'x', operator: 'equal', expected: 1, actual: 1, valueResult: 1, result: true, negated: false },
      {
        fact: 'late',
        operator: 'equal',
        expected: true,
        actual: false,
        valueResult: true,
        result: false,
        negated: false,
      },
    ]);
  });

  it("gives the same list for json-rules-engine's tree", async () => {
    const compiled = compileRules(rules).run(facts).failureResults[0]!;
    const reference = (await runWithJsonRulesEngine(rules, facts)).failureResults[0]!;
    expect(explainConditions(reference.conditions)).toEqual(explainConditions(compiled.conditions));
  });

  it('leaves out conditions that were not evaluated', () => {
    const pack = compileRules(
      [
        {
          conditions: {
            any: [
              { fact: 'a', operator: 'equal', value: 1, priority: 2 },
              { fact: 'b', operator: 'equal', value: 1 },
              { condition: 'never' },
            ],
          },
          event: { type: 'x' },
        },
      ],
      { conditions: { never: { all: [] } } },
    );
    const [result] = pack.run({ a: 1, b: 1 }).results;
    expect(explainConditions(result!.conditions).map((e) => e.fact)).toEqual(['a']);
  });

  it('keeps an undefined fact as an undefined actual value', () => {
    const pack = compileRules(
      [{ conditions: { all: [{ fact: 'gone', operator: 'equal', value: 1 }] }, event: { type: 'x' } }],
      {
        allowUndefinedFacts: true,
      },
    );
    const [explanation] = explainConditions(pack.run({}).failureResults[0]!.conditions);
    expect(explanation).toEqual({
      fact: 'gone',
      operator: 'equal',
      expected: 1,
      actual: undefined,
      valueResult: 1,
      result: false,
      negated: false,
    });
  });
});
