// Types of loadRulesConfig: `success` narrows the result to the validated config or to its issues.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type LoadRulesConfigResult,
  loadRulesConfig,
  type RulesConfig,
  type RulesConfigIssue,
  type RulesConfigIssueCode,
} from '../../../src/index.js';

describe('loadRulesConfig', () => {
  it('reads text (or a value already parsed) into a LoadRulesConfigResult', () => {
    expectTypeOf(loadRulesConfig).returns.toEqualTypeOf<LoadRulesConfigResult>();
    expectTypeOf(loadRulesConfig('rules: {}', { locale: 'en' })).toEqualTypeOf<LoadRulesConfigResult>();
  });

  it('narrows on success', () => {
    const result = loadRulesConfig('rules: { retro.recognition: off }');
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<RulesConfig>();
      // @ts-expect-error: a successful result has no issues
      void result.issues;
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly RulesConfigIssue[]>();
      expectTypeOf(result.issues[0]!.code).toEqualTypeOf<RulesConfigIssueCode>();
      // @ts-expect-error: a failed result has no data
      void result.data;
    }
  });
});
