// Tables past TABLE_ROW_LIMIT rows are laid out as plain aligned columns: cli-table3's layout takes time
// quadratic in the rows (86 s for a check of 30,000 milestones), the plain layout linear time.
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { TABLE_ROW_LIMIT, table } from '../../src/cli/output.js';
import { loadCollaboration } from '../../src/model/parse.js';
import { evaluate } from '../../src/rules/index.js';
import { files, minimalText } from './fixtures.js';
import { cli } from './harness.js';

const plain = picocolors.createColors(false);

/** A collaboration with `n` open milestones, all overdue at 2026-11-26: each one is a finding. */
function overdue(n: number): string {
  const lines = Array.from(
    { length: n },
    (_, i) => `  - { id: m${i}, name: 里程碑 ${i}, due: 2026-10-${String(1 + (i % 28)).padStart(2, '0')} }`,
  );
  return `${minimalText}milestones:\n${lines.join('\n')}\n`;
}

describe('table', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`r${i}`, '测试'.repeat(i % 3), String(i)]);

  it(`draws a box up to ${TABLE_ROW_LIMIT} rows`, () => {
    const text = table(rows(TABLE_ROW_LIMIT), { head: ['id', 'name', 'n'], colors: plain, compact: true });
    expect(text.split('\n')[0]).toMatch(/^┌/);
    expect(text.split('\n')).toHaveLength(TABLE_ROW_LIMIT + 4);
  });

  it('lays out more rows as plain columns aligned by display width, every row on its own line', () => {
    const text = table(rows(TABLE_ROW_LIMIT + 1), {
      head: ['id', 'name', 'n'],
      colors: plain,
      align: ['left', 'left', 'right'],
    });
    const lines = text.split('\n');
    expect(lines).toHaveLength(TABLE_ROW_LIMIT + 3);
    expect(lines.slice(0, 5)).toEqual([
      'id    name        n',
      '────  ────────  ───',
      'r0                0',
      'r1    测试        1',
      'r2    测试测试    2',
    ]);
    expect(lines.at(-1)).toBe('r200  测试测试  200');
    expect(text).not.toMatch(/[┌┬┐│├┼┤└┴┘]/);
  });

  it('keeps a row on one line when a cell holds a line break or a tab', () => {
    const many = [...rows(TABLE_ROW_LIMIT), ['x', 'a\nb\tc', '1']];
    const lines = table(many, { head: ['id', 'name', 'n'], colors: plain }).split('\n');
    expect(lines).toHaveLength(TABLE_ROW_LIMIT + 3);
    expect(lines.at(-1)).toBe('x     a b c     1');
  });
});

describe('large outputs', () => {
  it(`check prints more than ${TABLE_ROW_LIMIT} findings as plain columns, each on its own line`, async () => {
    const text = overdue(TABLE_ROW_LIMIT + 50);
    const parsed = loadCollaboration(text);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const report = await evaluate(parsed.data, { now: '2026-11-26', locale: 'en' });
    expect(report.findings.length).toBeGreaterThan(TABLE_ROW_LIMIT);

    const { code, stdout } = await cli(['check', 'big.yaml', '--now', '2026-11-26'], {
      cwd: files({ 'big.yaml': text }),
    });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[┌┬┐│├┼┤└┴┘]/);
    const lines = stdout.split('\n');
    for (const f of report.findings) {
      const row = lines.filter((l) => l.endsWith(f.message) && l.includes(` ${f.ruleId} `));
      expect(row.length).toBeGreaterThan(0);
    }
    const findingRows = lines.filter((l) => report.findings.some((f) => l.endsWith(f.message)));
    expect(findingRows).toHaveLength(report.findings.length);
  });

  it(`summary prints more than ${TABLE_ROW_LIMIT} milestones as plain columns, one line each`, async () => {
    const n = TABLE_ROW_LIMIT + 50;
    const { code, stdout } = await cli(['summary', 'big.yaml', '--now', '2026-11-26'], {
      cwd: files({ 'big.yaml': overdue(n) }),
    });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[┌┬┐│├┼┤└┴┘]/);
    const rows = stdout.split('\n').filter((l) => /^m\d+ /.test(l));
    expect(rows).toHaveLength(n);
    expect(rows.find((l) => l.startsWith('m7 '))).toMatch(
      /^m7 +里程碑 7 +2026-10-08 +2026-11-26 +\+49 +\d+ +open$/,
    );
  });
});
