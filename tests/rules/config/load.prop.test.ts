import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRulesConfig } from '../../../src/rules/config/load.js';
import { defaultRules } from '../../../src/rules/default-rules.js';
import { facts } from '../../../src/rules/facts/catalog.js';

const noThrow = (input: unknown) => {
  const r = loadRulesConfig(input, { locale: 'en' });
  expect(typeof r.success).toBe('boolean');
  if (!r.success) {
    expect(r.issues.length).toBeGreaterThan(0);
    for (const i of r.issues) expect(typeof i.message).toBe('string');
  }
};

// Config-shaped values: right keys, arbitrary contents, so the checks below the top level are reached.
const leafArb = fc.record({
  fact: fc.oneof(fc.constantFrom(...facts.map((f) => f.name)), fc.string()),
  operator: fc.oneof(fc.constantFrom('equal', 'in', 'greaterThan', 'contains'), fc.string()),
  value: fc.jsonValue(),
});
const { node: conditionArb } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
    fc.jsonValue(),
  ),
}));
const configArb = fc.record(
  {
    rules: fc.dictionary(
      fc.oneof(fc.constantFrom(...defaultRules.map((r) => r.id)), fc.string()),
      fc.oneof(
        fc.constantFrom('off', 'on'),
        fc.record({ params: fc.dictionary(fc.string(), fc.jsonValue()) }),
        fc.jsonValue(),
      ),
    ),
    custom: fc.array(
      fc.record({
        id: fc.oneof(fc.constant('acme.x'), fc.string()),
        scope: fc.constantFrom('collaboration', 'milestone', 'conflict', 'nope'),
        severity: fc.constantFrom('error', 'warning', 'x'),
        message: fc.record({ en: fc.string() }),
        conditions: conditionArb,
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

describe('loadRulesConfig never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), noThrow), { numRuns: 300 });
  });

  it('on anything at all (prototypes, getters aside)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true }),
        noThrow,
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('on config-shaped values with arbitrary contents', () => {
    fc.assert(fc.property(configArb, noThrow), { numRuns: 300 });
  });

  it('on arbitrary text, as YAML and as JSON', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        noThrow(text);
        expect(typeof loadRulesConfig(text, { format: 'json' }).success).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('on an object whose getter throws', () => {
    const evil = {
      get rules() {
        throw new Error('boom');
      },
    };
    const r = loadRulesConfig(evil);
    expect(r.success).toBe(false);
  });
});
