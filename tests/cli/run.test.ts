import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { cli, expectNoStack, fakeStdin, fakeStream } from './harness.js';

describe('crossdept usage', () => {
  it('prints help on stdout with --help (exit 0)', async () => {
    const { code, stdout, stderr } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: crossdept \[options\] \[command\]/);
    for (const command of ['init', 'schema']) expect(stdout).toContain(`  ${command} `);
  });

  it('prints help on stderr and exits 2 without a command', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: crossdept/);
  });

  it('shows a command help with `help <command>` (exit 0)', async () => {
    const { code, stdout } = await cli(['help', 'init']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: crossdept init \[options\] \[file\]/);
  });

  it('localizes help, titles included', async () => {
    const { stdout } = await cli(['init', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(stdout).toMatch(/^用法： crossdept init/);
    expect(stdout).toContain('选项：');
    expect(stdout).toContain('覆盖已存在的文件');
  });

  it('prints the version', async () => {
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [['shema', 'collaboration'], 'error: unknown command "shema"; did you mean "schema"?\n'],
    [['frobnicate'], 'error: unknown command "frobnicate"\n'],
    [['init', '--focre'], 'error: unknown option "--focre"; did you mean "--force"?\n'],
    [['init', '-x'], 'error: unknown option "-x"\n'],
    [['--bogus'], 'error: unknown option "--bogus"\n'],
    [['schema'], 'error: missing argument <name>\n'],
    [['schema', 'collaboration', 'extra'], 'error: too many arguments: expected 1, got 2\n'],
    [['init', '--locale'], 'error: option --locale needs a value\n'],
    [['init', '--locale', 'fr'], 'error: "fr" is not a valid value of --locale; choose one of: zh-CN, en\n'],
    [
      ['init', '--locale', 'zh-cn'],
      'error: "zh-cn" is not a valid value of --locale; choose one of: zh-CN, en; did you mean "zh-CN"?\n',
    ],
  ])('rejects %j with exit 2 and a message', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it.each([
    [['shema', 'collaboration'], '错误：未知命令 "shema"；是否想写 "schema"？\n'],
    [['init', '--focre'], '错误：未知选项 "--focre"；是否想写 "--force"？\n'],
    [['schema'], '错误：缺少参数 <name>\n'],
    [['init', 'a', 'b'], '错误：参数过多：应为 1 个，实际为 2 个\n'],
  ])('rejects %j in Chinese when LANG asks for it', async (args, message) => {
    const { code, stderr } = await cli(args, { env: { LANG: 'zh_CN.UTF-8' } });
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });

  it('lets --locale override LANG, even for argument errors', async () => {
    const { stderr } = await cli(['init', '--focre', '--locale=en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(stderr).toBe('error: unknown option "--focre"; did you mean "--force"?\n');
  });

  it('prefers LC_ALL to LANG', async () => {
    const { stderr } = await cli(['frobnicate'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } });
    expect(stderr).toBe('错误：未知命令 "frobnicate"\n');
  });

  it('colours the error prefix on a terminal, and not with NO_COLOR', async () => {
    expect((await cli(['frobnicate'], { tty: true, env: {} })).stderr).toContain('\x1b[');
    expect((await cli(['frobnicate'], { tty: true, env: { NO_COLOR: '1' } })).stderr).not.toContain('\x1b[');
    expect((await cli(['frobnicate'], { env: { FORCE_COLOR: '1' } })).stderr).toContain('\x1b[');
  });

  it('turns an unexpected failure into one line and exit 2, never a stack trace', async () => {
    const stdout = {
      write: () => {
        throw new Error('disk on fire');
      },
    };
    const stderr = fakeStream();
    const code = await run(['schema', 'collaboration'], {
      stdout,
      stderr,
      stdin: fakeStdin(),
      env: {},
      cwd: '.',
      today: '2026-11-26',
    });
    expect(code).toBe(2);
    expect(stderr.text()).toBe('error: internal error: disk on fire (please report this)\n');
    expectNoStack(stderr.text());
  });

  it('says what was thrown in one line, even a value that cannot be turned into text', async () => {
    const stderr = fakeStream();
    const throwing = {
      write: () => {
        throw Object.assign(Object.create(null), { message: 'not an Error' });
      },
    };
    const io = { stdout: throwing, stderr, stdin: fakeStdin(), env: {}, cwd: '.', today: '2026-11-26' };
    expect(await run(['schema', 'collaboration'], io)).toBe(2);
    expect(stderr.text()).toBe('error: internal error: [object Object] (please report this)\n');
  });

  it('returns 2 when stderr fails too, and does not throw', async () => {
    const broken = {
      write: () => {
        throw new Error('gone');
      },
    };
    const io = { stdout: broken, stderr: broken, stdin: fakeStdin(), env: {}, cwd: '.', today: '2026-11-26' };
    expect(await run(['schema', 'collaboration'], io)).toBe(2);
    expect(await run(['frobnicate'], io)).toBe(2);
  });
});
