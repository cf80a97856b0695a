import { describe, expect, it } from 'vitest';
import { RegisterError, raciMatrix } from '../../src/index.js';
import { exampleInput as rawInput } from '../fixtures/example.js';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into the example freely to change one field.
const exampleInput = (): any => rawInput();

describe('raciMatrix', () => {
  it('puts each row’s department as R and reports no accountable person when RACI is not used', () => {
    const m = raciMatrix(exampleInput(), { locale: 'en' });
    expect(m.departments).toEqual(['rd', 'mkt', 'sales', 'cs', 'gm']);
    expect(m.usesRaci).toBe(false);
    expect(m.rows.map((r) => r.cells.map((c) => c.code).join('|'))).toEqual([
      'R||||',
      '|R|||',
      '||R||',
      '|||R|',
    ]);
    expect(m.problems.map((p) => p.code)).toEqual(Array(4).fill('no_accountable'));
    expect(m.problems[0]?.message).toBe(
      'Row 1 of the responsibility table (“完成产品功能开发”) has no accountable person (A)',
    );
  });

  it('combines R, A, C and I per department, people counting for their department', () => {
    const c = exampleInput();
    Object.assign(c.responsibilities[0], {
      accountable: 'wang',
      consulted: ['mkt', 'zhao'],
      informed: ['gm', 'sales'],
    });
    Object.assign(c.responsibilities[1], { accountable: 'zhou' });
    Object.assign(c.responsibilities[2], { accountable: 'wu' });
    Object.assign(c.responsibilities[3], { accountable: 'sun' });
    const m = raciMatrix(c, { locale: 'zh-CN' });
    expect(m.usesRaci).toBe(true);
    expect(m.rows[0]?.cells.map((x) => x.code)).toEqual(['RA', 'C', 'CI', '', 'I']);
    expect(m.rows[0]?.cells[2]?.people).toEqual(['zhao']);
    expect(m.rows[1]?.cells.map((x) => x.code)).toEqual(['', 'R', '', '', 'A']);
    expect(m.problems).toEqual([
      {
        code: 'accountable_without_authority',
        index: 2,
        pointer: '/responsibilities/2/accountable',
        people: ['wu'],
        message: '职责表第 3 行「完成渠道铺货与销售培训」的批准人（A）吴涛没有决策权',
      },
    ]);
  });

  it('finds a duty with several accountable people', () => {
    const c = exampleInput();
    c.responsibilities.forEach((r: Record<string, unknown>) => {
      r.accountable = 'zhou';
    });
    c.responsibilities.push({ department: 'mkt', owner: 'li', duty: '完成产品功能开发', accountable: 'li' });
    const m = raciMatrix(c, { locale: 'en' });
    expect(m.problems.map((p) => [p.code, p.index, p.people])).toEqual([
      ['several_accountable', 0, ['zhou', 'li']],
      ['several_accountable', 4, ['zhou', 'li']],
    ]);
  });

  it('rejects bad options and collaborations with a RegisterError', () => {
    expect(() => raciMatrix(exampleInput(), { locale: 'de' as never })).toThrow(RegisterError);
    expect(() => raciMatrix(exampleInput(), 'en' as never)).toThrow(
      expect.objectContaining({ code: 'invalid_options' }),
    );
    expect(() => raciMatrix({} as never)).toThrow(expect.objectContaining({ code: 'invalid_collaboration' }));
  });
});
