// Laws of the plain table layout: one line per row after the headings and their rule, every cell where it was
// given, and every column starting at the same terminal column on every line, CJK and emoji included.
import fc from 'fast-check';
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/display-width.js';
import { plainTable } from '../../src/cli/plain-table.js';

/** Non-empty cells without spaces, so a line splits back into its cells at the runs of spaces. */
const cellArb = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', '中', '文', '😀', 'é', '-'),
  minLength: 1,
  maxLength: 8,
});

/** The terminal column at which each space-separated token of a line starts. */
function starts(line: string): number[] {
  const found: number[] = [];
  let column = 0;
  let previous = ' ';
  for (const c of line) {
    if (c !== ' ' && previous === ' ') found.push(column);
    column += displayWidth(c);
    previous = c;
  }
  return found;
}

describe('plainTable (property)', () => {
  it('keeps every cell and lines the columns up', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((n) =>
            fc.tuple(
              fc.array(cellArb, { minLength: n, maxLength: n }),
              fc.array(fc.array(cellArb, { minLength: n, maxLength: n }), { maxLength: 12 }),
            ),
          ),
        ([head, rows]) => {
          const lines = plainTable(rows, { head, colors: picocolors.createColors(false) }).split('\n');
          expect(lines).toHaveLength(rows.length + 2);
          expect(lines[0]!.split(/ +/)).toEqual(head);
          rows.forEach((r, i) => expect(lines[i + 2]!.split(/ +/)).toEqual(r));
          const columns = starts(lines[0]!);
          for (const l of lines) expect(starts(l)).toEqual(columns);
        },
      ),
      { numRuns: 200 },
    );
  });
});
