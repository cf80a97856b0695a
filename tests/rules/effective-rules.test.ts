// effectiveRules: the rules a config puts in effect, whichever form the config takes, and the same typed errors
// as evaluate for a config it cannot use.
import { describe, expect, it } from 'vitest';
import { evaluate, loadRulesConfig } from '../../src/index.js';
import { defaultRules } from '../../src/rules/default-rules.js';
import { effectiveRules } from '../../src/rules/effective-rules.js';
import { RulesError } from '../../src/rules/errors.js';
import { example } from '../fixtures/example.js';
import { NOW } from './helpers.js';

const CONFIG = {
  rules: { 'team.core-size': { severity: 'error', params: { max: 10 } }, 'retro.recognition': 'off' },
  custom: [
    {
      id: 'acme.many-departments',
      scope: 'collaboration',
      severity: 'warning',
      message: { en: 'More than {value} departments take part' },
      conditions: { all: [{ fact: 'departmentCount', operator: 'greaterThan', value: 4 }] },
    },
  ],
} as const;

function thrown(call: () => unknown): RulesError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    return error as RulesError;
  }
  throw new Error('expected a RulesError');
}

describe('effectiveRules', () => {
  it('gives every built-in rule with its defaults when there is no config', () => {
    for (const none of [effectiveRules(), effectiveRules(undefined), effectiveRules(null)]) {
      expect(none.map((r) => r.id)).toEqual(defaultRules.map((r) => r.id));
      expect(none.every((r) => r.enabled && !r.custom)).toBe(true);
    }
    const coreSize = effectiveRules().find((r) => r.id === 'team.core-size');
    expect(coreSize).toMatchObject({ severity: 'warning', scopes: ['collaboration'], phase: 'forming' });
    expect(coreSize?.params.map((p) => [p.name, p.value, p.definition.default])).toEqual([
      ['min', 5, 5],
      ['max', 8, 8],
    ]);
  });

  it('applies a config, in each form evaluate takes, the same way', () => {
    const loaded = loadRulesConfig(CONFIG);
    expect(loaded.success).toBe(true);
    const fromWritten = effectiveRules(CONFIG);
    expect(effectiveRules(loaded)).toEqual(fromWritten);
    if (loaded.success) expect(effectiveRules(loaded.data)).toEqual(fromWritten);
    const byId = new Map(fromWritten.map((r) => [r.id, r]));
    expect(byId.get('team.core-size')).toMatchObject({ severity: 'error', enabled: true });
    expect(byId.get('team.core-size')?.params.find((p) => p.name === 'max')?.value).toBe(10);
    expect(byId.get('retro.recognition')?.enabled).toBe(false);
    expect(fromWritten.at(-1)).toMatchObject({
      id: 'acme.many-departments',
      custom: true,
      enabled: true,
      scopes: ['collaboration'],
      phase: 'any',
      params: [],
      // A message in one locale serves both.
      message: {
        'zh-CN': 'More than {value} departments take part',
        en: 'More than {value} departments take part',
      },
    });
  });

  it('puts in effect what evaluate runs: the findings come from enabled rules at their severity', async () => {
    const rules = new Map(effectiveRules(CONFIG).map((r) => [r.id, r]));
    const report = await evaluate(example(), { now: NOW, locale: 'en', config: CONFIG });
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(rules.get(f.ruleId)?.enabled).toBe(true);
      expect(f.severity).toBe(rules.get(f.ruleId)?.severity);
    }
    // The example has five departments: the custom rule fires at the severity it is given.
    expect(report.findings.find((f) => f.ruleId === 'acme.many-departments')?.severity).toBe('warning');
  });

  it('rejects a bad config with the error evaluate rejects it with', async () => {
    const bad = { rules: { 'team.core-sise': 'off' } } as const;
    const error = thrown(() => effectiveRules(bad, { locale: 'en' }));
    expect(error.code).toBe('invalid_config');
    expect(error.issues[0]).toMatchObject({
      code: 'unknown_rule',
      pointer: '/rules/team.core-sise',
      message: 'There is no rule "team.core-sise"; did you mean "team.core-size"?',
    });
    const rejected = await evaluate(example(), { now: NOW, locale: 'en', config: bad }).catch(
      (e: unknown) => e,
    );
    expect(rejected).toMatchObject({ code: error.code, issues: error.issues });
    expect(thrown(() => effectiveRules(loadRulesConfig(bad))).code).toBe('invalid_config');
    expect(thrown(() => effectiveRules({ success: false } as never)).issues[0]?.code).toBe(
      'invalid_config_result',
    );
    expect(thrown(() => effectiveRules([] as never)).issues[0]?.code).toBe('not_an_object');
  });

  it('rejects options it cannot use', () => {
    expect(thrown(() => effectiveRules(undefined, { locale: 'fr' as never }))).toMatchObject({
      code: 'invalid_locale',
      issues: [{ pointer: '/locale', message: '不支持的语言 "fr"，可选：zh-CN、en' }],
    });
    expect(thrown(() => effectiveRules(undefined, 'en' as never)).code).toBe('invalid_options');
    const hostile = {
      get locale(): never {
        throw new Error('trap');
      },
    };
    expect(thrown(() => effectiveRules(undefined, hostile)).issues[0]).toMatchObject({
      code: 'invalid_options',
      pointer: '/locale',
    });
  });
});
