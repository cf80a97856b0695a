import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { effectiveRules } from '../../src/index.js';
import { loadCollaboration } from '../../src/model/parse.js';
import { defaultRules, evaluate, loadRulesConfig, rulesConfigJsonSchema } from '../../src/rules/index.js';
import { renderTemplate } from '../../src/templates/index.js';
import { exampleText } from '../fixtures/example.js';
import { atRiskText, files } from './fixtures.js';
import { cli, root } from './harness.js';

const EXAMPLE = `${root}examples/new-product-launch.yaml`;
const STRICT =
  'rules:\n  team.core-size: { severity: error, params: { min: 3, max: 4 } }\n  retro.recognition: off\n';
const CUSTOM = `custom:
  - id: acme.many-departments
    scope: collaboration
    severity: warning
    message: { en: 'More than {value} departments take part', zh-CN: '参与部门超过 {value} 个' }
    conditions: { all: [{ fact: departmentCount, operator: greaterThan, value: 4 }] }
`;

describe('crossdept check --config', () => {
  it('applies thresholds and severities: the example fails a stricter PMO', async () => {
    const cwd = files({ 'pmo.yaml': STRICT });
    const { code, stdout } = await cli(['check', EXAMPLE, '--config', 'pmo.yaml', '--now', '2026-11-26'], {
      cwd,
    });
    expect(code).toBe(1);
    expect(stdout).toContain('│ error    │ team.core-size │');
    expect(stdout).toContain('The core team has 5 members, above the maximum of 4');
  });

  it('runs custom rules', async () => {
    const cwd = files({ 'pmo.yaml': CUSTOM });
    const { code, stdout } = await cli(
      ['check', EXAMPLE, '-c', 'pmo.yaml', '--now', '2026-11-26', '-f', 'json'],
      { cwd },
    );
    expect(code).toBe(0);
    expect(
      JSON.parse(stdout).findings.map((f: { ruleId: string; message: string }) => [f.ruleId, f.message]),
    ).toEqual([['acme.many-departments', 'More than 4 departments take part']]);
  });

  it.each([
    [
      { 'pmo.yaml': 'rules:\n  team.core-sise: off\n' },
      'pmo.yaml:2:19: /rules/team.core-sise ',
      /did you mean "team\.core-size"\?\nerror: pmo\.yaml is not a valid rule configuration \(1 issue\)\n$/,
    ],
    [{ 'pmo.yaml': 'rules: [\n' }, 'pmo.yaml:2:1: ', /error: pmo\.yaml is not a valid rule configuration/],
    [
      { 'pmo.json': '{\n  "rules": {\n    "retro.recognition": "off",\n  }\n}\n' },
      'pmo.json:3:31: ', // at the trailing comma
      /error: pmo\.json is not/,
    ],
    [
      { 'pmo.json': '{ "rules": { "team.core-size": { "params": { "maxx": 4 } } } }' },
      'pmo.json:1:54: /rules/team.core-size/params/maxx ',
      /did you mean "max"\?/,
    ],
    [
      { 'pmo.yaml': CUSTOM.replace('departmentCount', 'departmentCont') },
      'pmo.yaml:6:33: /custom/0/conditions/all/0/fact ',
      /did you mean "departmentCount"\?/,
    ],
  ])('rejects an invalid configuration %j before reading any file (exit 2)', async (entries, first, last) => {
    const cwd = files(entries);
    const file = Object.keys(entries)[0]!;
    const { code, stdout, stderr } = await cli(['check', EXAMPLE, '--config', file], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(first)).toBe(true);
    expect(stderr).toMatch(last);
  });

  it('reports a missing configuration file', async () => {
    const { code, stderr } = await cli(['check', EXAMPLE, '--config', 'nope.yaml'], { cwd: files({}) });
    expect(code).toBe(2);
    expect(stderr).toBe('error: nope.yaml: no such file or directory\n');
  });

  it('reports configuration issues in Chinese', async () => {
    const cwd = files({ 'pmo.yaml': 'rules:\n  team.core-sise: off\n' });
    const { stderr } = await cli(['check', EXAMPLE, '--config', 'pmo.yaml', '--locale', 'zh-CN'], { cwd });
    expect(stderr).toMatch(
      /^pmo\.yaml:2:19: \/rules\/team\.core-sise .*；是否想写 "team\.core-size"？\n错误：pmo\.yaml 不是有效的规则配置（1 个问题）\n$/,
    );
  });
});

