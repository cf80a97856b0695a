import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaReference } from '../../src/cli/commands/init.js';
import { starterCollaboration } from '../../src/cli/starter.js';
import { loadCollaboration } from '../../src/model/parse.js';
import { cli, expectNoStack, tempDir } from './harness.js';

// Without crossdept as a local dependency (a global install), the header names the schema next to the file.
const SCHEMA_LINE = '# yaml-language-server: $schema=./collaboration.schema.json';

describe('crossdept init', () => {
  it.each(['en', 'zh-CN'] as const)('prints a %s starter that parses, starting on today', async (locale) => {
    const dir = tempDir();
    const { code, stdout, stderr } = await cli(['init', '--locale', locale], {
      cwd: dir,
      today: '2027-01-04',
    });
    expect(code).toBe(0);
    expect(stderr).toContain('crossdept schema collaboration --write');
    expect(stdout.split('\n')[0]).toBe(SCHEMA_LINE);
    const parsed = loadCollaboration(stdout, { locale });
    expect(parsed.success ? parsed.data.period : parsed.issues).toEqual({
      start: '2027-01-04',
      end: '2027-04-03',
    });
    expect(stdout).toMatch(locale === 'en' ? /Step 1: the goal/ : /第一步：明确目标与范围/);
  });

  it.each(['en', 'zh-CN'] as const)(
    'names only commands that work in the %s starter’s comments (regression: “render kickoff-form”)',
    async (locale) => {
      const dir = tempDir();
      const text = starterCollaboration({ locale, schema: 'x.json', start: '2027-01-04' });
      const rendered = [...text.matchAll(/crossdept render (\S+)/g)].map((m) => m[1]);
      expect(rendered).toEqual(['kickoff']);
      writeFileSync(join(dir, 'plan.yaml'), text);
      for (const template of rendered) {
        const { code, stderr } = await cli(['render', template!, 'plan.yaml', '--locale', locale], {
          cwd: dir,
        });
        expect(stderr).toBe('');
        expect(code).toBe(0);
      }
    },
  );

  it('takes the locale from LANG', async () => {
    const { stdout } = await cli(['init'], { env: { LANG: 'zh_CN.UTF-8' }, cwd: tempDir() });
    expect(stdout).toContain('跨部门协作文件');
  });

  it('writes a file, and says so on stderr', async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await cli(['init', 'plan.yaml'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('Wrote plan.yaml\nWrote collaboration.schema.json\n');
    const text = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(text.startsWith(`${SCHEMA_LINE}\n`)).toBe(true);
    // The header resolves: the schema it names is next to the file.
    expect(
      JSON.parse(readFileSync(join(dir, 'collaboration.schema.json'), 'utf8')).properties.scenario,
    ).toBeDefined();
    expect(loadCollaboration(text).success).toBe(true);
  });

  it('points the schema line at the local dependency from a subfolder, creating the folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'node_modules/crossdept/schemas'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/crossdept/schemas/collaboration.schema.json'), '{}');
    const { code, stderr } = await cli(['init', 'plans/q1/launch.yml'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe('Wrote plans/q1/launch.yml\n');
    expect(readFileSync(join(dir, 'plans/q1/launch.yml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../node_modules/crossdept/schemas/collaboration.schema.json',
    );
    expect(existsSync(join(dir, 'plans/q1/collaboration.schema.json'))).toBe(false);
  });

  it('without a local dependency (a global install), names and writes the schema next to the file (regression)', async () => {
    const dir = tempDir();
    const { code } = await cli(['init', 'plans/launch.yaml'], { cwd: dir });
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'plans/launch.yaml'), 'utf8').split('\n')[0]).toBe(SCHEMA_LINE);
    expect(existsSync(join(dir, 'plans/collaboration.schema.json'))).toBe(true);
    expect(schemaReference(join(dir, 'plans'))).toEqual({
      path: './collaboration.schema.json',
      local: false,
    });
    // `crossdept schema collaboration --write` writes the same file into the working folder.
    const other = tempDir();
    expect((await cli(['schema', 'collaboration', '--write'], { cwd: other })).code).toBe(0);
    expect(readFileSync(join(other, 'collaboration.schema.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'plans/collaboration.schema.json'), 'utf8'),
    );
  });

  it('finds an installed package in a parent folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'node_modules/crossdept/schemas'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/crossdept/schemas/collaboration.schema.json'), '{}');
    mkdirSync(join(dir, 'app/plans'), { recursive: true });
    expect(schemaReference(join(dir, 'app/plans'))).toEqual({
      path: '../../node_modules/crossdept/schemas/collaboration.schema.json',
      local: true,
    });
  });

  it('refuses to overwrite a file (exit 2) unless --force is given', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), 'keep me\n');
    const refused = await cli(['init', 'plan.yaml'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('error: plan.yaml already exists; add --force to overwrite it\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('keep me\n');
    const forced = await cli(['init', 'plan.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('yaml-language-server');
  });

  it('refuses a .json name: JSON cannot keep the comments (exit 2)', async () => {
    const dir = tempDir();
    const { code, stderr } = await cli(['init', 'plan.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('error: plan.json: init writes YAML (.yaml or .yml), which keeps its comments\n');
    expect(existsSync(join(dir, 'plan.json'))).toBe(false);
  });

  it('reports an unwritable path with exit 2 and no stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const { code, stderr } = await cli(['init', 'file/plan.yaml'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: cannot write file\/plan\.yaml \((EEXIST|ENOTDIR)[^)]*\)\n$/);
    expectNoStack(stderr);
  });

  it('reports a folder in the way in Chinese', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plan.yaml'));
    const { code, stderr } = await cli(['init', 'plan.yaml', '--force', '--locale', 'zh-CN'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('错误：无法写入 plan.yaml（EISDIR: illegal operation on a directory）\n');
  });

  it('keeps the period valid for any start, month ends included', () => {
    for (const start of ['2026-11-30', '2027-01-31', '2028-02-29', '2026-12-31']) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const text = starterCollaboration({ locale, schema: 'x.json', start });
        expect(loadCollaboration(text).success, `${locale} ${start}`).toBe(true);
      }
    }
  });
});

describe('the starter', () => {
  it.each(['en', 'zh-CN'] as const)('has no findings on the day it starts (%s)', async (locale) => {
    const { evaluate } = await import('../../src/rules/index.js');
    const parsed = loadCollaboration(starterCollaboration({ locale, schema: 'x.json', start: '2026-11-26' }));
    if (!parsed.success) throw new Error('starter invalid');
    expect((await evaluate(parsed.data, { now: '2026-11-26', locale })).findings).toEqual([]);
  });
});

describe('crossdept init --tests', () => {
  it.each(['en', 'zh-CN'] as const)(
    'writes a starter config, collaboration and suite that `crossdept test` finds and passes (%s)',
    async (locale) => {
      const dir = tempDir();
      const init = await cli(['init', '--tests', '--locale', locale], { cwd: dir, today: '2027-01-04' });
      expect(init.code).toBe(0);
      for (const file of ['pmo.yaml', 'collaboration.yaml', 'rules-tests/starter.test.yaml'])
        expect(existsSync(join(dir, file)), file).toBe(true);
      // The headers resolve without a local install: the schemas are next to the files.
      expect(existsSync(join(dir, 'rules-config.schema.json'))).toBe(true);
      expect(existsSync(join(dir, 'collaboration.schema.json'))).toBe(true);
      const run = await cli(['test', '--coverage', '--locale', locale], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/acme\.max-departments\s+│ ✔\s+│ ✔/);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
        locale === 'en' ? '2 passed, 0 failed' : '2 个通过，0 个失败',
      );
    },
  );

  it('refuses to overwrite without --force, writing nothing (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'pmo.yaml'), 'keep me\n');
    const refused = await cli(['init', '--tests'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('error: pmo.yaml already exists; add --force to overwrite it\n');
    expect(readFileSync(join(dir, 'pmo.yaml'), 'utf8')).toBe('keep me\n');
    expect(existsSync(join(dir, 'collaboration.yaml'))).toBe(false);
    const forced = await cli(['init', '--tests', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'pmo.yaml'), 'utf8')).toContain('acme.max-departments');
  });
});
