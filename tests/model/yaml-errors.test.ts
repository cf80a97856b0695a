// YAML syntax errors read in the user's language, without the position repeated at the end of the message
// (regression: "… end with a ] at line 3, column 1:" in a Chinese report).
import { describe, expect, it } from 'vitest';
import { loadCollaboration } from '../../src/model/parse.js';
import { yamlErrorCode, yamlSyntaxMessage } from '../../src/model/yaml-errors.js';

const CASES = [
  { text: 'id: x\nname: [\n', zh: '缩进不正确（BAD_INDENT）', line: 3 },
  { text: 'id: x\n\tname: y\n', zh: '不能用 Tab 缩进，请改用空格（TAB_AS_INDENT）', line: 2 },
  { text: 'id: "x\n', zh: '缺少结束符号（如 ] 、} 或引号）（MISSING_CHAR）', line: 2 },
];

describe('YAML syntax issues', () => {
  it.each(CASES)('explain $zh in Chinese, with the position in line and column', ({ text, zh, line }) => {
    const result = loadCollaboration(text, { locale: 'zh-CN' });
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ code: 'syntax', line, message: `文件语法错误：${zh}` }),
    ]);
  });

  it.each(CASES)('keep the library’s English message without the trailing position', ({ text, line }) => {
    const result = loadCollaboration(text, { locale: 'en' });
    const [issue] = result.success ? [] : result.issues;
    expect(issue).toMatchObject({ code: 'syntax', line });
    expect(issue?.message).toMatch(/^Syntax error: \S/);
    expect(issue?.message).not.toMatch(/at line \d+, column \d+:?$/);
    expect(issue?.message).not.toMatch(/[:\n]$/);
  });
});

describe('yamlSyntaxMessage', () => {
  it('gives a code this version does not know the library’s own message in both locales, never a crash', () => {
    const error = { code: 'SOMETHING_NEW', message: 'Something new happened at line 2, column 3:\n\n  x\n' };
    const code = yamlErrorCode(error.code);
    expect(code).toBe('other');
    expect(yamlSyntaxMessage('zh-CN', code, error)).toBe('Something new happened');
    expect(yamlSyntaxMessage('en', code, error)).toBe('Something new happened');
  });

  it('reads only its own codes, not the names of object properties', () => {
    expect(yamlErrorCode('toString')).toBe('other');
    expect(yamlErrorCode('__proto__')).toBe('other');
    expect(yamlErrorCode('BAD_INDENT')).toBe('BAD_INDENT');
  });
});
