// JSON syntax errors are found by crossdept's own scanner, so they have a position and a message in both
// languages (JSON.parse's messages are English only, and "Unexpected token" ones carry no position).
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, jsonSyntaxMessage } from '../../src/model/json-errors.js';
import { loadCollaboration } from '../../src/model/parse.js';
import { loadRulesConfig } from '../../src/rules/config/load.js';

const CJK = /[\u4e00-\u9fff]/;

describe('findJsonSyntaxError', () => {
  it.each([
    ['{', 'unexpected_end', 1],
    ['{"a":1,}', 'trailing_comma', 6],
    ['[1, 2, ]', 'trailing_comma', 5],
    ['{a:1}', 'expected_property_name', 1],
    ['{"a" 1}', 'expected_colon', 5],
    ['[1 2]', 'expected_comma_or_bracket', 3],
    ['{"a":1 "b":2}', 'expected_comma_or_brace', 7],
    ['"abc', 'unterminated_string', 4],
    ['"a\tb"', 'control_character', 2],
    ['"\\x"', 'bad_escape', 2],
    ['"\\u12G4"', 'bad_escape', 5],
    ['{} x', 'trailing_content', 3],
    ['01', 'trailing_content', 1],
    ['-', 'unexpected_end', 1],
    ['-x', 'bad_number', 1],
    ['1.e5', 'bad_number', 2],
    ['abc', 'expected_value', 0],
    ['', 'unexpected_end', 0],
    ['   ', 'unexpected_end', 3],
    ['{"a":tru}', 'unexpected_character', 8],
    ['nul', 'unexpected_end', 3],
    ['\uFEFF{}', 'expected_value', 0],
  ] as const)('%j: %s at %d', (text, code, offset) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(findJsonSyntaxError(text)).toMatchObject({ code, offset });
  });

  it('accepts valid JSON with any whitespace and nesting', () => {
    for (const text of [' [1, [2, {"x": [null, true, false, -0.5e-3, "\\u00e9\\n"]}]] ', '{}', '[]', '""']) {
      expect(findJsonSyntaxError(text)).toBeUndefined();
    }
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(findJsonSyntaxError(deep)).toBeUndefined();
    expect(findJsonSyntaxError(deep.slice(0, -1))).toEqual({ code: 'unexpected_end', offset: 199_999 });
  });
});

describe('jsonSyntaxMessage', () => {
  it('says every error in Chinese and in English, naming invisible characters', () => {
    const samples = [
      '{',
      '{"a":1,}',
      '{a:1}',
      '{"a" 1}',
      '[1 2]',
      '{"a":1 "b":2}',
      '"abc',
      '"a\tb"',
      '"\\x"',
      '{} x',
      '-x',
      'abc',
      '[tru\n]',
    ];
    const seen = new Set<string>();
    for (const text of samples) {
      const error = findJsonSyntaxError(text)!;
      seen.add(error.code);
      const zh = jsonSyntaxMessage('zh-CN', error.code, error);
      const en = jsonSyntaxMessage('en', error.code, error);
      expect(zh).toMatch(CJK);
      expect(en).not.toMatch(CJK);
      expect(en).not.toMatch(/JSON at position|is not valid JSON/);
    }
    expect(seen.size).toBe(13); // every code
    const line = findJsonSyntaxError('[tru\n]')!;
    expect(jsonSyntaxMessage('en', line.code, line)).toBe('Unexpected character: line break');
    expect(jsonSyntaxMessage('zh-CN', line.code, line)).toBe('出现了意外的字符：换行');
  });
});

describe('JSON files', () => {
  // Regression: "Unexpected token" errors carry no position, and were placed at the end of the text.
  it('locate an unexpected character where it is, not at the end of the file', () => {
    const text = '{\n  "id": "x",\n  "name": tru,\n  "scenario": "project"\n}\n';
    const result = loadCollaboration(text, { format: 'json', locale: 'en' });
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({
        code: 'syntax',
        line: 3,
        column: 14,
        message: "Syntax error: Unexpected character: ','",
      }),
    ]);
  });

  // Regression: in zh-CN the detail was JSON.parse's English message.
  it('explain syntax errors in Chinese', () => {
    const result = loadCollaboration('{\n  "id": "x",\n}', { format: 'json', locale: 'zh-CN' });
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({
        code: 'syntax',
        line: 2,
        column: 12,
        message: '文件语法错误：对象或数组的最后一项之后不能有逗号',
      }),
    ]);
    const config = loadRulesConfig('{ "rules": { "team.size": "off" ', { format: 'json', locale: 'zh-CN' });
    expect(config.success ? [] : config.issues).toEqual([
      expect.objectContaining({ code: 'syntax', message: expect.stringMatching(/意外结束/) }),
    ]);
  });

  // Regression: a byte order mark, as Windows editors save it, made every JSON file unreadable.
  it('read JSON that starts with a byte order mark', () => {
    const result = loadCollaboration(
      '\uFEFF{ "id": "x", "name": "n", "scenario": "project", "period": { "start": "2026-01-01", "end": "2026-02-01" } }',
      { format: 'json' },
    );
    expect(result.success ? result.data.id : result.issues).toBe('x');
  });
});
