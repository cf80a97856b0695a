import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RACI_ROLES, raciMatrix } from '../../src/index.js';
import { collaborationArb } from '../../src/testing/index.js';

describe('raciMatrix laws', () => {
  it('has one row per responsibility and one column per department, cells in R, A, C, I order', () => {
    fc.assert(
      fc.property(collaborationArb({ size: 'medium' }), (c) => {
        const m = raciMatrix(c);
        expect(m.rows).toHaveLength(c.responsibilities?.length ?? 0);
        expect(m.departments).toEqual((c.departments ?? []).map((d) => d.id));
        for (const row of m.rows) {
          expect(row.cells.map((x) => x.department)).toEqual(m.departments);
          for (const cell of row.cells) {
            expect(cell.code).toBe(RACI_ROLES.filter((r) => cell.roles.includes(r)).join(''));
          }
          // The row's own department is always responsible.
          expect(row.cells.find((x) => x.department === row.department)?.roles).toContain('R');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a row without an accountable person is always reported, and only it gets no_accountable', () => {
    fc.assert(
      fc.property(collaborationArb({ size: 'small' }), (c) => {
        const m = raciMatrix(c);
        const missing = (c.responsibilities ?? []).flatMap((r, i) =>
          r.accountable === undefined ? [i] : [],
        );
        expect(m.problems.filter((p) => p.code === 'no_accountable').map((p) => p.index)).toEqual(missing);
      }),
      { numRuns: 60 },
    );
  });
});
