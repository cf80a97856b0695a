// `-` is stdin as an input and stdout as an output, as in other Unix tools; stdin reads as YAML (which reads
// JSON too) unless --input-format says json, and is named <stdin> in messages.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { readStdin, readStream } from '../../src/cli/stdin.js';
import { loadCollaboration } from '../../src/model/parse.js';
import { health } from '../../src/outcomes/health.js';
import { evaluate } from '../../src/rules/index.js';
import { renderTemplate } from '../../src/templates/index.js';
import { exampleText } from '../fixtures/example.js';
import { atRiskText, files, minimalText } from './fixtures.js';
import { cli, fakeStdin, fakeStream, root, tempDir } from './harness.js';

const NOW = ['--now', '2026-11-26'];
const EXAMPLE = join(root, 'examples/new-product-launch.yaml');

function example() {
  const parsed = loadCollaboration(exampleText);
  if (!parsed.success) throw new Error('fixture invalid');
  return parsed.data;
}

describe('- as an input: stdin', () => {
  it('check - reads the collaboration from stdin and names it <stdin>', async () => {
    expect(await cli(['check', '-', ...NOW], { stdin: exampleText })).toEqual({
      code: 0,
      stdout: '✔ <stdin>: no findings · Health: ● green\n',
      stderr: '',
    });
    const zh = await cli(['check', '-', ...NOW, '--locale', 'zh-CN'], { stdin: exampleText });
    expect(zh.stdout).toBe('✔ <标准输入>：没有发现问题 · 健康状态：● 绿\n');
  });

  it('check - --format json prints the bare report with its health', async () => {
    const { code, stdout } = await cli(['check', '-', ...NOW, '-f', 'json'], { stdin: atRiskText });
    expect(code).toBe(1);
    const parsed = loadCollaboration(atRiskText);
    if (!parsed.success) throw new Error('fixture invalid');
    const report = await evaluate(parsed.data, { now: '2026-11-26', locale: 'en' });
    const status = health(parsed.data, { now: '2026-11-26', locale: 'en', report });
    expect(JSON.parse(stdout)).toEqual({ ...report, health: status });
  });

  it('reports the issues of stdin as <stdin>:line:column', async () => {
    const { code, stdout, stderr } = await cli(['check', '-'], { stdin: `${minimalText}respons: []\n` });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^<stdin>:5:\d+: \/respons Unknown field "respons"/);
    expect(stderr).toMatch(/\nerror: <stdin> is not a valid collaboration \(1 issue\)\n$/);
  });

  it('reads stdin as YAML, which reads JSON too, or as JSON with --input-format json', async () => {
    const json = JSON.stringify(example());
    expect((await cli(['check', '-', ...NOW], { stdin: json })).code).toBe(0);
    expect((await cli(['check', '-', ...NOW, '--input-format', 'json'], { stdin: json })).code).toBe(0);
    const broken = '{\n  "id": "x",\n}\n';
    const asJson = await cli(['check', '-', '--input-format', 'json'], { stdin: broken });
    expect(asJson.code).toBe(2);
    expect(asJson.stderr).toMatch(/^<stdin>:2:12: Syntax error: /); // at the trailing comma
    const yamlFlow =
      '{ id: ok, name: OK, scenario: project, period: { start: 2026-09-01, end: 2026-11-30 } }';
    expect((await cli(['check', '-', ...NOW, '-f', 'json'], { stdin: yamlFlow })).code).toBe(1);
  });

  it('--input-format json reads a file of any extension as JSON', async () => {
    const cwd = files({ 'plan.txt': '{\n  "id": "x",\n}\n' });
    const { code, stderr } = await cli(['check', 'plan.txt', '--input-format', 'json'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^plan\.txt:2:12: Syntax error: /);
  });

  it('reads stdin once, however often - is named, and mixes with files', async () => {
    const stdin = fakeStdin(minimalText);
    const stdout = fakeStream();
    const io: CliIo = { stdout, stderr: fakeStream(), stdin, env: {}, cwd: root, today: '2026-11-26' };
    expect(await run(['check', '-', '-', EXAMPLE, '-f', 'json'], io)).toBe(1);
    expect(stdin.reads()).toBe(1);
    const files = (JSON.parse(stdout.text()) as { file: string }[]).map((e) => e.file);
    expect(files).toEqual(['-', EXAMPLE]);
    const text = await cli(['check', '-', EXAMPLE, ...NOW], { stdin: minimalText });
    expect(text.stdout).toContain('✖ <stdin>: ');
    expect(text.stdout).toMatch(/│ OK \(ok\) +│ <stdin> +│/);
  });

  it('says when stdin cannot be read', async () => {
    const { code, stderr } = await cli(['check', '-']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: <stdin>: cannot be read (EBADF: bad file descriptor)\n');
  });

  it('summary, render and config check read - too', async () => {
    const summary = await cli(['summary', '-', ...NOW, '-f', 'json'], { stdin: exampleText });
    expect(JSON.parse(summary.stdout).id).toBe('new-product-launch');
    const kickoff = await cli(['render', 'kickoff', '-', '--locale', 'en'], { stdin: exampleText });
    expect(kickoff.stdout).toBe(renderTemplate('kickoff', example(), { locale: 'en', format: 'markdown' }));
    const config = await cli(['config', 'check', '-'], { stdin: 'rules:\n  retro.recognition: off\n' });
    expect(config.code).toBe(0);
    expect(config.stdout).toMatch(/^✔ <stdin>: valid configuration \(\d+ rules in effect\)\n$/);
    const badConfig = await cli(['config', 'check', '-'], { stdin: 'rules: [\n' });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(
      /^<stdin>:2:1: [^\n]+\nerror: <stdin> is not a valid rule configuration/,
    );
  });

  it('--config - reads the configuration from stdin', async () => {
    const { code, stdout } = await cli(['check', EXAMPLE, '--config', '-', ...NOW], {
      stdin: 'rules:\n  team.core-size: { severity: error, params: { min: 3, max: 4 } }\n',
    });
    expect(code).toBe(1);
    expect(stdout).toContain('The core team has 5 members, above the maximum of 4');
  });

  it('refuses to read stdin as both the configuration and an input', async () => {
    for (const args of [
      ['check', '-', '--config', '-'],
      ['render', 'findings', '-', '--config', '-'],
    ]) {
      const { code, stdout, stderr } = await cli(args, { stdin: minimalText });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('error: stdin can be read once: give the configuration or the input as a file\n');
    }
  });
});

describe('- as an output: stdout', () => {
  it('render -o - prints the document and writes no file', async () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = await cli(['render', 'kickoff', EXAMPLE, '-o', '-', '--locale', 'en'], {
      cwd,
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(renderTemplate('kickoff', example(), { locale: 'en', format: 'markdown' }));
    expect(() => readFileSync(join(cwd, '-'))).toThrow();
  });

  it('init - prints the starter', async () => {
    const cwd = tempDir();
    const { code, stdout } = await cli(['init', '-'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe((await cli(['init'], { cwd })).stdout);
    expect(() => readFileSync(join(cwd, '-'))).toThrow();
  });

  it('is documented in the help of every command that takes a file, in both languages', async () => {
    for (const [command, text] of [
      [['check'], '"-" reads stdin'],
      [['summary'], '"-" reads stdin'],
      [['render'], '"-" reads stdin'],
      [['config', 'check'], '"-" reads stdin'],
      [['render'], '"-" writes to stdout'],
      [['init'], '"-" writes to stdout'],
    ] as const) {
      expect((await cli([...command, '--help'])).stdout).toContain(text);
    }
    expect((await cli(['check', '--help', '--locale', 'zh-CN'])).stdout).toContain('"-" 表示标准输入');
    expect((await cli(['render', '--help', '--locale', 'zh-CN'])).stdout).toContain('"-" 表示标准输出');
  });
});

describe('reading the real stdin', () => {
  it('reads a stream to its end as UTF-8, split characters included', async () => {
    const bytes = Buffer.from('id: 新产品\n');
    async function* chunks() {
      yield bytes.subarray(0, 5);
      yield bytes.subarray(5);
    }
    expect(await readStream(chunks())).toBe('id: 新产品\n');
  });

  it('says EISDIR for a directory, which a stream would read as empty', async () => {
    const fd = openSync(tempDir(), 'r');
    try {
      const empty = { fd, async *[Symbol.asyncIterator]() {} };
      await expect(readStdin(empty)).rejects.toMatchObject({ code: 'EISDIR' });
    } finally {
      closeSync(fd);
    }
  });
});
