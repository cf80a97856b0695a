// The command line's traps of the config language (issue 17): `rules show` states the phase range, and every
// help text names templates that exist.
import { describe, expect, it } from 'vitest';
import { TEMPLATE_NAMES } from '../../src/index.js';
import { cli } from './harness.js';

const COMMANDS = [
  [],
  ['check'],
  ['summary'],
  ['render'],
  ['init'],
  ['schema'],
  ['rules'],
  ['rules', 'list'],
  ['rules', 'show'],
  ['rules', 'export'],
  ['config'],
  ['config', 'check'],
];

describe('rules show and list: the phases a rule runs in, as a range (trap 8)', () => {
  it.each([
    ['exec.sync-overdue', 'en', 'executing only'],
    ['team.core-size', 'en', 'forming → closed'],
    ['exec.sync-overdue', 'zh-CN', '仅 executing'],
    ['conflict.escalate', 'en', 'any'],
  ])('%s (%s): %s', async (id, locale, text) => {
    const { code, stdout } = await cli(['rules', 'show', id, '--locale', locale]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`(phase|阶段)[:：]\\s*${text}\\n`));
  });
});

describe('help texts name real templates (trap 10)', () => {
  it.each(['en', 'zh-CN'])(
    'in %s, every "<name> template" is a template, and render names them all',
    async (locale) => {
      const names = new Set<string>(TEMPLATE_NAMES);
      for (const command of COMMANDS) {
        const { stdout } = await cli([...command, '--help', '--locale', locale]);
        const en = [...stdout.matchAll(/\b([a-z][a-z-]*) template\b/g)].map((m) => m[1]!);
        const zh = [...stdout.matchAll(/([a-z][a-z-]*) 模板/g)].map((m) => m[1]!);
        for (const name of [...en, ...zh].filter((n) => n !== 'a' && n !== 'the'))
          expect(names.has(name), `${command.join(' ')}: ${name}`).toBe(true);
        expect(stdout).not.toMatch(/incident-plan|meeting-minutes/);
      }
      const render = (await cli(['render', '--help', '--locale', locale])).stdout;
      for (const name of TEMPLATE_NAMES) expect(render).toContain(name);
    },
  );
});

describe('rules export keeps a reworded built-in message (trap 5)', () => {
  it('exports the message a configuration sets, and the export loads back to the same rules', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { effectiveRules, loadRulesConfig } = await import('../../src/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'crossdept-'));
    const written = "rules:\n  team.core-size: { message: { en: 'Keep {name} within {min}–{max}' } }\n";
    writeFileSync(join(dir, 'pmo.yaml'), written);
    const { code, stdout } = await cli(['rules', 'export', '--config', 'pmo.yaml', '--locale', 'en'], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('message: { en: "Keep {name} within {min}–{max}" }');
    const reloaded = loadRulesConfig(stdout);
    const original = loadRulesConfig(written);
    expect(reloaded.success && original.success).toBe(true);
    if (reloaded.success && original.success)
      expect(effectiveRules(reloaded.data)).toEqual(effectiveRules(original.data));
  });
});
