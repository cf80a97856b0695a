import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/rules/default-rules.js';
import { evaluateWith } from '../../src/rules/evaluate.js';
import { collaborationArb } from '../../src/testing/index.js';

describe('rule order', () => {
  it('shuffling the rule list does not change the report', async () => {
    await fc.assert(
      fc.asyncProperty(
        collaborationArb({ size: 'small' }),
        fc.shuffledSubarray([...defaultRules], { minLength: defaultRules.length }),
        fc.constantFrom('2026-01-15', '2026-06-30', '2027-01-10'),
        async (c, shuffled, now) => {
          const a = await evaluateWith(c, { now, locale: 'en' });
          const b = await evaluateWith(c, { now, locale: 'en' }, { rules: shuffled });
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('rule backends', () => {
  it('json-rules-engine and the compiled evaluator give the same report', async () => {
    await fc.assert(
      fc.asyncProperty(
        collaborationArb({ size: 'medium' }),
        fc.constantFrom('2026-01-15', '2026-06-30', '2027-01-10'),
        async (c, now) => {
          const a = await evaluateWith(c, { now }, { backend: 'json-rules-engine' });
          const b = await evaluateWith(c, { now }, { backend: 'compiled' });
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 60 },
    );
  });
});
