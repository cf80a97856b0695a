import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packArb } from './arbitraries.js';
import { assertSameOutcome } from './differential.js';

/** `CROSSDEPT_PROP_SCALE=50 npx vitest run tests/engine/compile.prop.test.ts` runs 50 times as many cases. */
const SCALE = Math.max(1, Number(process.env.CROSSDEPT_PROP_SCALE ?? 1));

describe('compiled rules against json-rules-engine (differential)', () => {
  it('gives the same result trees and event order, with allowUndefinedFacts and missing facts', async () => {
    await fc.assert(
      fc.asyncProperty(packArb({ safe: true, complete: false }), async ({ conditions, rules, facts }) => {
        const outcome = await assertSameOutcome(rules, facts, { conditions, allowUndefinedFacts: true });
        expect(outcome.ok).toBe(true);
      }),
      { numRuns: 1000 * SCALE },
    );
  });

  it('gives the same outcome with every fact present, TypeError-like failures included', async () => {
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(packArb({ safe: false, complete: true }), async ({ conditions, rules, facts }) => {
        if (!(await assertSameOutcome(rules, facts, { conditions })).ok) failures++;
      }),
      { numRuns: 400 * SCALE },
    );
    expect(failures).toBeGreaterThan(40 * SCALE);
  });

  it('fails exactly when json-rules-engine rejects for an undefined fact, naming the fact it names', async () => {
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(packArb({ safe: false, complete: false }), async ({ conditions, rules, facts }) => {
        const outcome = await assertSameOutcome(rules, facts, { conditions });
        if (!outcome.ok && outcome.code === 'undefined_fact') failures++;
      }),
      { numRuns: 400 * SCALE },
    );
    // The generator must actually exercise the failure path.
    expect(failures).toBeGreaterThan(50 * SCALE);
  });

  it('orders many rules of one priority as json-rules-engine settles them', async () => {
    await fc.assert(
      fc.asyncProperty(
        packArb(
          { safe: true, complete: true, missing: true },
          { minLength: 6, maxLength: 10, priorities: false },
        ),
        async ({ conditions, rules, facts }) => {
          const outcome = await assertSameOutcome(rules, facts, {
            conditions,
            allowUndefinedConditions: true,
          });
          expect(outcome.ok).toBe(true);
        },
      ),
      { numRuns: 800 * SCALE },
    );
  });

  it('picks the failure json-rules-engine rejects with first, among many rules of one priority', async () => {
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(
        packArb({ safe: false, complete: false }, { minLength: 4, maxLength: 8, priorities: false }),
        async ({ conditions, rules, facts }) => {
          if (!(await assertSameOutcome(rules, facts, { conditions })).ok) failures++;
        },
      ),
      { numRuns: 500 * SCALE },
    );
    expect(failures).toBeGreaterThan(250 * SCALE);
  });

  it('gives the same results with references to missing conditions under allowUndefinedConditions', async () => {
    await fc.assert(
      fc.asyncProperty(
        packArb({ safe: true, complete: false, missing: true }),
        async ({ conditions, rules, facts }) => {
          const outcome = await assertSameOutcome(rules, facts, {
            conditions,
            allowUndefinedFacts: true,
            allowUndefinedConditions: true,
          });
          expect(outcome.ok).toBe(true);
        },
      ),
      { numRuns: 300 * SCALE },
    );
  });
});
