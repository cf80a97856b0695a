import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';
import { cli, expectNoStack, root, tempDir } from './harness.js';

const EXAMPLE = 'examples/new-product-launch.yaml';

describe('crossdept render', () => {
  it('renders the kickoff form as Markdown on stdout, exactly as renderTemplate does', async () => {
    const { code, stdout, stderr } = await cli(['render', 'kickoff', EXAMPLE, '--locale', 'zh-CN']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(renderTemplate('kickoff', example(), { locale: 'zh-CN', format: 'markdown' }));
  });

  it('renders meeting minutes in HTML to a file, the format implied by -o', async () => {
    const dir = tempDir();
    const out = join(dir, 'out', 'minutes.html');
    const { code, stderr } = await cli([
      'render',
      'minutes',
      EXAMPLE,
      '--meeting',
      'sync-2026-10-12',
      '-o',
      out,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(`Wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe(
      renderTemplate('minutes', example(), { locale: 'en', format: 'html', meeting: 'sync-2026-10-12' }),
    );
  });

  it('lets --format win over the -o extension', async () => {
    const dir = tempDir();
    const { code } = await cli(
      ['render', 'kickoff', join(root, EXAMPLE), '-o', 'k.html', '--format', 'markdown'],
      {
        cwd: dir,
      },
    );
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'k.html'), 'utf8')).toMatch(/^# /);
  });

  it('writes a Word document when -o ends in .docx, byte for byte what renderTemplate gives', async () => {
    const dir = tempDir();
    const out = join(dir, 'kickoff.docx');
    const { code, stderr } = await cli(['render', 'kickoff', EXAMPLE, '--locale', 'zh-CN', '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toBe(`已写入 ${out}\n`);
    const expected = renderTemplate('kickoff', example(), { locale: 'zh-CN', format: 'docx' });
    expect(readFileSync(out).equals(Buffer.from(expected))).toBe(true);
  });

  it('refuses to write a Word document to the terminal', async () => {
    const { code, stdout, stderr } = await cli(['render', 'kickoff', EXAMPLE, '--format', 'docx']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('-o FILE.docx');
  });

  it('renders the blank form without a file', async () => {
    const { code, stdout } = await cli(['render', 'kickoff', '--locale', 'zh-CN', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toBe(renderTemplate('kickoff', null, { locale: 'zh-CN', format: 'html' }));
  });

  it.each([
    [
      ['render', 'kickof', EXAMPLE],
      'error: unknown template "kickof"; the templates are: kickoff, minutes, responsibilities, communication-plan, emergency-plan, retrospective, findings, raci, decision-log, problem-log, open-actions, status-report, escalation; did you mean "kickoff"?\n',
    ],
    [
      ['render', 'minutes', EXAMPLE],
      "error: the minutes template needs --meeting <id>; the file's meetings are: sync-2026-10-12, sync-2026-11-16, sync-2026-11-23\n",
    ],
    [
      ['render', 'minutes', EXAMPLE, '--meeting', 'sync-2026-10-13'],
      'error: no meeting "sync-2026-10-13"; the file\'s meetings are: sync-2026-10-12, sync-2026-11-16, sync-2026-11-23; did you mean "sync-2026-10-12"?\n',
    ],
    [
      ['render', 'emergency-plan', EXAMPLE, '--incident', 'fire'],
      'error: no incident "fire"; the file has no incidents\n',
    ],
    [
      ['render', 'emergency-plan', EXAMPLE],
      'error: the emergency-plan template needs --incident <id>, but the file has no incidents\n',
    ],
    [
      ['render', 'kickoff', EXAMPLE, '--meeting', 'x'],
      'error: --meeting applies to the minutes template, not kickoff\n',
    ],
    [
      ['render', 'kickoff', EXAMPLE, '--incident', 'x'],
      'error: --incident applies to the emergency-plan template, not kickoff\n',
    ],
    [
      ['render', 'minutes', EXAMPLE, '--meeting', 'a', '--incident', 'b'],
      'error: options --meeting and --incident cannot be used together\n',
    ],
    [
      ['render', 'kickoff', EXAMPLE, '--format', 'htm'],
      'error: "htm" is not a valid value of --format; choose one of: markdown, html, docx; did you mean "html"?\n',
    ],
    [['render', 'kickoff', 'nope.yaml'], 'error: nope.yaml: no such file or directory\n'],
    [['render'], 'error: missing argument <template>\n'],
  ])('rejects %j with exit 2 and a message', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('lists the issues of an invalid file and renders nothing', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'bad.yaml'),
      'id: x\nname: y\nscenario: projcet\nperiod: { start: 2026-01-01, end: 2026-02-01 }\n',
    );
    const { code, stdout, stderr } = await cli(['render', 'kickoff', 'bad.yaml'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^bad\.yaml:3:11: \/scenario "projcet" is not allowed; choose one of: project, problem-solving, resource-integration, strategy; did you mean "project"\?\n/,
    );
    expect(stderr).toMatch(/error: bad\.yaml is not a valid collaboration \(1 issue\)\n$/);
  });

  it('reports an unwritable -o path with exit 2 and no stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const { code, stderr } = await cli(['render', 'kickoff', join(root, EXAMPLE), '-o', 'file/kickoff.md'], {
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: cannot write file\/kickoff\.md \(E[A-Z]+: [^)]+\)\n$/);
    expectNoStack(stderr);
  });

  it('speaks Chinese when asked', async () => {
    const { stderr } = await cli(['render', 'minutes', EXAMPLE, '--meeting', 'sync-2026-10-13'], {
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(stderr).toBe(
      '错误：未找到会议 "sync-2026-10-13"，文件中的会议：sync-2026-10-12、sync-2026-11-16、sync-2026-11-23；是否想写 "sync-2026-10-12"？\n',
    );
  });
});
