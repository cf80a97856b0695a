// effectiveRules on any arguments: it returns the rules in effect or throws a RulesError, and nothing else.
import fc from 'fast-check';
import { describe } from 'vitest';
import { loadRulesConfig } from '../../src/rules/config/load.js';
import { effectiveRules } from '../../src/rules/effective-rules.js';
import { API_CONTRACTS } from './contracts.js';
import { field, hostile, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const WRITTEN = { rules: { 'retro.recognition': 'off', 'team.core-size': { params: { min: 3, max: 4 } } } };
const VALID: readonly unknown[] = [WRITTEN, loadRulesConfig(WRITTEN)];

const config = fc.oneof(
  { weight: 2, arbitrary: hostile },
  {
    weight: 3,
    arbitrary: field(
      [WRITTEN, loadRulesConfig(WRITTEN), null, undefined, { rules: { 'plan.cadence': 'on' } }],
      [
        { success: false },
        { success: false, issues: [null] },
        { success: true, data: 3 },
        { rules: { nope: 'off' } },
      ],
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom<Recipe>({ t: 'valid', i: 0 }, { t: 'valid', i: 1 }) },
);
const options = fc.oneof(
  { weight: 1, arbitrary: hostile },
  { weight: 3, arbitrary: object({ locale: field(['en', 'zh-CN', null, undefined], ['fr']) }, []) },
);

describe('effectiveRules (property)', () => {
  sweep({
    name: 'effectiveRules',
    contract: API_CONTRACTS.effectiveRules!,
    args: fc.tuple(config, options),
    call: effectiveRules as never,
    valid: VALID,
    examples: [
      [{ t: 'proxy', of: 'object' }, { t: 'getters' }],
      [{ t: 'getters' }, { t: 'plain', v: null }],
    ],
  });
});
