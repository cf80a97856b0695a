// `crossdept check` on input it cannot evaluate: every path ends with exit code 2 and a message in the chosen
// locale, with file:line:column or file: /pointer, and never a stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectNoStack, tempDir } from './harness.js';

const VALID = 'id: ok\nname: OK\nscenario: project\nperiod: { start: 2026-09-01, end: 2026-11-30 }\n';

function files(entries: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('crossdept check on invalid input', () => {
  it('reports YAML syntax errors as file:line:column', async () => {
    const cwd = files({ 'bad.yaml': 'id: x\nname: [unclosed\n' });
    const { code, stdout, stderr } = await cli(['check', 'bad.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^bad\.yaml:\d+:\d+: Syntax error: /);
    expect(stderr).toMatch(/\nerror: bad\.yaml is not a valid collaboration \(\d+ issues?\)\n$/);
    expectNoStack(stderr);
  });

  it('reports JSON syntax errors as file:line:column', async () => {
    const cwd = files({ 'bad.json': '{\n  "id": "x",\n  "name": \n}\n' });
    const { code, stderr } = await cli(['check', 'bad.json'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^bad\.json:\d+:\d+: Syntax error: /);
  });

  it('reports schema issues with their pointer, place and did-you-mean', async () => {
    const cwd = files({ 'typo.yaml': `${VALID}responsibilites: []\n` });
    const { code, stderr } = await cli(['check', 'typo.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'typo.yaml:5:18: /responsibilites Unknown field "responsibilites"; did you mean "responsibilities"?\n' +
        'error: typo.yaml is not a valid collaboration (1 issue)\n',
    );
  });

  it('locates schema issues in JSON files too', async () => {
    const cwd = files({
      'c.json': JSON.stringify(
        { id: 'x', name: 'X', scenario: 'project', period: { start: '2026-09-01', end: '2026-02-30' } },
        null,
        2,
      ),
    });
    const { code, stderr } = await cli(['check', 'c.json'], { cwd });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'c.json:7:12: /period/end "2026-02-30" is not a valid date (YYYY-MM-DD, and the day must exist)',
    );
  });

  it('speaks Chinese, from LANG or --locale', async () => {
    const cwd = files({ 'typo.yaml': `${VALID}responsibilites: []\n` });
    const expected =
      'typo.yaml:5:18: /responsibilites 未知字段 "responsibilites"；是否想写 "responsibilities"？\n' +
      '错误：typo.yaml 不是有效的协作文件（1 个问题）\n';
    expect((await cli(['check', 'typo.yaml'], { cwd, env: { LANG: 'zh_CN.UTF-8' } })).stderr).toBe(expected);
    expect((await cli(['check', 'typo.yaml', '--locale', 'zh-CN'], { cwd })).stderr).toBe(expected);
  });

  it('reports a missing file', async () => {
    const { code, stdout, stderr } = await cli(['check', 'nope.yaml'], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: nope.yaml: no such file or directory\n');
  });

  it('reports a folder with no input files', async () => {
    const cwd = files({ 'notes/readme.md': '# hi\n' });
    const { code, stderr } = await cli(['check', 'notes'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('error: notes: the directory holds no .yaml, .yml or .json files\n');
  });

  it('reports an empty folder in Chinese', async () => {
    const cwd = files({});
    mkdirSync(join(cwd, 'empty'));
    const { code, stderr } = await cli(['check', 'empty'], { cwd, env: { LANG: 'zh_CN.UTF-8' } });
    expect(code).toBe(2);
    expect(stderr).toBe('错误：empty：目录中没有 .yaml、.yml 或 .json 文件\n');
  });

  it.each([
    [
      ['check', 'a.yaml', '--now', '2026-02-30'],
      'error: "2026-02-30" is not a valid date for --now (YYYY-MM-DD)\n',
    ],
    [['check', 'a.yaml', '--now', 'today'], 'error: "today" is not a valid date for --now (YYYY-MM-DD)\n'],
    [
      ['check', 'a.yaml', '--format', 'jsno'],
      'error: "jsno" is not a valid value of --format; choose one of: text, json, markdown; did you mean "json"?\n',
    ],
    [['check'], 'error: missing argument <inputs>\n'],
    [['check', 'a.yaml', '--config'], 'error: option --config needs a value\n'],
    [['check', 'a.yaml', '--confg', 'x'], 'error: unknown option "--confg"; did you mean "--config"?\n'],
  ])('rejects %j with exit 2 and a message', async (args, message) => {
    const { code, stdout, stderr } = await cli(args, { cwd: files({ 'a.yaml': VALID }) });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('checks the valid files of a portfolio and still exits 2 for the invalid ones', async () => {
    const cwd = files({ 'p/a.yaml': VALID, 'p/b.yaml': 'id: [\n', 'p/c.json': '{}' });
    const { code, stdout, stderr } = await cli(['check', 'p', 'missing.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^p\/b\.yaml:\d+:\d+: /);
    expect(stderr).toContain('error: p/b.yaml is not a valid collaboration');
    expect(stderr).toContain('p/c.json:1:1: /id Required field "id" is missing');
    expect(stderr).toContain('error: missing.yaml: no such file or directory\n');
    expect(stdout).toContain('p/a.yaml');
    expect(stdout).toMatch(/Summary: 4 files \(3 invalid\)/);
  });

  it('prints { file, issues } in JSON for an invalid single file', async () => {
    const cwd = files({ 'typo.yaml': `${VALID}responsibilites: []\n` });
    const { code, stdout } = await cli(['check', 'typo.yaml', '--format', 'json'], { cwd });
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      file: 'typo.yaml',
      issues: [
        {
          code: 'unknown_key',
          path: ['responsibilites'],
          pointer: '/responsibilites',
          message: 'Unknown field "responsibilites"; did you mean "responsibilities"?',
          suggestion: 'responsibilities',
          line: 5,
          column: 18,
        },
      ],
    });
  });
});
