import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
        async (size, min, max) => {
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
});
