// The command list of help is made from listings (src/cli/command-table.ts) so that help loads no command; a
// run that names a command loads that command. The golden files are the root help of the whole command tree as
// it was when every command was loaded for help (reviewed by eye): the listings must keep printing exactly that.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const GOLDEN = fileURLToPath(new URL('./golden/help/', import.meta.url));
const LOCALES = [
  ['en', 'en_US.UTF-8'],
  ['zh-CN', 'zh_CN.UTF-8'],
] as const;

describe.each(LOCALES)('root help (%s)', (locale, LANG) => {
  const golden = readFileSync(`${GOLDEN}root.${locale}.txt`, 'utf8');
  const env = { LANG };

  it('--help, -h and help print the command list on stdout (exit 0)', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['-h', 'check'], ['--help', 'nope']]) {
      const { code, stdout, stderr } = await cli(argv, { env });
      expect({ argv, code, stdout, stderr }).toEqual({ argv, code: 0, stdout: golden, stderr: '' });
    }
  });

  it('no command, or help on an unknown one, prints it on stderr (exit 2)', async () => {
    for (const argv of [[], ['help', 'nope'], ['help', '--', 'nope']]) {
      const { code, stdout, stderr } = await cli(argv, { env });
      expect({ argv, code, stdout, stderr }).toEqual({ argv, code: 2, stdout: '', stderr: golden });
    }
  });

  it('help <command> prints the help of the command itself, as <command> --help does', async () => {
    for (const name of ['check', 'render', 'rules', 'serve', 'dashboard', 'test']) {
      const viaHelp = await cli(['help', name], { env });
      const viaOption = await cli([name, '--help'], { env });
      expect(viaHelp).toEqual(viaOption);
      expect(viaHelp.stdout).toContain(`crossdept ${name}`);
      // A command's own help lists its options, which the command list leaves out.
      expect(viaHelp.stdout).toMatch(/-h, --help/);
    }
  });
});

describe('a run that names a command', () => {
  it("runs it after -- (everything after -- is an operand: here the file checked on the run's today)", async () => {
    const { code, stdout } = await cli(['--', 'check', 'examples/new-product-launch.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('examples/new-product-launch.yaml: no findings');
  });

  it('suggests the nearest command for an unknown one, among all of them', async () => {
    const check = await cli(['chek']);
    expect({ code: check.code, stderr: check.stderr }).toEqual({
      code: 2,
      stderr: 'error: unknown command "chek"; did you mean "check"?\n',
    });
    expect((await cli(['dashbord'])).stderr).toContain('did you mean "dashboard"?');
  });

  it('prints the version with -V first, before any command', async () => {
    expect(await cli(['-V'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    expect(await cli(['--version', 'check'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});
