// Inputs the readers got wrong before issue 12: documents that are not objects, numbers that are not finite,
// duplicate keys in JSON, control characters in text, `__proto__` keys.
import { describe, expect, it } from 'vitest';
import { loadCollaboration, parseCollaboration } from '../../src/index.js';
import type { ParseResult } from '../../src/model/parse.js';
import { hasControlCharacter } from '../../src/model/primitives.js';
import { exampleInput, exampleText } from '../fixtures/example.js';

const issuesOf = (r: ParseResult) => (r.success ? [] : r.issues);
const valid = () => ({
  id: 'x',
  name: 'X',
  scenario: 'project',
  period: { start: '2026-01-01', end: '2026-12-31' },
});

describe('a document that is not an object', () => {
  it.each([
    [
      undefined,
      'The document is empty: it must be an object of named fields',
      '文档为空：应为由字段组成的对象',
    ],
    [null, 'The document is empty: it must be an object of named fields', '文档为空：应为由字段组成的对象'],
    [
      42,
      'The document must be an object of named fields, not a number',
      '文档应为由字段组成的对象，而不是数字',
    ],
    ['x', 'The document must be an object of named fields, not text', '文档应为由字段组成的对象，而不是文本'],
    [
      [],
      'The document must be an object of named fields, not a list',
      '文档应为由字段组成的对象，而不是列表',
    ],
  ])('%j says so, in both locales', (input, en, zh) => {
    expect(issuesOf(parseCollaboration(input, { locale: 'en' }))).toEqual([
      { code: 'not_an_object', path: [], pointer: '', message: en },
    ]);
    expect(issuesOf(parseCollaboration(input))[0]?.message).toBe(zh);
  });

  it('an empty file, a file of comments, a list or a scalar says so too', () => {
    for (const text of ['', '# nothing yet\n', '- a\n- b\n', 'just text\n', '[]']) {
      expect(issuesOf(loadCollaboration(text))[0]?.code).toBe('not_an_object');
    }
  });
});

describe('numbers that are not finite', () => {
  it.each([Infinity, -Infinity, NaN])('%s: "a finite number", in both locales', (value) => {
    const input = { ...valid(), negotiationTimeboxDays: value };
    const [en] = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(en).toMatchObject({ code: 'invalid_type', pointer: '/negotiationTimeboxDays' });
    expect(en?.message).toBe(`Wrong type: expected a finite number, got ${value}`);
    expect(issuesOf(parseCollaboration(input))[0]?.message).toBe(`类型错误：应为有限数字，实际为${value}`);
  });

  it('YAML .inf and .nan too, with their line', () => {
    const text =
      'id: x\nname: X\nscenario: project\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nnegotiationTimeboxDays: .inf\n';
    expect(issuesOf(loadCollaboration(text, { locale: 'en' }))).toEqual([
      expect.objectContaining({ message: 'Wrong type: expected a finite number, got Infinity', line: 5 }),
    ]);
  });
});

