import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { localeArgument, localeFromEnv } from '../../src/cli/locale.js';
import { formatIssue, table, useColor } from '../../src/cli/output.js';

const tty = { write: () => true, isTTY: true };
const pipe = { write: () => true, isTTY: false };

describe('useColor', () => {
  it('colours terminals only, honours NO_COLOR and FORCE_COLOR', () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });
});

describe('formatIssue', () => {
  const base = {
    code: 'missing',
    path: ['name'],
    pointer: '/name',
    message: 'Required field "name" is missing',
  };
  it('puts file:line:column first when the place is known', () => {
    expect(formatIssue('a.yaml', { ...base, line: 3, column: 5 })).toBe(
      'a.yaml:3:5: /name Required field "name" is missing',
    );
  });
  it('falls back to file: /pointer', () => {
    expect(formatIssue('a.json', base)).toBe('a.json: /name Required field "name" is missing');
    expect(formatIssue('a.json', { ...base, pointer: '', path: [] })).toBe(
      'a.json: Required field "name" is missing',
    );
  });
});

describe('table', () => {
  const plain = picocolors.createColors(false);
  it('draws a box with the headings', () => {
    const text = table([['a', 'b']], { head: ['x', 'y'], colors: plain });
    expect(text.split('\n')).toEqual(['┌───┬───┐', '│ x │ y │', '├───┼───┤', '│ a │ b │', '└───┴───┘']);
  });
  it('wraps the last column to the terminal width, CJK included', () => {
    const message =
      '核心小组有 9 名成员，超过上限 8 名；建议精简到 5 至 8 名，并为各部门指定日常对接人。'.repeat(2);
    const text = table([['warning', 'team.core-size', message]], {
      head: ['s', 'r', 'm'],
      colors: plain,
      width: 60,
    });
    for (const row of text.split('\n')) expect(row.length).toBeLessThanOrEqual(60);
    expect(text.split('\n').length).toBeGreaterThan(5);
  });
});

describe('locale detection', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-CN'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN' }, 'zh-CN'],
    [{ LANG: 'zh_CN', LC_ALL: 'C.UTF-8' }, 'en'],
  ] as const)('%j → %s', (env, locale) => {
    expect(localeFromEnv(env)).toBe(locale);
  });

  it('reads --locale before parsing, in both spellings, the last one winning, not after --', () => {
    expect(localeArgument(['check', '--locale', 'en', 'a.yaml'])).toBe('en');
    expect(localeArgument(['check', '--locale=zh-CN'])).toBe('zh-CN');
    expect(localeArgument(['--locale', 'en', '--locale', 'zh-CN'])).toBe('zh-CN');
    expect(localeArgument(['--', '--locale', 'en'])).toBeUndefined();
    expect(localeArgument(['--locale'])).toBeUndefined();
  });
});
