import { describe, expect, it } from 'vitest';
import { type EngineIssueCode, engineMessage, engineMessages } from '../../src/engine/messages.js';

const CODES: readonly EngineIssueCode[] = [
  'unreadable',
  'invalid_type',
  'missing',
  'ambiguous_condition',
  'invalid_root',
  'unknown_operator',
  'invalid_operator_value',
  'invalid_priority',
  'invalid_value',
  'unknown_condition',
  'circular_condition',
  'too_deep',
  'invalid_path',
  'unsupported_path',
  'unsafe_path_segment',
  'path_too_long',
  'undefined_fact',
  'operator_type',
  'evaluation_failed',
];

describe('engine messages', () => {
  it.each(CODES)('%s has a distinct message in both locales', (code) => {
    const messages = engineMessages(code, {
      key: 'k',
      fact: 'f',
      operator: 'o',
      name: 'n',
      path: '$.p',
      limit: 3,
    });
    expect(messages['zh-CN'].length).toBeGreaterThan(5);
    expect(messages.en.length).toBeGreaterThan(5);
    expect(messages['zh-CN']).not.toBe(messages.en);
    expect(messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('translates type words and adds a did-you-mean', () => {
    expect(engineMessage('en', 'invalid_type', { key: 'all', expected: 'array', received: 'object' })).toBe(
      '"all" has the wrong type: expected a list, got an object',
    );
    expect(
      engineMessage('zh-CN', 'invalid_type', { key: 'all', expected: 'array', received: 'object' }),
    ).toBe('字段 "all" 类型错误：应为列表，实际为对象');
    expect(engineMessage('zh-CN', 'unknown_operator', { operator: 'gt', suggestion: 'greaterThan' })).toBe(
      '未知运算符 "gt"；是否想写 "greaterThan"？',
    );
  });

  it('shows a word the term table does not have as written, even the name of an object property', () => {
    expect(
      engineMessage('en', 'operator_type', { operator: 'in', expected: 'toString', received: 'number' }),
    ).toBe('Operator "in" needs toString, got a number');
    expect(
      engineMessage('zh-CN', 'operator_type', { operator: 'in', expected: 'constructor', received: 'x' }),
    ).toBe('运算符 "in" 需要constructor，实际为x');
  });
});
