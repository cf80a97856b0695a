// The engine on any arguments: compiling answers with issues (safeCompileRules) or throws only an EngineError
// (compileRules, runWithJsonRulesEngine, a pack's run); explainConditions and isKnownOperator answer everything;
// parseFactPath answers with a result; resolving a path throws only an EngineError.
import fc from 'fast-check';
import { describe } from 'vitest';
import { compileRules, safeCompileRules } from '../../src/engine/compile.js';
import { EngineError } from '../../src/engine/errors.js';
import { explainConditions } from '../../src/engine/explain-conditions.js';
import { parseFactPath, pathResolver, resolveFactPath } from '../../src/engine/fact-path.js';
import { runWithJsonRulesEngine } from '../../src/engine/json-rules-engine.js';
import { isKnownOperator } from '../../src/engine/resolve-operator.js';
import type { Facts, RuleProperties } from '../../src/engine/types.js';
import { API_CONTRACTS, type Contract } from './contracts.js';
import { field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const RULES: RuleProperties[] = [
  {
    name: 'late',
    priority: 2,
    conditions: {
      all: [
        { fact: 'task', path: '$.daysLate', operator: 'greaterThan', value: 0 },
        { any: [{ fact: 'owner', operator: 'in', value: ['wang', 'li'] }, { condition: 'isBig' }] },
        { not: { fact: 'budget', operator: 'lessThan', value: { fact: 'spent' } } },
      ],
    },
    event: { type: 'late', params: { level: 1 } },
  },
];
const OPTIONS = {
  locale: 'en',
  allowUndefinedFacts: true,
  conditions: { isBig: { all: [{ fact: 'size', operator: 'greaterThanInclusive', value: 10 }] } },
};
const FACTS = { task: { daysLate: 3 }, owner: 'wang', budget: 100, spent: 120, size: 12 };
const VALID: readonly unknown[] = [RULES, OPTIONS, FACTS];
const RULE_PATHS = [
  [0],
  [0, 'conditions'],
  [0, 'conditions', 'all'],
  [0, 'conditions', 'all', 0],
  [0, 'conditions', 'all', 0, 'path'],
  [0, 'conditions', 'all', 0, 'value'],
  [0, 'conditions', 'all', 1, 'any', 0, 'operator'],
  [0, 'conditions', 'all', 2, 'not'],
  [0, 'event'],
  [0, 'event', 'params'],
  [0, 'priority'],
  ['locale'],
  ['conditions'],
  ['conditions', 'isBig'],
  ['maxDepth'],
  ['task'],
  ['task', 'daysLate'],
  ['owner'],
  ['spent'],
];
const rules = mostlyValid(VALID.length, RULE_PATHS);
const options = fc.oneof(
  { weight: 1, arbitrary: mostlyValid(VALID.length, RULE_PATHS) },
  {
    weight: 2,
    arbitrary: object({
      locale: field(['en', 'zh-CN', null], ['fr']),
      conditions: field([OPTIONS.conditions, undefined], [{ isBig: 5 }]),
      allowUndefinedFacts: field([true, false, undefined]),
      maxDepth: field([3, 32, undefined], [0, 1.5]),
    }),
  },
);
const facts = mostlyValid(VALID.length, RULE_PATHS);
/** Always tried: options that are null, a Proxy whose traps throw, or of the wrong kind. */
const HOSTILE_OPTIONS: readonly (readonly Recipe[])[] = [
  [
    { t: 'valid', i: 0 },
    { t: 'plain', v: null },
  ],
  [
    { t: 'valid', i: 0 },
    { t: 'proxy', of: 'object' },
  ],
  [{ t: 'valid', i: 0 }, { t: 'getters' }],
  [
    { t: 'proxy', of: 'array' },
    { t: 'valid', i: 1 },
  ],
];

describe('compiling rules (property)', () => {
  sweep({
    name: 'safeCompileRules',
    contract: API_CONTRACTS.safeCompileRules!,
    args: fc.tuple(rules, options),
    call: safeCompileRules as never,
    valid: VALID,
    examples: HOSTILE_OPTIONS,
  });
  sweep({
    name: 'compileRules',
    contract: API_CONTRACTS.compileRules!,
    args: fc.tuple(rules, options),
    call: compileRules as never,
    valid: VALID,
    examples: HOSTILE_OPTIONS,
  });
  sweep({
    name: 'runWithJsonRulesEngine',
    contract: API_CONTRACTS.runWithJsonRulesEngine!,
    args: fc.tuple(rules, facts, options),
    call: runWithJsonRulesEngine as never,
    valid: VALID,
    examples: HOSTILE_OPTIONS.map(([r, o]) => [r!, { t: 'valid', i: 2 } as const, o!]),
    async: true,
  });
});

describe('running a compiled pack (property)', () => {
  const pack = compileRules(RULES, OPTIONS as never);
  const strict = compileRules(RULES, { conditions: OPTIONS.conditions });
  const run: Contract = { kind: 'throws', error: EngineError, codes: ['evaluation_failed'] };
  const runOptions = field([{ explain: false }, { explain: true }, undefined, null]);
  sweep({
    name: 'CompiledRulePack.run',
    contract: run,
    args: fc.tuple(facts, runOptions),
    call: (f, o) => pack.run(f as Facts, o as never),
    valid: VALID,
  });
  sweep({
    name: 'CompiledRulePack.run (undefined facts refused)',
    contract: run,
    args: fc.tuple(facts, runOptions),
    call: (f, o) => strict.run(f as Facts, o as never),
    valid: VALID,
  });
  sweep({
    name: 'CompiledRulePack.safeRun',
    contract: { kind: 'result' },
    args: fc.tuple(facts),
    call: (f) => strict.safeRun(f as Facts),
    valid: VALID,
  });
});

describe('explanations, operators and fact paths (property)', () => {
  // An evaluated tree, as a run explains it: the valid value the hostile ones are made from.
  const ran = compileRules(RULES, OPTIONS as never).run(FACTS);
  const tree = [...ran.results, ...ran.failureResults][0]!.conditions;
  sweep({
    name: 'explainConditions',
    contract: API_CONTRACTS.explainConditions!,
    args: fc.tuple(
      mostlyValid(1, [['all'], ['all', 0], ['all', 1, 'any'], ['all', 2, 'not'], ['all', 0, 'result']]),
    ),
    call: explainConditions as never,
    valid: [tree],
  });
  sweep({
    name: 'isKnownOperator',
    contract: API_CONTRACTS.isKnownOperator!,
    args: fc.tuple(fc.oneof(field(['in', 'not:in', 'everyFact:greaterThan', 'gt']), hostile)),
    call: isKnownOperator as never,
  });
  const paths = field(['$.a.b', 'a[0]', "$['x y']", '$..a', '$.__proto__', ['a', 0], []], [5]);
  sweep({
    name: 'parseFactPath',
    contract: API_CONTRACTS.parseFactPath!,
    args: fc.tuple(
      paths,
      fc.oneof(hostile, object({ locale: field(['en'], ['fr']), issuePath: field([['rules', 0]]) })),
    ),
    call: parseFactPath as never,
  });
  const values = fc.oneof(
    field([{ a: { b: 1 } }, { a: [{ x: 1 }] }, [1, 2]]),
    hostile,
    mostlyValid(1, [['a'], ['a', 'b']]),
  );
  for (const [name, fn] of [
    ['resolveFactPath', resolveFactPath],
    ['pathResolver', pathResolver],
  ] as const) {
    sweep({
      name,
      contract: API_CONTRACTS[name]!,
      args: fc.tuple(values, paths),
      call: fn as never,
      valid: [{ a: { b: 1 } }],
    });
  }
});
