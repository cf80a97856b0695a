// `crossdept rules export` prints the rules in effect as a configuration: byte for byte what it printed before the
// effective rules moved into the library (the golden files, made with a configuration that sets every kind of
// setting and two custom rules), and exactly what the library's effectiveRules gives.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type EffectiveRule, effectiveRules, loadRulesConfig } from '../../src/index.js';
import { cli } from './harness.js';

const GOLDEN = fileURLToPath(new URL('./golden/rules/', import.meta.url));
const golden = (name: string): string => readFileSync(`${GOLDEN}${name}`, 'utf8');
const PMO = `${GOLDEN}pmo.yaml`;

/** The configuration document the effective rules make, written from effectiveRules' result alone. */
function documentOf(rules: readonly EffectiveRule[]): unknown {
  return {
    $schema: './rules-config.schema.json',
    rules: Object.fromEntries(
      rules
        .filter((r) => !r.custom)
        .map((r) => [
          r.id,
          r.params.length === 0
            ? { enabled: r.enabled, severity: r.severity }
            : {
                enabled: r.enabled,
                severity: r.severity,
                params: Object.fromEntries(r.params.map((p) => [p.name, p.value])),
              },
        ]),
    ),
    custom: rules.flatMap((r) => (r.custom ? [r.definition] : [])),
  };
}

describe('crossdept rules export', () => {
  it.each([
    ['export-default.en.yaml', ['--locale', 'en']],
    ['export-default.zh-CN.yaml', ['--locale', 'zh-CN']],
    ['export-default.json', ['-f', 'json']],
    ['export.en.yaml', ['--config', PMO, '--locale', 'en']],
    ['export.zh-CN.yaml', ['--config', PMO, '--locale', 'zh-CN']],
    ['export.json', ['--config', PMO, '-f', 'json']],
  ])('prints %s as before', async (file, args) => {
    const { code, stdout } = await cli(['rules', 'export', ...args]);
    expect(code).toBe(0);
    expect(stdout).toBe(golden(file));
  });

  it('prints what effectiveRules gives, for the defaults and for a configuration', async () => {
    const defaults = await cli(['rules', 'export', '-f', 'json']);
    expect(JSON.parse(defaults.stdout)).toEqual(documentOf(effectiveRules()));
    const configured = await cli(['rules', 'export', '--config', PMO, '-f', 'json']);
    const rules = effectiveRules(loadRulesConfig(golden('pmo.yaml')));
    expect(JSON.parse(configured.stdout)).toEqual(documentOf(rules));
    // The configuration sets every kind of setting: each shows in the effective rules.
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('team.core-size')).toMatchObject({ severity: 'error', enabled: true });
    expect(byId.get('team.core-size')?.params.map((p) => [p.name, p.value])).toEqual([
      ['min', 5],
      ['max', 10],
    ]);
    expect(byId.get('retro.recognition')?.enabled).toBe(false);
    expect(byId.get('plan.cadence')).toMatchObject({ enabled: false, severity: 'info' });
    expect(byId.get('acme.milestone-named')).toMatchObject({
      custom: true,
      enabled: false,
      phase: 'planning',
      lastPhase: 'executing',
      message: { 'zh-CN': '里程碑 {name} 缺少名称', en: '里程碑 {name} 缺少名称' },
    });
  });
});
