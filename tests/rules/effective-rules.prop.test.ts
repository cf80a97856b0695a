// Laws of the effective rules over generated configs: compilation runs exactly the enabled effective rules, with
// their severity and params, and every form of the same config gives the same effective rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRulesConfig } from '../../src/rules/config/load.js';
import { effectiveRules } from '../../src/rules/effective-rules.js';
import { compileRuleSet } from '../../src/rules/rule-set.js';
import { writtenConfigArb } from './config-arbitrary.js';

describe('effectiveRules (property)', () => {
  it('names exactly the rules compilation runs, with the same severity, phases and params', () => {
    fc.assert(
      fc.property(writtenConfigArb, (written) => {
        const loaded = loadRulesConfig(written);
        if (!loaded.success) throw new Error(JSON.stringify(loaded.issues));
        const effective = effectiveRules(loaded.data);
        const set = compileRuleSet(loaded.data);
        const enabled = effective.filter((r) => r.enabled);
        expect(set.rules.map((r) => r.id)).toEqual(enabled.map((r) => r.id));
        set.rules.forEach((compiled, i) => {
          const rule = enabled[i]!;
          expect([compiled.severity, compiled.phase, compiled.lastPhase, compiled.custom]).toEqual([
            rule.severity,
            rule.phase,
            rule.lastPhase,
            rule.custom,
          ]);
          expect(compiled.params).toEqual(Object.fromEntries(rule.params.map((p) => [p.name, p.value])));
          expect(compiled.message).toEqual(rule.message);
        });
        for (const rule of effective) {
          if (rule.custom) continue;
          expect(set.params.get(rule.id)).toEqual(
            Object.fromEntries(rule.params.map((p) => [p.name, p.value])),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is the same for a config as written, validated, and as loadRulesConfig returns it', () => {
    fc.assert(
      fc.property(writtenConfigArb, (written) => {
        const loaded = loadRulesConfig(written);
        if (!loaded.success) throw new Error(JSON.stringify(loaded.issues));
        const fromWritten = effectiveRules(written);
        expect(effectiveRules(loaded)).toEqual(fromWritten);
        expect(effectiveRules(loaded.data)).toEqual(fromWritten);
      }),
      { numRuns: 40 },
    );
  });
});
