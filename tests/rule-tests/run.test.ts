// runRuleTests: suites from files through the injected reader (paths relative to the suite), suites built in
// code, JSON Patch before validation, expectations compared both ways, issues with file, line and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type RuleTestSuite, runRuleTests } from '../../src/index.js';
import { exampleInput } from '../fixtures/example.js';

const EXAMPLE = readFileSync(new URL('../../examples/new-product-launch.yaml', import.meta.url), 'utf8');

/** A reader over an in-memory folder, as a browser would give one. */
function reader(files: Record<string, string>) {
  const reads: string[] = [];
  return {
    reads,
    read: (path: string) => {
      reads.push(path);
      return files[path];
    },
  };
}

const CONFIG = `custom:
  - id: acme.max-departments
    scope: collaboration
    severity: warning
    message: { en: 'More than {value} departments' }
    conditions: { all: [{ fact: departmentCount, operator: greaterThan, value: 5 }] }
`;

const SUITE = `config: ../pmo.yaml
cases:
  - name: too many departments
    collaboration: ../examples/new-product-launch.yaml
    patch:
      - { op: add, path: /departments/-, value: { id: legal, name: 法务部, role: support } }
    now: 2026-11-26
    expect:
      findings:
        - { rule: acme.max-departments, severity: warning }
      absent: [team.core-size]
  - name: the example stays silent
    collaboration: ../examples/new-product-launch.yaml
    now: 2026-11-26
    expect: { absent: [acme.max-departments], only: true }
`;

const FILES = {
  'pmo.yaml': CONFIG,
  'examples/new-product-launch.yaml': EXAMPLE,
  'rules-tests/departments.test.yaml': SUITE,
};

