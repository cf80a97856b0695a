// Types of crossdept/engine: safeCompileRules narrows on `success`; a pack's run gives the full result or only
// the events, following `explain`; rules written for json-rules-engine type-check as they are.
import type { RuleProperties as JreRuleProperties } from 'json-rules-engine';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CompiledRulePack,
  compileRules,
  type EngineIssue,
  type EngineIssueCode,
  type RuleProperties,
  type RunEventsResult,
  type RunResult,
  safeCompileRules,
} from '../../src/engine/index.js';

const rules: readonly RuleProperties[] = [
  {
    conditions: { all: [{ fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } }] },
    event: { type: 'x' },
  },
];

describe('safeCompileRules and compileRules', () => {
  it('narrow on success: a compiled pack, or engine issues with messages in both locales', () => {
    const result = safeCompileRules(rules, { locale: 'en' });
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<CompiledRulePack>();
      // @ts-expect-error: a successful result has no issues
      void result.issues;
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly EngineIssue[]>();
      expectTypeOf(result.issues[0]!.code).toEqualTypeOf<EngineIssueCode>();
      expectTypeOf(result.issues[0]!.messages).toEqualTypeOf<{
        readonly 'zh-CN': string;
        readonly en: string;
      }>();
      // @ts-expect-error: a failed result has no data
      void result.data;
    }
    expectTypeOf(compileRules(rules)).toEqualTypeOf<CompiledRulePack>();
  });

  it('accept rules typed for json-rules-engine', () => {
    const jre: JreRuleProperties[] = [
      { conditions: { any: [{ fact: 'a', operator: 'equal', value: 1 }] }, event: { type: 'a' } },
    ];
    expectTypeOf(compileRules(jre)).toEqualTypeOf<CompiledRulePack>();
  });
});

describe('CompiledRulePack.run', () => {
  const pack = compileRules(rules);

  it('gives the full result with explanations, or only the events without', () => {
    expectTypeOf(pack.run({ spent: 1 })).toEqualTypeOf<RunResult>();
    expectTypeOf(pack.run({ spent: 1 }, {})).toEqualTypeOf<RunResult>();
    expectTypeOf(pack.run({ spent: 1 }, { explain: true })).toEqualTypeOf<RunResult>();
    expectTypeOf(pack.run({ spent: 1 }, { explain: false })).toEqualTypeOf<RunEventsResult>();
    const explain = Boolean(process.env.EXPLAIN);
    expectTypeOf(pack.run({ spent: 1 }, { explain })).toEqualTypeOf<RunResult | RunEventsResult>();
  });

  it('safeRun narrows on success', () => {
    const outcome = pack.safeRun({ spent: 1 });
    if (outcome.success) expectTypeOf(outcome.data).toEqualTypeOf<RunResult>();
    else expectTypeOf(outcome.issues).toEqualTypeOf<readonly EngineIssue[]>();
  });
});
