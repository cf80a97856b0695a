// Terminal columns, as the plain table layout pads with them: CJK and emoji two, marks and colour none.
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/display-width.js';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['launch', 6],
    ['产品上市', 8],
    ['（风险版）', 10],
    ['Ａ１', 4],
    ['한국', 4],
    ['😀', 2],
    ['e\u0301', 1],
    ['a\u200bb\u200dc', 3],
    ['\x1b', 0],
    ['x\u0085', 1],
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('does not count colour sequences', () => {
    const c = picocolors.createColors(true);
    expect(displayWidth(c.red(c.bold('错误')))).toBe(4);
  });
});