describe('runRuleTests', () => {
  it('reads suites and what they name through the reader, relative to the suite, and passes', async () => {
    const { read, reads } = reader(FILES);
    const result = await runRuleTests(['rules-tests/departments.test.yaml'], { read, locale: 'en' });
    expect(result.issues).toEqual([]);
    expect([result.passed, result.failed, result.errors]).toEqual([2, 0, 0]);
    expect(reads).toEqual([
      'rules-tests/departments.test.yaml',
      'pmo.yaml',
      'examples/new-product-launch.yaml',
      'examples/new-product-launch.yaml',
    ]);
    expect(result.suites[0]?.cases[0]?.actual.findings).toContainEqual({
      rule: 'acme.max-departments',
      subject: 'new-product-launch',
      severity: 'warning',
    });
  });

  it('resolves against cwd', async () => {
    const files = Object.fromEntries(Object.entries(FILES).map(([k, v]) => [`/work/${k}`, v]));
    const result = await runRuleTests(['rules-tests/departments.test.yaml'], {
      cwd: '/work',
      read: reader(files).read,
    });
    expect(result.passed).toBe(2);
  });

  it('fails a case whose expectation is wrong, saying why, with expected and actual', async () => {
    const wrong = SUITE.replace('severity: warning }', 'severity: error }');
    const result = await runRuleTests(['rules-tests/departments.test.yaml'], {
      read: reader({ ...FILES, 'rules-tests/departments.test.yaml': wrong }).read,
      locale: 'en',
    });
    expect([result.passed, result.failed]).toEqual([1, 1]);
    const failed = result.suites[0]?.cases[0];
    expect(failed?.status).toBe('failed');
    expect(failed?.failures.map((f) => f.message)).toEqual([
      'Expected finding missing: acme.max-departments (error)',
    ]);
    expect(failed?.expected.findings).toEqual([{ rule: 'acme.max-departments', severity: 'error' }]);
  });

  it('fails only: true on any other finding, and absent on a rule that fires', async () => {
    const suite: RuleTestSuite = {
      config: { rules: { 'team.core-size': { params: { min: 1, max: 5 } } } },
      cases: [
        {
          name: 'core team too big',
          collaboration: exampleInput(),
          patch: [
            { op: 'add', path: '/team/core/-', value: 'zhou' },
            { op: 'add', path: '/team/core/-', value: 'qian' },
            { op: 'add', path: '/team/core/-', value: 'wu' },
          ],
          now: '2026-11-26',
          expect: { absent: ['team.core-size'], only: true },
        },
      ],
    };
    const result = await runRuleTests([suite], { locale: 'zh-CN' });
    const codes = result.suites[0]?.cases[0]?.failures.map((f) => f.code);
    expect(codes).toContain('absent_fired');
    expect(codes).toContain('unexpected_finding');
    expect(result.suites[0]?.cases[0]?.failures[0]?.message).toMatch(/^规则 team.core-size 不应触发/);
  });

  it('makes a patch that cannot be applied an error on that case only', async () => {
    const suite: RuleTestSuite = {
      cases: [
        {
          name: 'bad patch',
          collaboration: exampleInput(),
          patch: [{ op: 'replace', path: '/nothing/here', value: 1 }],
          now: '2026-11-26',
        },
        { name: 'fine', collaboration: exampleInput(), now: '2026-11-26' },
      ],
    };
    const result = await runRuleTests([suite], { locale: 'en' });
    expect([result.passed, result.errors]).toEqual([1, 1]);
    expect(result.issues).toMatchObject([
      {
        code: 'patch_failed',
        pointer: '/cases/0/patch/0',
        message:
          'Patch operation 1 (replace /nothing/here) cannot be applied: the path does not exist in the collaboration',
      },
    ]);
  });

  it('refuses a patch that reaches a prototype', async () => {
    const suite: RuleTestSuite = {
      cases: [
        {
          name: 'pollute',
          collaboration: exampleInput(),
          patch: [{ op: 'add', path: '/__proto__/polluted', value: 1 }],
          now: '2026-11-26',
        },
      ],
    };
    const result = await runRuleTests([suite], { locale: 'en' });
    expect(result.errors).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a bad suite and a bad config with file, line and column', async () => {
    const badSuite = SUITE.replace(
      'now: 2026-11-26\n    expect:\n      findings',
      'nw: 2026-11-26\n    expect:\n      findings',
    );
    const suiteResult = await runRuleTests(['rules-tests/departments.test.yaml'], {
      read: reader({ ...FILES, 'rules-tests/departments.test.yaml': badSuite }).read,
      locale: 'en',
    });
    expect(suiteResult.issues.map((i) => [i.file, i.line, i.pointer])).toContainEqual([
      'rules-tests/departments.test.yaml',
      7,
      '/cases/0/nw',
    ]);
    const configResult = await runRuleTests(['rules-tests/departments.test.yaml'], {
      read: reader({ ...FILES, 'pmo.yaml': CONFIG.replace('departmentCount', 'departmentCont') }).read,
      locale: 'en',
    });
    expect(configResult.issues.map((i) => [i.code, i.file, i.line])).toEqual([
      ['invalid_config', 'rules-tests/departments.test.yaml', 1],
      ['unknown_fact', 'pmo.yaml', 6],
    ]);
  });

  it('reports an expectation naming a rule not in effect, with a did-you-mean (absent would pass vacuously)', async () => {
    const suite: RuleTestSuite = {
      cases: [
        {
          name: 'typo',
          collaboration: exampleInput(),
          now: '2026-11-26',
          expect: { absent: ['team.core-sise'] },
        },
      ],
    };
    const result = await runRuleTests([suite], { locale: 'en' });
    expect(result.issues).toMatchObject([
      { code: 'unknown_rule', pointer: '/cases/0/expect/absent/0', suggestion: 'team.core-size' },
    ]);
  });

  it('reports an unreadable file and a missing reader as issues, never a throw', async () => {
    const result = await runRuleTests(['nowhere.test.yaml']);
    expect(result.issues).toMatchObject([{ code: 'unreadable_file', file: 'nowhere.test.yaml' }]);
  });

  it('gives the same results on both engines', async () => {
    const { read } = reader(FILES);
    const compiled = await runRuleTests(['rules-tests/departments.test.yaml'], { read });
    const reference = await runRuleTests(['rules-tests/departments.test.yaml'], {
      read,
      engine: 'json-rules-engine',
    });
    expect(reference).toEqual(compiled);
  });
});