describe('crossdept config check', () => {
  it('accepts a valid configuration and counts the rules in effect', async () => {
    const cwd = files({ 'pmo.yaml': STRICT + CUSTOM });
    const { code, stdout, stderr } = await cli(['config', 'check', 'pmo.yaml'], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`✔ pmo.yaml: valid configuration (${defaultRules.length} rules in effect)\n`);
  });

  it('rejects an invalid one with every issue (exit 2)', async () => {
    const cwd = files({ 'pmo.yaml': 'rules:\n  team.core-size: { severity: fatal, params: { max: -1 } }\n' });
    const { code, stdout, stderr } = await cli(['config', 'check', 'pmo.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^pmo\.yaml:2:\d+: \/rules\/team\.core-size\/severity /);
    expect(lines[1]).toMatch(/^pmo\.yaml:2:\d+: \/rules\/team\.core-size\/params\/max /);
    expect(lines[2]).toBe('error: pmo.yaml is not a valid rule configuration (2 issues)');
  });

  it.each([
    [['config', 'check'], 'error: missing argument <file>\n'],
    [['config', 'chek', 'x'], 'error: unknown command "chek"; did you mean "check"?\n'],
    [['config', 'check', 'nope.yaml'], 'error: nope.yaml: no such file or directory\n'],
  ])('rejects %j with exit 2 and a message', async (args, message) => {
    const { code, stderr } = await cli(args, { cwd: files({}) });
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });
});

describe('crossdept rules', () => {
  it('lists every rule with scope, severity, phase and state', async () => {
    const { code, stdout } = await cli(['rules', 'list']);
    expect(code).toBe(0);
    for (const rule of defaultRules) expect(stdout).toContain(`│ ${rule.id} `);
    expect(stdout).toMatch(
      /│ team\.core-size\s+│ collaboration\s+│ warning\s+│ forming → closed\s+│ yes\s+│/,
    );
  });

  it('lists the effective rules with --config, as JSON too', async () => {
    const cwd = files({ 'pmo.yaml': STRICT + CUSTOM });
    const { stdout } = await cli(['rules', 'list', '--config', 'pmo.yaml', '--format', 'json'], { cwd });
    const rows = JSON.parse(stdout) as {
      id: string;
      severity: string;
      enabled: boolean;
      custom: boolean;
      params: object;
    }[];
    expect(rows).toHaveLength(defaultRules.length + 1);
    expect(rows.find((r) => r.id === 'team.core-size')).toMatchObject({
      severity: 'error',
      enabled: true,
      params: { min: 3, max: 4 },
    });
    expect(rows.find((r) => r.id === 'retro.recognition')).toMatchObject({ enabled: false });
    expect(rows.at(-1)).toMatchObject({ id: 'acme.many-departments', custom: true, severity: 'warning' });
  });

  it('shows one rule in full: params, messages, conditions', async () => {
    const cwd = files({ 'pmo.yaml': STRICT });
    const { code, stdout } = await cli(['rules', 'show', 'team.core-size', '--config', 'pmo.yaml'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('severity: error\n');
    expect(stdout).toContain('  max = 4 (default 8, min 0, max 10000) Maximum core team size\n');
    expect(stdout).toContain(
      '  [above] The core team has {coreTeamSize} members, above the maximum of {max}\n',
    );
    expect(stdout).toContain('Conditions:\n  any:\n    - name: below\n      fact: coreTeamSize\n');
  });

  it('rejects a mistyped rule id with a did-you-mean (exit 2)', async () => {
    const { code, stderr } = await cli(['rules', 'show', 'team.core-sise']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: unknown rule "team.core-sise"; did you mean "team.core-size"?\n');
  });

  it('exports the effective pack as a configuration that loads to the same rules', async () => {
    const cwd = files({ 'pmo.yaml': STRICT + CUSTOM });
    const { code, stdout } = await cli(['rules', 'export', '--config', 'pmo.yaml'], { cwd });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=./rules-config.schema.json');
    expect(stdout).toContain(
      '  # The core team has 3–4 members, so decisions stay fast\n  team.core-size: { enabled: true, severity: error, params: { min: 3, max: 4 } }\n',
    );
    const reloaded = loadRulesConfig(stdout);
    const original = loadRulesConfig(STRICT + CUSTOM);
    expect(reloaded.success && original.success).toBe(true);
    if (reloaded.success && original.success)
      expect(effectiveRules(reloaded.data)).toEqual(effectiveRules(original.data));
    const again = files({ 'export.yaml': stdout });
    expect((await cli(['config', 'check', 'export.yaml'], { cwd: again })).code).toBe(0);
  });

  it('exports JSON with --format json', async () => {
    const { stdout } = await cli(['rules', 'export', '--format', 'json']);
    const value = JSON.parse(stdout) as { $schema: string; rules: Record<string, unknown> };
    expect(value.$schema).toBe('./rules-config.schema.json');
    expect(Object.keys(value.rules)).toEqual(defaultRules.map((r) => r.id));
    expect(loadRulesConfig(stdout, { format: 'json' }).success).toBe(true);
  });

  it('exports the defaults in Chinese comments', async () => {
    const { stdout } = await cli(['rules', 'export'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(stdout).toContain('  # 核心成员控制在 5–8 人，保证决策效率\n  team.core-size:');
    expect(parse(stdout)).toHaveProperty('rules');
  });

  it.each([
    [['rules'], /^Usage: crossdept rules/],
    [['rules', 'lst'], /^error: unknown command "lst"; did you mean "list"\?\n$/],
    [['rules', 'show'], /^error: missing argument <id>\n$/],
    [
      ['rules', 'export', '-f', 'yml'],
      /^error: "yml" is not a valid value of --format; choose one of: yaml, json; did you mean "yaml"\?\n$/,
    ],
    [['rules', 'list', '--config', 'nope.yaml'], /^error: nope\.yaml: no such file or directory\n$/],
  ])('rejects %j with exit 2', async (args, message) => {
    const { code, stderr } = await cli(args, { cwd: files({}) });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('crossdept schema config', () => {
  it('prints the rules-config JSON Schema', async () => {
    const { code, stdout } = await cli(['schema', 'config']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(rulesConfigJsonSchema());
  });
});

describe('crossdept render findings', () => {
  it('evaluates at --now with --config, then renders the findings report', async () => {
    const cwd = files({ 'risk.yaml': atRiskText, 'pmo.yaml': STRICT });
    const { code, stdout } = await cli(
      ['render', 'findings', 'risk.yaml', '--now', '2026-11-26', '--config', 'pmo.yaml', '--locale', 'en'],
      { cwd },
    );
    expect(code).toBe(0);
    const parsed = loadCollaboration(atRiskText);
    const config = loadRulesConfig(STRICT);
    if (!parsed.success || !config.success) throw new Error('fixtures invalid');
    const report = await evaluate(parsed.data, { now: '2026-11-26', config: config.data, locale: 'en' });
    expect(stdout).toBe(
      renderTemplate('findings', parsed.data, { locale: 'en', format: 'markdown', report }),
    );
  });

  it('stops on an invalid configuration (exit 2)', async () => {
    const cwd = files({ 'x.yaml': exampleText, 'pmo.yaml': 'rules: { nope: off }\n' });
    const { code, stdout, stderr } = await cli(['render', 'findings', 'x.yaml', '--config', 'pmo.yaml'], {
      cwd,
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/error: pmo\.yaml is not a valid rule configuration \(1 issue\)\n$/);
  });
});
