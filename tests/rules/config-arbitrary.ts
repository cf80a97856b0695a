import fc from 'fast-check';
import { defaultRules } from '../../src/rules/default-rules.js';
import { orderedParams } from '../../src/rules/param-order.js';
import type { ParamDefinition } from '../../src/rules/types.js';

/** A value a param accepts: a whole number within its bounds. */
function paramValueArb(p: ParamDefinition): fc.Arbitrary<number> {
  return fc.integer({ min: Math.ceil(p.min ?? -1000), max: Math.floor(p.max ?? 1000) });
}

/** A setting of one built-in rule as a PMO writes it: `off`, `on`, or some of enabled, severity and params. */
function settingArb(params: Readonly<Record<string, ParamDefinition>>): fc.Arbitrary<unknown> {
  // A valid config leaves the ends of a range in order (min ≤ max): swap a pair that would take effect reversed.
  const paramsArb = fc
    .record(Object.fromEntries(Object.entries(params).map(([name, p]) => [name, paramValueArb(p)])), {
      requiredKeys: [],
    })
    .map((written) => {
      const out: Record<string, number | undefined> = { ...written };
      for (const [low, high] of orderedParams(params)) {
        // In effect: the written value, else the default.
        const a = out[low] ?? params[low]!.default;
        const b = out[high] ?? params[high]!.default;
        if (a > b) [out[low], out[high]] = [b, a];
      }
      return out;
    });
  return fc.oneof(
    fc.constantFrom('off', 'on'),
    fc.record(
      {
        enabled: fc.boolean(),
        severity: fc.constantFrom('error', 'warning', 'info'),
        params: paramsArb,
      },
      { requiredKeys: [] },
    ),
  );
}

/** A valid PMO config as written: settings for some built-in rules, and up to two custom rules. */
export const writtenConfigArb: fc.Arbitrary<Record<string, unknown>> = fc.record({
  rules: fc.record(Object.fromEntries(defaultRules.map((r) => [r.id, settingArb(r.params)])), {
    requiredKeys: [],
  }),
  custom: fc.uniqueArray(
    fc.record(
      {
        id: fc.constantFrom('acme.a', 'acme.b', 'acme.c'),
        scope: fc.constant('collaboration'),
        severity: fc.constantFrom('error', 'warning', 'info'),
        phase: fc.constantFrom('any', 'planning', 'executing'),
        lastPhase: fc.constantFrom('executing', 'closed'),
        enabled: fc.boolean(),
        message: fc.constantFrom(
          { 'zh-CN': '部门超过 {value} 个' },
          { en: 'More than {value} departments' },
          { 'zh-CN': '部门超过 {value} 个', en: 'More than {value} departments' },
        ),
        conditions: fc
          .nat(8)
          .map((n) => ({ all: [{ fact: 'departmentCount', operator: 'greaterThan', value: n }] })),
      },
      { requiredKeys: ['id', 'scope', 'severity', 'message', 'conditions'] },
    ),
    { maxLength: 2, selector: (r) => r.id },
  ),
});
