// The traps a new PMO user fell into when writing a config (issue 17), one regression test each: every test here
// failed before its fix. The command line's traps (the phase range of `rules show`, help texts naming templates,
// the schema header of `init`) are tested under tests/cli.
import { describe, expect, it } from 'vitest';
import { effectiveRules, facts, loadRulesConfig, renderFactsDoc } from '../../../src/index.js';
import type { CollaborationInput } from '../../../src/model/types.js';
import type { EvaluateOptions } from '../../../src/rules/evaluate.js';
import { LIST_COUNT_FACTS } from '../../../src/rules/facts/catalog.js';
import { changed, evaluateAll, type Input, NOW } from '../helpers.js';

/** Evaluates on every engine (the reports must agree). */
const run = (input: Input, options: Omit<EvaluateOptions, 'engine'>) =>
  evaluateAll(input as unknown as CollaborationInput, options);

function issuesOf(input: unknown, locale: 'en' | 'zh-CN' = 'en') {
  const r = loadRulesConfig(input, { locale });
  if (r.success) throw new Error('expected issues');
  return r.issues;
}

function loaded(input: unknown) {
  const r = loadRulesConfig(input, { locale: 'en' });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

const custom = (rule: Record<string, unknown>) => ({
  custom: [{ id: 'acme.rule', scope: 'collaboration', severity: 'warning', message: { en: 'x' }, ...rule }],
});

describe('trap 1: params of a range are checked against each other', () => {
  it('rejects min 9, max 3 at load time, in both locales, pointing at the param', () => {
    const text = 'rules:\n  team.core-size: { params: { min: 9, max: 3 } }\n';
    const [en] = issuesOf(text);
    expect(en).toMatchObject({ code: 'param_range', pointer: '/rules/team.core-size/params/min', line: 2 });
    expect(en?.message).toBe(
      'Rule "team.core-size": param min (9) is greater than max (3); min may not exceed max, or the rule fires whatever the value',
    );
    expect(issuesOf(text, 'zh-CN')[0]?.message).toContain('min（9）大于 max（3）');
  });

  it('checks the ends as they take effect: max 4 under the default min 5 is the same trap', () => {
    expect(issuesOf({ rules: { 'team.core-size': { params: { max: 4 } } } })[0]).toMatchObject({
      code: 'param_range',
      pointer: '/rules/team.core-size/params/max',
    });
    expect(loadRulesConfig({ rules: { 'team.core-size': { params: { min: 6, max: 6 } } } }).success).toBe(
      true,
    );
  });
});

describe('trap 2: dates are written as dates', () => {
  it('accepts an ISO date on a date fact and compares it as the date', async () => {
    const config = loaded({
      custom: [
        {
          id: 'acme.launch-late',
          scope: 'milestone',
          severity: 'warning',
          message: {
            en: 'Milestone {name} is due on {dueDay}, after {value}',
            'zh-CN': '里程碑 {name} 于 {dueDay} 到期，晚于 {value}',
          },
          conditions: { all: [{ fact: 'dueDay', operator: 'greaterThan', value: '2026-11-20' }] },
        },
      ],
    });
    for (const locale of ['en', 'zh-CN'] as const) {
      const report = await run(changed(), { now: NOW, config, locale });
      const found = report.findings.filter((f) => f.ruleId === 'acme.launch-late');
      expect(found.map((f) => f.subjectId)).toEqual(['launch']);
      // Messages show dates, never day numbers.
      expect(found[0]?.message).toBe(
        locale === 'en'
          ? 'Milestone 产品上市 is due on 2026-11-30, after 2026-11-20'
          : '里程碑 产品上市 于 2026-11-30 到期，晚于 2026-11-20',
      );
    }
  });

  it('keeps the date as written in the config, and rejects text that is no date without naming day numbers', () => {
    const config = loaded(
      custom({
        scope: 'milestone',
        conditions: { all: [{ fact: 'dueDay', operator: 'lessThan', value: '2026-11-20' }] },
      }),
    );
    expect(JSON.stringify(config.custom[0]?.conditions)).toContain('2026-11-20');
    const [issue] = issuesOf(
      custom({
        scope: 'milestone',
        conditions: { all: [{ fact: 'dueDay', operator: 'lessThan', value: '2026-11-31' }] },
      }),
    );
    expect(issue?.message).toContain('YYYY-MM-DD');
    expect(issue?.message).not.toMatch(/day number|20777/);
  });

  it('describes no fact as a day number in the facts catalog', () => {
    expect(renderFactsDoc(facts)).not.toMatch(/day number|日序号/);
  });
});

describe('trap 3: the facts policies need', () => {
  it.each([
    ['collaboration', 'scenario', 'equal', 'project'],
    ['collaboration', 'phase', 'equal', 'executing'],
    ['collaboration', 'decisionMechanism', 'equal', 'leader-decides'],
    ['incident', 'scheduleDays', 'greaterThan', 5],
    ['collaboration', 'statementVagueTermCount', 'greaterThan', 0],
  ])('a %s rule can test %s', (scope, fact, operator, value) => {
    expect(loadRulesConfig(custom({ scope, conditions: { all: [{ fact, operator, value }] } })).success).toBe(
      true,
    );
  });

  it('evaluates the new facts on the worked example', async () => {
    const config = loaded({
      custom: [
        {
          id: 'acme.vote',
          scope: 'collaboration',
          severity: 'info',
          message: { en: '{scenario} {decisionMechanism}' },
          conditions: {
            all: [
              { fact: 'scenario', operator: 'equal', value: 'project' },
              { fact: 'decisionMechanism', operator: 'equal', value: 'leader-decides' },
              { fact: 'statementVagueTermCount', operator: 'equal', value: 0 },
            ],
          },
        },
        {
          id: 'acme.slow-incident',
          scope: 'incident',
          severity: 'warning',
          message: { en: '{name}: {scheduleDays} days' },
          conditions: { all: [{ fact: 'scheduleDays', operator: 'greaterThan', value: 5 }] },
        },
      ],
    });
    const input = changed((c) => {
      c.incidents = [
        {
          id: 'outage',
          description: '测试环境故障',
          occurredOn: '2026-11-20',
          temporaryOwner: 'wu',
          measures: ['切换'],
          impact: { summary: '延期', scheduleDays: 7 },
          status: 'contained',
        },
      ];
    });
    const report = await run(input, { now: NOW, config, locale: 'en' });
    expect(report.findings.filter((f) => f.ruleId.startsWith('acme.')).map((f) => f.message)).toEqual([
      '测试环境故障: 7 days',
      'project leader-decides',
    ]);
  });

  it('has a count fact for every list fact, documented in the catalog, and says so when a list is compared with []', () => {
    const byName = new Map(facts.map((f) => [`${f.scope}:${f.name}`, f]));
    for (const list of facts.filter((f) => f.type === 'list')) {
      const count = LIST_COUNT_FACTS[list.name];
      expect(count, list.name).toBeDefined();
      expect(byName.get(`${list.scope}:${count}`)?.type, `${list.name} → ${count}`).toBe('number');
      expect(renderFactsDoc(facts)).toContain(`| ${list.name} | list | ${count} |`);
    }
    const [issue] = issuesOf(
      custom({ conditions: { all: [{ fact: 'statementVagueTerms', operator: 'notEqual', value: [] }] } }),
    );
    expect(issue?.code).toBe('operator_not_applicable');
    expect(issue?.message).toContain('statementVagueTermCount');
  });
});

describe('trap 4: every scope can name its subject', () => {
  it('a collaboration-scope message writes {name}, the collaboration’s name', async () => {
    const config = loaded(
      custom({
        message: {
          en: '{name} has {departmentCount} departments',
          'zh-CN': '{name} 有 {departmentCount} 个部门',
        },
        conditions: { all: [{ fact: 'departmentCount', operator: 'greaterThan', value: 4 }] },
      }),
    );
    for (const locale of ['en', 'zh-CN'] as const) {
      const report = await run(changed(), { now: NOW, config, locale });
      expect(report.findings.find((f) => f.ruleId === 'acme.rule')?.message).toBe(
        locale === 'en' ? '新产品上市 has 5 departments' : '新产品上市 有 5 个部门',
      );
    }
  });
});

describe('trap 5: custom rules escalate and point at a path; built-in messages can be overridden', () => {
  it('escalates to a fixed level and to the next level of the ladder, at the given path', async () => {
    const config = loaded({
      custom: [
        {
          id: 'acme.escalate-late',
          scope: 'milestone',
          severity: 'error',
          path: '{subject}/due',
          action: { type: 'escalate', toLevel: 2 },
          message: { en: 'Escalate {name}' },
          conditions: { all: [{ fact: 'dueDay', operator: 'greaterThan', value: '2026-11-20' }] },
        },
        {
          id: 'acme.escalate-conflict',
          scope: 'conflict',
          severity: 'warning',
          action: { type: 'escalate', toLevel: 'next' },
          message: { en: 'Escalate {name}' },
          conditions: { all: [{ fact: 'negotiationCount', operator: 'greaterThan', value: 0 }] },
        },
      ],
    });
    const input = changed((c) => {
      c.conflicts[0].escalations = [{ level: 1, on: '2026-10-13' }];
      c.conflicts[0].status = 'escalated';
      delete c.conflicts[0].resolvedOn;
      delete c.conflicts[0].resolution;
    });
    const report = await run(input, { now: NOW, config, locale: 'en' });
    const late = report.findings.find((f) => f.ruleId === 'acme.escalate-late');
    expect(late?.path).toBe('/milestones/4/due');
    const actions = report.actions.filter((a) => a.ruleId.startsWith('acme.'));
    expect(actions.map((a) => [a.ruleId, a.subjectId, a.toLevel, a.title])).toEqual([
      ['acme.escalate-conflict', 'budget-priority', 2, '分管副总'],
      ['acme.escalate-late', 'launch', 2, '分管副总'],
    ]);
    // Without a recorded escalation, next is level 1.
    const fresh = await run(
      changed((c) => {
        c.conflicts[0].status = 'negotiating';
        delete c.conflicts[0].resolvedOn;
        delete c.conflicts[0].resolution;
      }),
      { now: NOW, config, locale: 'en' },
    );
    expect(fresh.actions.find((a) => a.ruleId === 'acme.escalate-conflict')?.toLevel).toBe(1);
  });

  it('rejects a path that is no pointer and a placeholder the path cannot fill', () => {
    expect(
      issuesOf(
        custom({
          path: 'team',
          conditions: { all: [{ fact: 'departmentCount', operator: 'equal', value: 1 }] },
        }),
      )[0]?.code,
    ).toBe('invalid_path');
    expect(
      issuesOf(
        custom({
          path: '/x/{nope}',
          conditions: { all: [{ fact: 'departmentCount', operator: 'equal', value: 1 }] },
        }),
      )[0]?.code,
    ).toBe('unknown_placeholder');
  });

  it('overrides a built-in rule’s message in one locale, the other keeping its own', async () => {
    const config = loaded({
      rules: {
        'team.core-size': {
          params: { min: 3, max: 4 },
          message: { en: 'Core team of {coreTeamSize} for {name}: keep it within {min}–{max}' },
        },
      },
    });
    const en = await run(changed(), { now: NOW, config, locale: 'en' });
    expect(en.findings.find((f) => f.ruleId === 'team.core-size')?.message).toBe(
      'Core team of 5 for 新产品上市: keep it within 3–4',
    );
    const zh = await run(changed(), { now: NOW, config, locale: 'zh-CN' });
    expect(zh.findings.find((f) => f.ruleId === 'team.core-size')?.message).toBe(
      '核心成员 5 人，超过上限 4 人',
    );
    expect(issuesOf({ rules: { 'team.core-size': { message: { en: '{coreTeamSise}' } } } })[0]).toMatchObject(
      {
        code: 'unknown_placeholder',
        suggestion: 'coreTeamSize',
      },
    );
  });
});

describe('trap 6: the id message states the real pattern, with a suggestion', () => {
  it('acme.acme_rule → acme.acme-rule', () => {
    const [issue] = issuesOf(
      custom({
        id: 'acme.acme_rule',
        conditions: { all: [{ fact: 'departmentCount', operator: 'equal', value: 1 }] },
      }),
    );
    expect(issue).toMatchObject({
      code: 'invalid_rule_id',
      pointer: '/custom/0/id',
      suggestion: 'acme.acme-rule',
    });
    expect(issue?.message).toContain('lowercase letters and digits');
    expect(issue?.message).toContain('no capitals, "_"');
    expect(issue?.message).toContain('did you mean "acme.acme-rule"');
    expect(issuesOf(custom({ id: 'Acme.Big Rule', conditions: { all: [] } }))[0]?.suggestion).toBe(
      'acme.big-rule',
    );
  });
});

describe('trap 7: hints that help', () => {
  it('says which scope has a fact of another scope', () => {
    const [issue] = issuesOf(
      custom({ conditions: { all: [{ fact: 'critical', operator: 'equal', value: true }] } }),
    );
    expect(issue?.message).toBe(
      'There is no fact "critical" in scope collaboration; it is a fact of scope milestone: give the rule that scope',
    );
  });

  it('suggests min for minimum', () => {
    const [issue] = issuesOf({ rules: { 'team.core-size': { params: { minimum: 4 } } } });
    expect(issue).toMatchObject({ code: 'unknown_param', suggestion: 'min' });
  });
});

describe('trap 9: descriptions show the effective params', () => {
  it('fills the description from the config’s params', () => {
    const rule = effectiveRules(
      loadRulesConfig('rules: { team.core-size: { params: { min: 4, max: 6 } } }'),
    ).find((r) => r.id === 'team.core-size');
    expect(rule?.description).toEqual({
      'zh-CN': '核心成员控制在 4–6 人，保证决策效率',
      en: 'The core team has 4–6 members, so decisions stay fast',
    });
    expect(effectiveRules().find((r) => r.id === 'team.core-size')?.description?.en).toBe(
      'The core team has 5–8 members, so decisions stay fast',
    );
  });
});
