import { describe, expect, it } from 'vitest';
import { loadRulesConfig } from '../../../src/rules/config/load.js';
import { RULES_CONFIG_LIMITS } from '../../../src/rules/config/schema.js';
import { evaluateChanged } from '../helpers.js';

const ISSUE_EXAMPLE = `
rules:
  team.core-size: { params: { min: 4, max: 10 } }
  team.liaison: { severity: error }
  retro.recognition: off
custom:
  - id: acme.too-many-departments
    scope: collaboration
    severity: warning
    message: { zh-CN: '参与部门超过 {value} 个', en: 'More than {value} departments take part' }
    conditions: { all: [ { fact: departmentCount, operator: greaterThan, value: 4 } ] }
`;

const custom = (conditions: unknown, extra: Record<string, unknown> = {}) => ({
  custom: [
    { id: 'acme.x', scope: 'collaboration', severity: 'warning', message: { en: 'x' }, conditions, ...extra },
  ],
});
const leaf = (l: Record<string, unknown>) => custom({ all: [l] });

function issues(input: unknown, format?: 'json') {
  const r = loadRulesConfig(input, { locale: 'en', ...(format ? { format } : {}) });
  if (r.success) throw new Error('expected issues');
  return r.issues;
}

describe('loadRulesConfig', () => {
  it('accepts the config of the issue and normalises off/on', () => {
    const r = loadRulesConfig(ISSUE_EXAMPLE);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.rules['team.core-size']).toEqual({ params: { min: 4, max: 10 } });
    expect(r.data.rules['retro.recognition']).toEqual({ enabled: false });
    expect(r.data.custom[0]?.id).toBe('acme.too-many-departments');
    expect(Object.isFrozen(r.data)).toBe(true);
  });

  it('accepts the issue’s config verbatim: unquoted {placeholders} inside flow maps (regression)', () => {
    const verbatim = ISSUE_EXAMPLE.replace(
      "{ zh-CN: '参与部门超过 {value} 个', en: 'More than {value} departments take part' }",
      '{ zh-CN: 参与部门超过 {value} 个, en: More than {value} departments take part }',
    );
    expect(verbatim).not.toBe(ISSUE_EXAMPLE);
    const r = loadRulesConfig(verbatim);
    expect(r.success ? r.data : r.issues).toEqual(
      loadRulesConfig(ISSUE_EXAMPLE).success ? expect.anything() : [],
    );
    if (!r.success) return;
    expect(r.data.custom[0]?.message).toEqual({
      'zh-CN': '参与部门超过 {value} 个',
      en: 'More than {value} departments take part',
    });
    expect(r.data.rules['team.core-size']).toEqual({ params: { min: 4, max: 10 } });
  });

  it('runs the issue’s verbatim config end to end: the custom rule fires with its message', async () => {
    const verbatim = ISSUE_EXAMPLE.replace(
      "{ zh-CN: '参与部门超过 {value} 个', en: 'More than {value} departments take part' }",
      '{ zh-CN: 参与部门超过 {value} 个, en: More than {value} departments take part }',
    );
    for (const locale of ['zh-CN', 'en'] as const) {
      const report = await evaluateChanged(() => {}, { config: loadRulesConfig(verbatim), locale });
      expect(report.findings).toEqual([
        expect.objectContaining({
          ruleId: 'acme.too-many-departments',
          severity: 'warning',
          message: locale === 'en' ? 'More than 4 departments take part' : '参与部门超过 4 个',
        }),
      ]);
    }
  });

  it('keeps {name:format} placeholders and the positions of later issues when it reads them that way', () => {
    const text =
      'custom:\n  - { id: a.b, scope: collaboration, severity: info, message: { en: Due {dueDay:date} }, conditions: { all: [] } }\n  - { id: a.b, scope: collaboration, severity: info, message: { en: x }, conditions: { all: [] } }\n';
    const found = issues(text);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'unknown_placeholder',
          line: 2,
          message: expect.stringContaining('dueDay'),
        }),
        expect.objectContaining({ code: 'duplicate_id', line: 3 }),
      ]),
    );
  });

  it('still reports the syntax errors of text that placeholders do not explain', () => {
    const broken = 'custom:\n  - { id: a.b, message: { en: More than {value} }, conditions: [ }\n';
    expect(issues(broken)[0]).toMatchObject({ code: 'syntax', line: 2 });
  });

  it('accepts JSON text, an empty document and a $schema key', () => {
    expect(loadRulesConfig('{"rules":{"retro.recognition":"off"}}', { format: 'json' }).success).toBe(true);
    expect(loadRulesConfig('').success).toBe(true);
    expect(loadRulesConfig({ $schema: './rules-config.schema.json' }).success).toBe(true);
  });

  it('syntax: unreadable YAML and JSON, with line and column', () => {
    expect(issues('rules: [')[0]).toMatchObject({ code: 'syntax' });
    expect(issues('{"rules":', 'json')[0]?.code).toBe('syntax');
  });

  it('too_large: text over the limit', () => {
    const text = `# ${'x'.repeat(RULES_CONFIG_LIMITS.maxTextLength)}\n`;
    expect(issues(text)[0]?.code).toBe('too_large');
  });

  it('too_deep: a document nested too deeply, naming the limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const [issue] = issues({ rules: deep });
    expect(issue?.code).toBe('too_deep');
    expect(issue?.message).toContain('RULES_CONFIG_LIMITS.maxDocumentDepth');
  });

  it('unknown_key: at the top level, with a did-you-mean and the line in YAML', () => {
    const [issue] = issues('rule:\n  retro.held: off\n');
    expect(issue).toMatchObject({ code: 'unknown_key', pointer: '/rule', suggestion: 'rules' });
    expect(issue?.line).toBeGreaterThan(0);
  });

  it('unknown_rule: with a did-you-mean, pointing into the config', () => {
    const [issue] = issues('rules:\n  team.core-sise: off\n');
    expect(issue).toMatchObject({
      code: 'unknown_rule',
      pointer: '/rules/team.core-sise',
      suggestion: 'team.core-size',
      line: 2,
    });
    expect(issue?.message).toBe('There is no rule "team.core-sise"; did you mean "team.core-size"?');
  });

  it('unknown_param: with a did-you-mean', () => {
    const [issue] = issues({ rules: { 'team.core-size': { params: { maxx: 9 } } } });
    expect(issue).toMatchObject({
      code: 'unknown_param',
      pointer: '/rules/team.core-size/params/maxx',
      suggestion: 'max',
    });
  });

  it('invalid_value_type: a param of the wrong type; too_small: below its minimum', () => {
    expect(issues({ rules: { 'team.core-size': { params: { max: 'eight' } } } })[0]?.code).toBe(
      'invalid_value_type',
    );
    expect(issues({ rules: { 'retro.held': { params: { days: 1.5 } } } })[0]?.code).toBe(
      'invalid_value_type',
    );
    expect(issues({ rules: { 'team.core-size': { params: { min: -1 } } } })[0]?.code).toBe('too_small');
  });

  it('invalid_enum: a severity or switch that does not exist', () => {
    expect(issues({ rules: { 'team.liaison': { severity: 'fatal' } } })[0]?.code).toBe('invalid_enum');
    expect(issues({ rules: { 'team.liaison': 'of' } })[0]).toMatchObject({
      code: 'invalid_enum',
      suggestion: 'off',
    });
  });

  it('unknown_fact: a fact outside the rule’s scope, with a did-you-mean', () => {
    const [issue] = issues(leaf({ fact: 'departmentCont', operator: 'greaterThan', value: 4 }));
    expect(issue).toMatchObject({
      code: 'unknown_fact',
      pointer: '/custom/0/conditions/all/0/fact',
      suggestion: 'departmentCount',
    });
    // A milestone fact is not a collaboration fact.
    expect(issues(leaf({ fact: 'slipDays', operator: 'greaterThan', value: 4 }))[0]?.code).toBe(
      'unknown_fact',
    );
  });

  it('unknown_operator: with a did-you-mean; no operator can be defined by a config', () => {
    const [issue] = issues(leaf({ fact: 'departmentCount', operator: 'greaterThen', value: 4 }));
    expect(issue).toMatchObject({ code: 'unknown_operator', suggestion: 'greaterThan' });
    expect(issues(leaf({ fact: 'departmentCount', operator: 'someFact:equal', value: 4 }))[0]?.code).toBe(
      'unknown_operator',
    );
  });

  it('invalid_value_type: text for a number, text that is no date for a date, a number for a boolean', () => {
    expect(issues(leaf({ fact: 'departmentCount', operator: 'greaterThan', value: '4' }))[0]?.code).toBe(
      'invalid_value_type',
    );
    const [day] = issues(leaf({ fact: 'goalDeadlineDay', operator: 'lessThan', value: '2026-12-32' }));
    expect(day?.code).toBe('invalid_value_type');
    expect(day?.message).toContain('"2026-12-32" is not a date');
    expect(day?.message).not.toMatch(/day number|\b20788\b/);
    expect(issues(leaf({ fact: 'retrospectiveHeld', operator: 'equal', value: 1 }))[0]?.code).toBe(
      'invalid_value_type',
    );
    expect(
      issues(leaf({ fact: 'goalDeadlineDay', operator: 'lessThan', value: { fact: 'departmentCount' } }))[0]
        ?.code,
    ).toBe('invalid_value_type');
  });

  it('operator_not_applicable: an operator that does not fit the fact’s type', () => {
    expect(issues(leaf({ fact: 'phase', operator: 'greaterThan', value: 'planning' }))[0]?.code).toBe(
      'operator_not_applicable',
    );
    expect(issues(leaf({ fact: 'cadenceKinds', operator: 'equal', value: 'weekly' }))[0]?.code).toBe(
      'operator_not_applicable',
    );
  });

  it('expected_list: in / notIn without a list', () => {
    const [issue] = issues(leaf({ fact: 'phase', operator: 'in', value: 'planning' }));
    expect(issue).toMatchObject({ code: 'expected_list', pointer: '/custom/0/conditions/all/0/value' });
    expect(
      loadRulesConfig(leaf({ fact: 'phase', operator: 'in', value: ['planning', 'executing'] })).success,
    ).toBe(true);
  });

  it('invalid_condition: a node that is neither a fact condition nor all/any/not, or a shared-condition reference', () => {
    expect(issues(custom({ all: [{ foo: 1 }] }))[0]?.code).toBe('invalid_condition');
    expect(issues(custom({ condition: 'shared' }))[0]?.code).toBe('invalid_condition');
    expect(issues(custom({ all: [], any: [] }))[0]?.code).toBe('invalid_condition');
  });

  it('invalid_path: paths reaching __proto__, constructor or prototype, and JSONPath, are refused', () => {
    for (const path of ['$.__proto__.x', '$.constructor', '$..x', '$[?(@.a)]']) {
      expect(issues(leaf({ fact: 'cadenceKinds', path, operator: 'equal', value: 'weekly' }))[0]?.code).toBe(
        'invalid_path',
      );
    }
  });

  it('invalid_type: says in words, in either locale, what a condition field must be and what it got', () => {
    expect(issues(custom({ all: { fact: 'departmentCount' } }))[0]).toMatchObject({
      code: 'invalid_type',
      pointer: '/custom/0/conditions/all',
      message: 'Wrong type: expected a list, got an object',
    });
    const zh = loadRulesConfig(leaf({ fact: 'departmentCount', operator: 'equal', value: 1, name: true }));
    expect(zh.success ? [] : zh.issues).toEqual([
      expect.objectContaining({ code: 'invalid_type', message: '类型错误：应为文本，实际为布尔值' }),
    ]);
  });

  it('too_deep: conditions nested beyond the limit', () => {
    let node: Record<string, unknown> = { fact: 'departmentCount', operator: 'greaterThan', value: 4 };
    for (let i = 0; i < RULES_CONFIG_LIMITS.maxConditionDepth + 1; i++) node = { all: [node] };
    expect(issues(custom(node)).map((i) => i.code)).toContain('too_deep');
  });

  it('too_big: more custom rules than the limit', () => {
    const many = Array.from({ length: RULES_CONFIG_LIMITS.maxCustomRules + 1 }, (_, i) => ({
      ...custom({ all: [] }).custom[0],
      id: `acme.r${i}`,
    }));
    expect(issues({ custom: many })[0]?.code).toBe('too_big');
  });

  it('duplicate_id: two custom rules, or a custom rule and a built-in one', () => {
    const rule = custom({ all: [] }).custom[0];
    expect(issues({ custom: [rule, rule] })[0]).toMatchObject({
      code: 'duplicate_id',
      pointer: '/custom/1/id',
    });
    expect(issues({ custom: [{ ...rule, id: 'team.core-size' }] })[0]?.code).toBe('duplicate_id');
  });

  it('unknown_placeholder: a message placeholder that is not a fact, value or actual', () => {
    const [issue] = issues(custom({ all: [] }, { message: { en: 'More than {valu} departments' } }));
    expect(issue).toMatchObject({ code: 'unknown_placeholder', suggestion: 'value' });
  });

  it('missing and invalid_type: structural problems of custom rules', () => {
    expect(
      issues({
        custom: [{ id: 'acme.x', scope: 'collaboration', severity: 'warning', conditions: { all: [] } }],
      })[0]?.code,
    ).toBe('missing');
    expect(issues({ custom: [{ ...custom({ all: [] }).custom[0], scope: 'departement' }] })[0]).toMatchObject(
      {
        code: 'invalid_enum',
        suggestion: 'department',
      },
    );
    expect(issues(leaf({ fact: 'departmentCount', operator: 'greaterThan' }))[0]?.code).toBe('missing');
    expect(issues({ rules: [] })[0]?.code).toBe('invalid_type');
  });

  it('reports messages in Chinese by default', () => {
    const r = loadRulesConfig({ rules: { 'team.core-sise': 'off' } });
    expect(r.success || r.issues[0]?.message).toBe(
      '不存在规则 "team.core-sise"；是否想写 "team.core-size"？',
    );
  });
});
