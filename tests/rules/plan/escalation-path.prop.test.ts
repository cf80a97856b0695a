import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf } from '../helpers.js';

describe('plan.escalation-path (property)', () => {
  it('fires exactly when the path has fewer levels than minLevels', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 8 }),
        async (levels, minLevels) => {
          const report = await evaluateChanged(
            (c) => {
              c.escalationPath = Array.from({ length: levels }, (_, i) => ({
                level: i + 1,
                title: `第${i + 1}级`,
              }));
            },
            { config: { rules: { 'plan.escalation-path': { params: { minLevels } } } } },
          );
          expect(findingsOf(report, 'plan.escalation-path').length === 1).toBe(levels < minLevels);
        },
      ),
      { numRuns: 50 },
    );
  });
});