describe('duplicate keys in JSON', () => {
  const spoofed = '{\n  "id": "x",\n  "name": "Real",\n  "name": "Spoofed",\n  "scenario": "project"\n}';

  it('are refused like in YAML, with line and column, in both locales (not the last value silently)', () => {
    expect(issuesOf(loadCollaboration(spoofed, { format: 'json', locale: 'en' }))).toEqual([
      expect.objectContaining({
        code: 'syntax',
        line: 4,
        column: 3,
        message: 'Syntax error: The key "name" appears twice in one object',
      }),
    ]);
    expect(issuesOf(loadCollaboration(spoofed, { format: 'json' }))[0]?.message).toBe(
      '文件语法错误：同一对象中字段名 "name" 重复（DUPLICATE_KEY）',
    );
  });

  it('also when JSON is read as YAML, and when the keys are spelled with escapes', () => {
    expect(issuesOf(loadCollaboration(spoofed))[0]).toMatchObject({ code: 'syntax', line: 4 });
    const escaped = '{"id":"x","n\\u0061me":"A","name":"B"}';
    expect(issuesOf(loadCollaboration(escaped, { format: 'json' }))[0]).toMatchObject({
      code: 'syntax',
      column: 27,
    });
  });

  it('in nested objects, but the same key in sibling objects is fine', () => {
    const nested = '{"a":{"k":1},"b":{"k":1,"k":2}}';
    expect(issuesOf(loadCollaboration(nested, { format: 'json' }))[0]).toMatchObject({
      code: 'syntax',
      column: 25,
    });
    const text = JSON.stringify({
      ...valid(),
      departments: [
        { id: 'a', name: 'A', role: 'execution' },
        { id: 'b', name: 'B', role: 'support' },
      ],
    });
    expect(loadCollaboration(text, { format: 'json' }).success).toBe(true);
  });

  it('YAML keeps its own duplicate-key message and position, also in a map of 40,000 keys', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1\n`).join('');
    const [issue] = issuesOf(loadCollaboration(`${keys}k7: 2\n`, { locale: 'en' }));
    expect(issue).toMatchObject({
      code: 'syntax',
      line: 40_001,
      column: 1,
      message: 'Syntax error: Map keys must be unique',
    });
    expect(issuesOf(loadCollaboration('id: a\nid: b\n'))[0]?.message).toBe(
      '文件语法错误：字段名重复（DUPLICATE_KEY）',
    );
  });
});

describe('control characters in text fields', () => {
  it.each([
    ['ESC', 'Wang\u001b[2J', '\\u001b'],
    ['NUL', 'Wang\u0000', '\\u0000'],
    ['BEL', 'a\u0007b', '\\u0007'],
    ['DEL', 'a\u007fb', '\\u007f'],
    ['C1 NEL', 'a\u0085b', '\\u0085'],
  ])('%s is refused as invalid_format, shown escaped, in both locales', (_, name, shown) => {
    const [en] = issuesOf(parseCollaboration({ ...valid(), name }, { locale: 'en' }));
    expect(en).toMatchObject({ code: 'invalid_format', pointer: '/name' });
    expect(en?.message).toContain(shown);
    expect(en?.message).toContain('text without control characters');
    expect(hasControlCharacter(en?.message ?? '')).toBe(false);
    expect(issuesOf(parseCollaboration({ ...valid(), name }))[0]?.message).toContain('不含控制字符的文本');
  });

  it('in every text field, e.g. a milestone name or a minute', () => {
    const input = exampleInput();
    input.milestones[0].name = 'Beta\u001b]8;;http://evil\u0007';
    input.meetings[0].actions[0].item = 'x\u0001';
    expect(issuesOf(parseCollaboration(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['invalid_format', '/milestones/0/name'],
      ['invalid_format', '/meetings/0/actions/0/item'],
    ]);
  });

  it('tabs and line breaks are text, and the worked example parses unchanged', () => {
    expect(parseCollaboration({ ...valid(), name: 'a\tb\nc\r\nd' }).success).toBe(true);
    expect(loadCollaboration(exampleText).success).toBe(true);
  });

  it('an unknown key with control characters is shown escaped', () => {
    const [issue] = issuesOf(parseCollaboration({ ...valid(), 'x\u001b[31m': 1 }, { locale: 'en' }));
    expect(issue?.message).toBe('Unknown field "x\\u001b[31m"');
    expect(issue?.path).toEqual(['x\u001b[31m']);
  });
});

describe('__proto__, constructor and prototype keys', () => {
  it('a __proto__ key in team.liaisons (a record, which zod drops it from) is reported', () => {
    const input = {
      ...valid(),
      departments: [{ id: 'rd', name: 'R&D', role: 'execution' }],
      people: [{ id: 'wu', name: 'Wu', department: 'rd' }],
      team: { liaisons: JSON.parse('{"rd": "wu", "__proto__": "wu"}') },
    };
    expect(issuesOf(parseCollaboration(input, { locale: 'en' }))).toEqual([
      expect.objectContaining({
        code: 'unknown_key',
        pointer: '/team/liaisons/__proto__',
        message: 'Unknown field "__proto__"',
      }),
    ]);
  });

  it('in YAML and JSON text, with its line', () => {
    const yaml =
      'id: x\nname: X\nscenario: project\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nteam:\n  liaisons:\n    __proto__: wu\n';
    expect(issuesOf(loadCollaboration(yaml))[0]).toMatchObject({ code: 'unknown_key', line: 7 });
    const json = JSON.stringify({ ...valid(), team: { liaisons: {} } }).replace(
      '"liaisons":{}',
      '"liaisons":{"__proto__":"wu"}',
    );
    expect(issuesOf(loadCollaboration(json, { format: 'json' }))[0]).toMatchObject({
      code: 'unknown_key',
      pointer: '/team/liaisons/__proto__',
    });
  });

  it('never pollute a prototype, whatever the reader', () => {
    const hostile =
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "team": {"liaisons": {"__proto__": {"polluted": 1}, "constructor": "x", "prototype": "y"}}}';
    for (const format of ['json', 'yaml'] as const) {
      const result = loadCollaboration(hostile, { format });
      expect(result.success).toBe(false);
    }
    const yaml = '__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 1 } }\n';
    expect(loadCollaboration(yaml).success).toBe(false);
    parseCollaboration(JSON.parse(hostile));
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('constructor and prototype as liaison department ids are ordinary unknown references', () => {
    const input = {
      ...valid(),
      departments: [{ id: 'rd', name: 'R&D', role: 'execution' }],
      people: [{ id: 'wu', name: 'Wu', department: 'rd' }],
      team: { liaisons: { constructor: 'wu', prototype: 'wu' } },
    };
    expect(issuesOf(parseCollaboration(input)).map((i) => [i.code, i.pointer])).toEqual([
      ['unknown_reference', '/team/liaisons/constructor'],
      ['unknown_reference', '/team/liaisons/prototype'],
    ]);
  });
});
