import { describe, expect, it } from 'vitest';
import { defineCatalogue, suggestionSuffix } from '../../src/issues/catalogue.js';
import { makeIssue } from '../../src/issues/make-issue.js';

const message = defineCatalogue<'unknown_key', { key?: string; suggestion?: string }>({
  'zh-CN': { unknown_key: (p) => `未知字段 "${p.key}"` },
  en: { unknown_key: (p) => `Unknown field "${p.key}"` },
});

describe('defineCatalogue', () => {
  it('formats a code in the locale asked for, and in Chinese for any other', () => {
    expect(message('en', 'unknown_key', { key: 'lead' })).toBe('Unknown field "lead"');
    expect(message('zh-CN', 'unknown_key', { key: 'lead' })).toBe('未知字段 "lead"');
    expect(message('fr' as never, 'unknown_key', { key: 'lead' })).toBe('未知字段 "lead"');
  });

  it('appends the one did-you-mean suffix when the params carry a suggestion', () => {
    expect(message('en', 'unknown_key', { key: 'lead', suggestion: 'leader' })).toBe(
      `Unknown field "lead"${suggestionSuffix('en', 'leader')}`,
    );
    expect(message('zh-CN', 'unknown_key', { key: 'lead', suggestion: 'leader' })).toBe(
      '未知字段 "lead"；是否想写 "leader"？',
    );
  });

  it('reads a code it does not know as the code itself instead of throwing (untyped callers)', () => {
    for (const code of ['nope', 'constructor', '__proto__', 'toString']) {
      expect(message('en', code as never, { key: 'lead' })).toBe(code);
    }
    expect(message('en', 'unknown_key', null as never)).toBe('Unknown field "undefined"');
  });
});

describe('makeIssue', () => {
  it('derives the pointer from the path and keeps a suggestion only when there is one', () => {
    expect(makeIssue('unknown_key', ['team', 'a/b'], 'm')).toEqual({
      code: 'unknown_key',
      path: ['team', 'a/b'],
      pointer: '/team/a~1b',
      message: 'm',
    });
    expect(makeIssue('unknown_key', [], 'm', 'x').suggestion).toBe('x');
  });
});
