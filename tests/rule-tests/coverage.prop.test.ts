// Laws of rule coverage: a case that fires a rule marks it fired (and one that does not, silent); a named
// condition is marked by what it evaluated to; adding a case never lowers coverage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RuleTestCase, runRuleTests } from '../../src/index.js';
import { exampleInput } from '../fixtures/example.js';

const config = (k: number) => ({
  custom: [
    {
      id: 'acme.many-departments',
      scope: 'collaboration',
      severity: 'warning',
      message: { en: 'More than {value} departments' },
      conditions: {
        any: [{ name: 'many', all: [{ fact: 'departmentCount', operator: 'greaterThan', value: k }] }],
      },
    },
  ],
});

const extra = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    op: 'add' as const,
    path: '/departments/-',
    value: { id: `d${i}`, name: `部门${i}`, role: 'support' },
  }));

const caseWith = (n: number): RuleTestCase => ({
  name: `${5 + n} departments`,
  collaboration: exampleInput(),
  ...(n > 0 ? { patch: extra(n) } : {}),
  now: '2026-11-26',
});

describe('rule coverage (property)', () => {
  it('a case that fires a rule marks it fired, one that does not marks it silent; its named condition likewise', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 0, max: 3 }), async (k, n) => {
        const result = await runRuleTests([{ config: config(k), cases: [caseWith(n)] }]);
        expect(result.issues).toEqual([]);
        const fires = 5 + n > k;
        expect(result.coverage.rules.find((r) => r.rule === 'acme.many-departments')).toEqual({
          rule: 'acme.many-departments',
          custom: true,
          fired: fires,
          silent: !fires,
        });
        expect(result.coverage.conditions.find((c) => c.rule === 'acme.many-departments')).toEqual({
          rule: 'acme.many-departments',
          name: 'many',
          held: fires,
          failed: !fires,
        });
      }),
      { numRuns: 12 },
    );
  });

  it('adding a case never lowers coverage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 3 }),
        async (k, counts, added) => {
          const cases = counts.map(caseWith);
          const before = (await runRuleTests([{ config: config(k), cases }])).coverage;
          const after = (await runRuleTests([{ config: config(k), cases: [...cases, caseWith(added)] }]))
            .coverage;
          expect(after.covered).toBeGreaterThanOrEqual(before.covered);
          expect(after.percentage).toBeGreaterThanOrEqual(before.percentage);
          for (const r of before.rules) {
            const a = after.rules.find((x) => x.rule === r.rule);
            expect(a?.fired || !r.fired).toBe(true);
            expect(a?.silent || !r.silent).toBe(true);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 60_000);
});
