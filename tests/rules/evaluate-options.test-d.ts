// Types of `EvaluateOptions['config']` (and of effectiveRules' config): it no longer collapses to `unknown`, so an
// editor completes and checks a config written in code; configs parsed from text (`any`) still pass, and a value
// typed `unknown` takes the documented cast.
import { describe, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import {
  type EffectiveRule,
  type EvaluateOptions,
  effectiveRules,
  type LoadRulesConfigResult,
  loadRulesConfig,
  type RulesConfig,
  type RulesConfigInput,
  type RulesConfigOption,
} from '../../src/index.js';

type Config = EvaluateOptions['config'];

describe('EvaluateOptions.config', () => {
  it('is a union an editor can use, not unknown', () => {
    expectTypeOf<Config>().not.toBeUnknown();
    expectTypeOf<Config>().not.toBeAny();
    expectTypeOf<RulesConfig>().toExtend<Config>();
    expectTypeOf<LoadRulesConfigResult>().toExtend<Config>();
    expectTypeOf<RulesConfigInput>().toExtend<Config>();
    expectTypeOf<null>().toExtend<Config>();
    expectTypeOf<undefined>().toExtend<Config>();
    expectTypeOf<Config>().toEqualTypeOf<RulesConfigOption | null | undefined>();
  });

  it('checks a config written in code, readonly or not', () => {
    const options: EvaluateOptions = {
      now: '2026-11-26',
      config: {
        rules: { 'team.core-size': { severity: 'error', params: { max: 10 } }, 'retro.recognition': 'off' },
      },
    };
    expectTypeOf(options).toExtend<EvaluateOptions>();
    const frozen = { rules: { 'retro.recognition': 'off' } } as const;
    expectTypeOf(frozen).toExtend<Config>();
    const bad: EvaluateOptions = {
      now: '2026-11-26',
      // @ts-expect-error a severity is error, warning or info
      config: { rules: { 'team.core-size': { severity: 'fatal' } } },
    };
    expectTypeOf(bad).toExtend<EvaluateOptions>();
    // @ts-expect-error a rule is switched with off or on, not a boolean
    expectTypeOf({ rules: { 'retro.recognition': false } }).toExtend<RulesConfigInput>();
  });

  it('takes parsed text as it is, and an unknown value with the documented cast', () => {
    const parsed = parse('rules: { retro.recognition: off }');
    expectTypeOf(parsed).toBeAny();
    expectTypeOf<EvaluateOptions>().toHaveProperty('config');
    const fromText: EvaluateOptions = { now: '2026-11-26', config: parsed };
    expectTypeOf(fromText).toExtend<EvaluateOptions>();
    const stored: unknown = JSON.parse('{}');
    // @ts-expect-error a value typed unknown is not a config until it is cast
    const uncast: EvaluateOptions = { now: '2026-11-26', config: stored };
    expectTypeOf(uncast).toExtend<EvaluateOptions>();
    const cast: EvaluateOptions = { now: '2026-11-26', config: stored as RulesConfigInput };
    expectTypeOf(cast).toExtend<EvaluateOptions>();
    expectTypeOf(loadRulesConfig('rules: {}')).toExtend<Config>();
  });
});

describe('effectiveRules', () => {
  it('takes the config as evaluate does and returns rules told apart by custom', () => {
    expectTypeOf(effectiveRules).parameter(0).toEqualTypeOf<RulesConfigOption | null | undefined>();
    expectTypeOf(effectiveRules).returns.toEqualTypeOf<EffectiveRule[]>();
    const [rule] = effectiveRules();
    if (rule?.custom === false) expectTypeOf(rule.definition.path).toBeString();
    if (rule?.custom === true)
      expectTypeOf(rule.definition.message).toEqualTypeOf<{
        readonly 'zh-CN'?: string;
        readonly en?: string;
      }>();
  });
});
