// `crossdept test`: the PMO guide's example suite passes; a wrong expectation fails with a side-by-side diff and
// exit 1; a bad test file or config exits 2 with file, line and column; coverage as a table and as JSON.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, tempDir } from './harness.js';

/** A copy of the guide's example (config and suite) next to a copy of the worked example, as the suite expects. */
function exampleFolder(): string {
  const dir = tempDir();
  cpSync(join(root, 'docs/pmo-example'), join(dir, 'docs/pmo-example'), { recursive: true });
  mkdirSync(join(dir, 'examples'));
  cpSync(join(root, 'examples/new-product-launch.yaml'), join(dir, 'examples/new-product-launch.yaml'));
  return join(dir, 'docs/pmo-example');
}

describe('crossdept test', () => {
  it.each(['en', 'zh-CN'])(
    'runs the PMO guide’s example suite from ./rules-tests: all pass (%s)',
    async (locale) => {
      const { code, stdout, stderr } = await cli(['test', '--locale', locale], {
        cwd: join(root, 'docs/pmo-example'),
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('rules-tests/departments.test.yaml');
      expect(stdout).toContain('✔ a sixth department is one too many');
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(
        locale === 'en' ? '3 passed, 0 failed' : '3 个通过，0 个失败',
      );
    },
  );

  it('fails a wrong expectation with the expected and actual findings side by side (exit 1)', async () => {
    const dir = exampleFolder();
    const suite = join(dir, 'rules-tests/departments.test.yaml');
    writeFileSync(
      suite,
      readFileSync(suite, 'utf8').replace(
        '{ rule: acme.max-departments, severity: warning }',
        '{ rule: acme.max-departments, severity: error }',
      ),
    );
    const { code, stdout } = await cli(['test', '--locale', 'en'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('✖ a sixth department is one too many');
    expect(stdout).toMatch(/expected\s+│ actual/);
    expect(stdout).toMatch(
      /acme\.max-departments \(error\)\s+│ acme\.max-departments @new-product-launch \(warning\)/,
    );
    expect(stdout).toContain('Expected finding missing: acme.max-departments (error)');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 passed, 1 failed');
  });

  it('reports a bad test file with its file, line and column (exit 2)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'rules-tests'));
    writeFileSync(
      join(dir, 'rules-tests/bad.test.yaml'),
      'cases:\n  - name: x\n    now: 2026-11-26\n    colaboration: a.yaml\n',
    );
    const { code, stderr } = await cli(['test', '--locale', 'en'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(
      'rules-tests/bad.test.yaml:2:5: /cases/0/collaboration Required field "collaboration"',
    );
    expect(stderr).toMatch(
      /rules-tests\/bad\.test\.yaml:4:\d+: \/cases\/0\/colaboration .*did you mean "collaboration"/,
    );
  });

  it('reports a bad config with its file, line and column (exit 2)', async () => {
    const dir = exampleFolder();
    writeFileSync(join(dir, 'pmo.yaml'), 'rules:\n  team.core-size: { params: { min: 9, max: 3 } }\n');
    const { code, stderr } = await cli(['test', '--locale', 'en'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('pmo.yaml:2:');
    expect(stderr).toContain('param min (9) is greater than max (3)');
  });

  it('says when there are no test files (exit 2)', async () => {
    const { code, stderr } = await cli(['test'], { cwd: tempDir(), env: { LANG: 'en_US.UTF-8' } });
    expect(code).toBe(2);
    expect(stderr).toContain('no test files (*.test.yaml) found in rules-tests');
  });

  it('reports coverage as a table, as JSON, and fails below --min-coverage', async () => {
    const cwd = join(root, 'docs/pmo-example');
    const table = await cli(['test', '--coverage', '--locale', 'en'], { cwd });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/acme\.max-departments\s+│ ✔\s+│ ✔/);
    expect(table.stdout).toMatch(/acme\.milestone-late \[late\]\s+│ ✔\s+│ ✔/);
    expect(table.stdout).toMatch(/Coverage: \d+(\.\d)?% \(\d+ of \d+ outcomes\)/);
    const json = await cli(['test', '--coverage', '--format', 'json'], { cwd });
    const parsed = JSON.parse(json.stdout);
    expect(parsed.passed).toBe(3);
    expect(parsed.coverage.rules.find((r: { rule: string }) => r.rule === 'acme.max-departments')).toEqual({
      rule: 'acme.max-departments',
      custom: true,
      fired: true,
      silent: true,
    });
    const below = await cli(['test', '--min-coverage', '99', '--locale', 'en'], { cwd });
    expect(below.code).toBe(1);
    expect(below.stderr).toMatch(/coverage [\d.]+% is below the minimum of 99%/);
    expect((await cli(['test', '--min-coverage', '1'], { cwd })).code).toBe(0);
    expect((await cli(['test', '--min-coverage', 'lots'], { cwd })).code).toBe(2);
  });

  it('gives the same results on json-rules-engine', async () => {
    const cwd = join(root, 'docs/pmo-example');
    const compiled = await cli(['test', '--coverage', '-f', 'json'], { cwd });
    const reference = await cli(['test', '--coverage', '-f', 'json', '--engine', 'json-rules-engine'], {
      cwd,
    });
    expect(reference.stdout).toBe(compiled.stdout);
  });
});
