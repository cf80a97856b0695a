import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRulesConfig } from '../../../src/index.js';
import { evaluateChanged, findingsOf } from '../helpers.js';

const EXTRA = Array.from({ length: 8 }, (_, i) => ({
  id: `extra${i}`,
  name: `成员${i}`,
  department: 'rd',
  decisionAuthority: true,
}));

describe('team.core-size (property)', () => {
  it('fires exactly when the core size is outside the configured [min, max]', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 15 }),
        async (size, a, b) => {
          // A config writes a range in order; one the wrong way round is rejected (see the test below).
          const [min, max] = a <= b ? [a, b] : [b, a];
          const report = await evaluateChanged(
            (c) => {
              c.people.push(...EXTRA);
              const pool = ['wang', 'li', 'zhao', 'sun', 'zhou', ...EXTRA.map((p) => p.id), 'qian', 'wu'];
              c.team.core = pool.slice(0, size);
            },
            { config: { rules: { 'team.core-size': { params: { min, max } } } } },
          );
          const fired = findingsOf(report, 'team.core-size').length === 1;
          expect(fired).toBe(size < min || size > max);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects a range written the wrong way round at load time, whatever the numbers (regression: min 9, max 3)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (min, max) => {
        const result = loadRulesConfig({ rules: { 'team.core-size': { params: { min, max } } } });
        expect(result.success).toBe(min <= max);
        if (!result.success) expect(result.issues.map((i) => i.code)).toEqual(['param_range']);
      }),
      { numRuns: 100 },
    );
  });
});
