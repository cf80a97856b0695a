import { describe, expect, it } from 'vitest';
import { CrossdeptError } from '../../src/errors.js';
import { loadRulesConfig } from '../../src/rules/config/load.js';
import type { RulesConfigInput } from '../../src/rules/config-option.js';
import { RulesError } from '../../src/rules/errors.js';
import { evaluate, evaluateSync } from '../../src/rules/evaluate.js';
import { example } from '../fixtures/example.js';
import {
  changed,
  evaluateAll,
  evaluateChanged,
  evaluationError,
  type Input,
  NOW,
  ruleIds,
} from './helpers.js';

const TOO_MANY: RulesConfigInput = {
  custom: [
    {
      id: 'acme.too-many-departments',
      scope: 'collaboration',
      severity: 'warning',
      message: {
        'zh-CN': '参与部门超过 {value} 个（实际 {actual} 个）',
        en: 'More than {value} departments take part ({departmentCount})',
      },
      conditions: { all: [{ fact: 'departmentCount', operator: 'greaterThan', value: 5 }] },
    },
  ],
};

describe('evaluate', () => {
  it('yields no findings for the worked example at 2026-11-26, in both locales', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const report = await evaluateAll(example(), { now: NOW, locale });
      expect(report).toEqual({
        findings: [],
        actions: [],
        upcoming: [],
        summary: { error: 0, warning: 0, info: 0 },
      });
    }
    expect(await evaluateAll(example(), { now: NOW })).toEqual({
      findings: [],
      actions: [],
      upcoming: [],
      summary: { error: 0, warning: 0, info: 0 },
    });
  });

  it('accepts the unparsed example object too', async () => {
    expect((await evaluateChanged()).findings).toEqual([]);
  });

  it('orders findings by severity, then rule id, then subject, and counts them', async () => {
    const report = await evaluateChanged((c) => {
      delete c.team.leader; // error team.leader
      c.risks = []; // warning plan.risk-register
      delete c.team.liaisons.cs; // warning team.liaison (cs)
      delete c.team.liaisons.rd; // warning team.liaison (rd)
      c.meetings[1].actions[0].done = false; // info exec.action-overdue
    });
    expect(report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.subjectId ?? ''}`)).toEqual([
      'error team.leader ',
      'warning plan.risk-register ',
      'warning team.liaison rd',
      'warning team.liaison cs',
      'info exec.action-overdue sync-2026-11-16/actions/0',
    ]);
    expect(report.summary).toEqual({ error: 1, warning: 3, info: 1 });
  });

  it('explains each condition with fact, operator, expected and actual values', async () => {
    const report = await evaluateChanged((c) => {
      c.team.core = ['wang', 'wu', 'li', 'zhao'];
    });
    expect(report.findings[0]?.explanation).toEqual([
      { fact: 'coreTeamSize', operator: 'lessThan', expected: 5, actual: 4, result: true },
      { fact: 'coreTeamSize', operator: 'greaterThan', expected: 8, actual: 4, result: false },
    ]);
  });

  it('explains fact-to-fact comparisons with the resolved value', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.deadline = '2026-12-15';
    });
    expect(report.findings[0]?.explanation).toContainEqual({
      fact: 'goalDeadlineDay',
      operator: 'greaterThan',
      expected: { fact: 'periodEndDay' },
      actual: 20802,
      valueResult: 20787,
      result: true,
    });
  });

  it('runs custom rules from the config, filling {value}, {actual} and fact placeholders', async () => {
    const input = (c: Input) => {
      c.departments.push({ id: 'buy', name: '采购部', role: 'support' });
      c.responsibilities.push({ department: 'buy', owner: 'zhao', deliverable: '产能', due: '2026-10-20' });
      c.people.push({ id: 'gao', name: '高峰', department: 'buy' });
      c.team.liaisons.buy = 'gao';
    };
    const zh = await evaluateChanged(input, { locale: 'zh-CN', config: TOO_MANY });
    expect(zh.findings).toEqual([
      {
        ruleId: 'acme.too-many-departments',
        severity: 'warning',
        scope: 'collaboration',
        path: '',
        message: '参与部门超过 5 个（实际 6 个）',
        explanation: [
          { fact: 'departmentCount', operator: 'greaterThan', expected: 5, actual: 6, result: true },
        ],
      },
    ]);
    const en = await evaluateChanged(input, { config: TOO_MANY });
    expect(en.findings[0]?.message).toBe('More than 5 departments take part (6)');
    // Below the threshold the custom rule stays silent.
    expect((await evaluateChanged(() => {}, { config: TOO_MANY })).findings).toEqual([]);
  });

  it('accepts a validated config and loadRulesConfig’s result as well as a raw object', async () => {
    const loaded = loadRulesConfig({ rules: { 'team.core-size': { params: { min: 6 } } } });
    if (!loaded.success) throw new Error('invalid');
    const mutate = () => {};
    expect(ruleIds(await evaluateChanged(mutate, { config: loaded }))).toEqual(['team.core-size']);
    expect(ruleIds(await evaluateChanged(mutate, { config: loaded.data }))).toEqual(['team.core-size']);
    expect(
      ruleIds(
        await evaluateChanged(mutate, { config: { rules: { 'team.core-size': { params: { min: 6 } } } } }),
      ),
    ).toEqual(['team.core-size']);
  });

  it('overrides a rule’s severity from the config', async () => {
    const report = await evaluateChanged(
      (c) => {
        delete c.team.liaisons.cs;
      },
      { config: { rules: { 'team.liaison': { severity: 'error' } } } },
    );
    expect(report.findings[0]?.severity).toBe('error');
    expect(report.summary).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('rejects an invalid now with a RulesError carrying the issue, on every engine', async () => {
    for (const now of ['2026-02-30', 'yesterday', '']) {
      const error = await evaluationError(example(), { now });
      expect(error).toBeInstanceOf(RulesError);
      expect(error).toBeInstanceOf(CrossdeptError);
      expect((error as RulesError).code).toBe('invalid_now');
      expect((error as RulesError).issues[0]?.pointer).toBe('/now');
    }
  });

  it('rejects an invalid config object with the config issues, on every engine', async () => {
    const error = await evaluationError(example(), {
      now: NOW,
      locale: 'en',
      config: { rules: { 'team.core-sise': 'off' } },
    });
    expect(error).toBeInstanceOf(RulesError);
    expect((error as RulesError).code).toBe('invalid_config');
    expect((error as RulesError).issues[0]).toMatchObject({
      code: 'unknown_rule',
      suggestion: 'team.core-size',
    });
    const failed = loadRulesConfig({ rules: 7 });
    await expect(evaluate(example(), { now: NOW, config: failed })).rejects.toMatchObject({
      code: 'invalid_config',
    });
    expect(await evaluationError(example(), { now: NOW, config: failed })).toMatchObject({
      code: 'invalid_config',
    });
  });

  it('rejects an invalid collaboration with the parse issues, on every engine', async () => {
    const input = changed((c) => {
      c.team.leader = 'nobody';
    });
    await expect(evaluate(input as never, { now: NOW })).rejects.toMatchObject({
      code: 'invalid_collaboration',
      issues: [expect.objectContaining({ code: 'unknown_reference', pointer: '/team/leader' })],
    });
    expect(await evaluationError(input, { now: NOW })).toMatchObject({ code: 'invalid_collaboration' });
  });

  it('evaluateSync refuses json-rules-engine, which only runs asynchronously, in both locales', () => {
    for (const [locale, text] of [
      ['en', /evaluateSync cannot use it/],
      ['zh-CN', /evaluateSync 无法使用它/],
    ] as const) {
      let error: unknown;
      try {
        evaluateSync(example(), { now: NOW, locale, engine: 'json-rules-engine' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RulesError);
      expect(error).toMatchObject({
        code: 'engine_not_synchronous',
        issues: [
          { code: 'engine_not_synchronous', pointer: '/engine', message: expect.stringMatching(text) },
        ],
      });
    }
    // The compiled engine, named or not, runs synchronously.
    expect(evaluateSync(example(), { now: NOW, engine: 'compiled' }).findings).toEqual([]);
  });

  it('rejects an unknown engine with invalid_engine', async () => {
    const options = { now: NOW, locale: 'en', engine: 'jre' } as unknown as Parameters<typeof evaluate>[1];
    await expect(evaluate(example(), options)).rejects.toMatchObject({
      code: 'invalid_engine',
      issues: [{ code: 'invalid_engine', pointer: '/engine', message: expect.stringContaining('"jre"') }],
    });
    expect(() => evaluateSync(example(), options)).toThrow(RulesError);
  });

  it('derives the phase from the period when it is not set', async () => {
    const mutate = (c: Input) => {
      delete c.phase;
      c.meetings.splice(2, 1);
      c.risks = [];
    };
    // Before the period: planning (plan rules apply, sync checks do not).
    expect(ruleIds(await evaluateChanged(mutate, { now: '2026-08-20' }))).toEqual(['plan.risk-register']);
    // Within the period: executing.
    expect(ruleIds(await evaluateChanged(mutate))).toEqual(['exec.sync-overdue', 'plan.risk-register']);
  });

  it('does not apply forming and planning rules while initiating', async () => {
    const report = await evaluateChanged((c) => {
      c.phase = 'initiating';
      c.team = {};
      c.communication = {};
      c.risks = [];
      delete c.decisionMechanism;
      delete c.escalationPath;
    });
    expect(report.findings).toEqual([]);
  });
});
