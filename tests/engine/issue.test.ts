import { describe, expect, it } from 'vitest';
import { createEngineIssue, describeType } from '../../src/engine/issue.js';

describe('createEngineIssue', () => {
  it('builds a CrossdeptIssue with a pointer, a localized message and both messages', () => {
    const issue = createEngineIssue('operator_type', ['rules', 2, 'a/b'], {
      operator: 'in',
      expected: 'array or string',
      received: 'number',
    });
    expect(issue).toEqual({
      code: 'operator_type',
      path: ['rules', 2, 'a/b'],
      pointer: '/rules/2/a~1b',
      message: '运算符 "in" 需要列表或文本，实际为数字',
      messages: {
        'zh-CN': '运算符 "in" 需要列表或文本，实际为数字',
        en: 'Operator "in" needs a list or text, got a number',
      },
      operator: 'in',
      expected: 'array or string',
      received: 'number',
    });
  });
});

describe('describeType', () => {
  it.each([
    [[], 'array'],
    [null, 'null'],
    [undefined, 'undefined'],
    ['x', 'string'],
    [{}, 'object'],
  ])('%j → %s', (value, expected) => {
    expect(describeType(value)).toBe(expected);
  });
});
