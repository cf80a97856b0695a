// `crossdept rules export --format json` over generated configs: exactly the rules in effect as effectiveRules
// gives them, and a config that loads back to the same rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveRules, loadRulesConfig } from '../../src/index.js';
import { writtenConfigArb } from '../rules/config-arbitrary.js';
import { files } from './fixtures.js';
import { cli } from './harness.js';

describe('crossdept rules export (property)', () => {
  it('prints what effectiveRules gives, and it loads back to the same rules', async () => {
    await fc.assert(
      fc.asyncProperty(writtenConfigArb, async (written) => {
        const cwd = files({ 'pmo.json': JSON.stringify(written) });
        const { code, stdout } = await cli(['rules', 'export', '-c', 'pmo.json', '-f', 'json'], { cwd });
        expect(code).toBe(0);
        const rules = effectiveRules(written);
        const printed = JSON.parse(stdout) as { rules: Record<string, unknown>; custom: unknown[] };
        expect(Object.keys(printed.rules)).toEqual(rules.filter((r) => !r.custom).map((r) => r.id));
        for (const r of rules) {
          if (r.custom) continue;
          const params = Object.fromEntries(r.params.map((p) => [p.name, p.value]));
          expect(printed.rules[r.id]).toEqual({
            enabled: r.enabled,
            severity: r.severity,
            ...(r.params.length === 0 ? {} : { params }),
          });
        }
        expect(printed.custom).toEqual(rules.flatMap((r) => (r.custom ? [r.definition] : [])));
        expect(effectiveRules(loadRulesConfig(stdout, { format: 'json' }))).toEqual(rules);
      }),
      { numRuns: 25 },
    );
  });
});
