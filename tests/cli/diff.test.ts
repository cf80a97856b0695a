import { describe, expect, it } from 'vitest';
import { loadCollaboration } from '../../src/model/parse.js';
import { diffCollaborations } from '../../src/outcomes/diff-collaborations.js';
import { exampleText } from '../fixtures/example.js';
import { files } from './fixtures.js';
import { cli } from './harness.js';

const movedText = exampleText.replace('due: 2026-11-30, dependsOn', 'due: 2026-12-15, dependsOn');
const NOW = ['--now', '2026-11-26'];

describe('crossdept diff', () => {
  it('reports the launch moved by 15 days and the finding it adds, and exits 1', async () => {
    const cwd = files({ 'old.yaml': exampleText, 'new.yaml': movedText });
    const { code, stdout, stderr } = await cli(['diff', 'old.yaml', 'new.yaml', ...NOW, '--locale', 'en'], {
      cwd,
    });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toMatch(/│ changed │ \/milestones\/launch\/due │ 2026-11-30 │ 2026-12-15 │/);
    expect(stdout).toMatch(/│ launch │ 2026-11-30 │ 2026-12-15 │ +\+15 │/);
    expect(stdout).toContain('Findings added');
    expect(stdout).toContain(
      'The due date of “产品上市”, 2026-12-15, is after the period ends on 2026-11-30',
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 changes, 1 milestones moved, 1 findings added, 0 resolved',
    );
  });

  it('exits 0 when the newer version resolves findings and adds none, and says so in Chinese', async () => {
    const cwd = files({ 'old.yaml': movedText, 'new.yaml': exampleText });
    const { code, stdout } = await cli(['diff', 'old.yaml', 'new.yaml', ...NOW, '--locale', 'zh-CN'], {
      cwd,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('已解决的问题');
    expect(stdout).toMatch(/│ launch │ 2026-12-15 │ 2026-11-30 │ +-15 │/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 处变更，1 个里程碑时限移动，新增问题 0 个，解决问题 1 个',
    );
  });

  it('prints exactly what diffCollaborations returns as JSON, reading one side from stdin', async () => {
    const cwd = files({ 'new.yaml': movedText });
    const { code, stdout } = await cli(['diff', '-', 'new.yaml', ...NOW, '-f', 'json', '--locale', 'en'], {
      cwd,
      stdin: exampleText,
    });
    expect(code).toBe(1);
    const [a, b] = [loadCollaboration(exampleText), loadCollaboration(movedText)];
    if (!a.success || !b.success) throw new Error('fixture invalid');
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(JSON.stringify(diffCollaborations(a.data, b.data, { now: '2026-11-26', locale: 'en' }))),
    );
  });

  it('writes Markdown', async () => {
    const cwd = files({ 'old.yaml': exampleText, 'new.yaml': movedText });
    const { stdout } = await cli(
      ['diff', 'old.yaml', 'new.yaml', ...NOW, '-f', 'markdown', '--locale', 'en'],
      { cwd },
    );
    expect(stdout).toContain(
      '## Milestones whose due date moved\n\n| id | before | after | moved |\n| --- | --- | --- | --- |\n| launch | 2026-11-30 | 2026-12-15 | +15 |\n',
    );
  });

  it('exits 0 with nothing to say for the same file', async () => {
    const { code, stdout } = await cli([
      'diff',
      'examples/new-product-launch.yaml',
      'examples/new-product-launch.yaml',
      ...NOW,
      '--locale',
      'en',
    ]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: 'the two versions do not differ\n' });
  });

  it('exits 2 on bad input: a missing file, an invalid file, stdin twice', async () => {
    const cwd = files({ 'bad.yaml': 'id: [\n', 'ok.yaml': exampleText });
    expect((await cli(['diff', 'nope.yaml', 'ok.yaml', ...NOW], { cwd })).code).toBe(2);
    expect((await cli(['diff', 'ok.yaml', 'bad.yaml', ...NOW], { cwd })).code).toBe(2);
    const twice = await cli(['diff', '-', '-', ...NOW, '--locale', 'en'], { cwd, stdin: exampleText });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('stdin can be read once');
  });
});
