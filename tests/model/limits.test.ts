// The reader limits (issue 12): text under 20 MiB must not be able to exhaust memory, time or the call stack.
// Each input here was read before the limits existed, slowly and into huge structures (or not at all: "Maximum call
// stack size exceeded", "FATAL ERROR: Reached heap limit" at 10 MB); now it is refused before it is built, with
// an issue naming the limit in the user's language, at the line and column where the text went over it.
import { describe, expect, it } from 'vitest';
import {
  loadCollaboration,
  MAX_ALIAS_COUNT,
  MAX_COLLECTION_SIZE,
  MAX_DEPTH,
  MAX_NODES,
  MAX_TEXT_LENGTH,
  MAX_YAML_TOKENS,
  parseCollaboration,
} from '../../src/index.js';
import type { ParseResult } from '../../src/model/parse.js';

const HEADER = 'id: x\nname: X\nscenario: project\nperiod: { start: 2026-01-01, end: 2026-12-31 }\n';
const JSON_HEADER =
  '{"id":"x","name":"X","scenario":"project","period":{"start":"2026-01-01","end":"2026-12-31"},';
const valid = () => ({
  id: 'x',
  name: 'X',
  scenario: 'project',
  period: { start: '2026-01-01', end: '2026-12-31' },
});
const issuesOf = (r: ParseResult) => (r.success ? [] : r.issues);

describe('the limits are documented constants', () => {
  it('with the values the TSDoc states', () => {
    expect({
      MAX_TEXT_LENGTH,
      MAX_YAML_TOKENS,
      MAX_NODES,
      MAX_COLLECTION_SIZE,
      MAX_DEPTH,
      MAX_ALIAS_COUNT,
    }).toEqual({
      MAX_TEXT_LENGTH: 20 * 1024 * 1024,
      MAX_YAML_TOKENS: 1_200_000,
      MAX_NODES: 2_000_000,
      MAX_COLLECTION_SIZE: 200_000,
      MAX_DEPTH: 64,
      MAX_ALIAS_COUNT: 1_000,
    });
  });
});

// Sizes are written out (not derived from the constants) so that these tests read the same against any version.
describe('a list longer than MAX_COLLECTION_SIZE', () => {
  const n = 200_001;

  it('is refused in YAML before the yaml library builds it, where it goes over, in both locales', () => {
    const text = `${HEADER}scope:\n  included: [${'1, '.repeat(n - 1)}1]\n`;
    const [en] = issuesOf(loadCollaboration(text, { locale: 'en' }));
    expect(en).toMatchObject({ code: 'too_large', pointer: '', line: 6 });
    expect(en?.message).toBe(
      'The input is too large: a list or object with more than 200,000 entries (limit MAX_COLLECTION_SIZE)',
    );
    const [zh] = issuesOf(loadCollaboration(text));
    expect(zh?.message).toBe('输入过大：有列表或对象超过 200,000 项（上限 MAX_COLLECTION_SIZE）');
  });

  it('is refused in a YAML block list', () => {
    const text = `${HEADER}scope:\n  included:\n${'    - a\n'.repeat(n)}`;
    expect(issuesOf(loadCollaboration(text))[0]).toMatchObject({ code: 'too_large', line: 200_007 });
  });

  it('is refused in JSON by the scanner, before JSON.parse', () => {
    const text = `${JSON_HEADER}"scope":{"included":[${'1,'.repeat(n - 1)}1]}}`;
    const [issue] = issuesOf(loadCollaboration(text, { format: 'json', locale: 'en' }));
    expect(issue).toMatchObject({ code: 'too_large', line: 1 });
    expect(issue?.message).toContain('MAX_COLLECTION_SIZE');
  });

  it('is refused in an object given to parseCollaboration, before zod sees it', () => {
    const input = { ...valid(), scope: { included: new Array(n).fill('a') } };
    const [issue] = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(issue).toMatchObject({ code: 'too_large', path: ['scope', 'included'] });
    expect(issue?.message).toContain('MAX_COLLECTION_SIZE');
  });
});

describe('more than MAX_NODES values', () => {
  // 11 lists of 190,000 numbers: no list over its limit, 2,090,000 values in all.
  const lists = Array.from({ length: 11 }, () => `[${'0,'.repeat(189_999)}0]`);

  it('is refused in JSON by the scanner', () => {
    const text = `${JSON_HEADER}"x":[${lists.join(',')}]}`;
    const [issue] = issuesOf(loadCollaboration(text, { format: 'json', locale: 'en' }));
    expect(issue?.code).toBe('too_large');
    expect(issue?.message).toBe(
      'The input is too large: more than 2,000,000 values (texts, numbers, lists and objects, aliases expanded) (limit MAX_NODES)',
    );
  });

  it('is refused in an object', () => {
    const input = { ...valid(), x: Array.from({ length: 11 }, () => new Array(190_000).fill(0)) };
    expect(issuesOf(parseCollaboration(input))[0]?.code).toBe('too_large');
  });
});

describe('YAML over MAX_YAML_TOKENS', () => {
  it('is refused by the lexer pass, suggesting JSON', () => {
    // Four block lists of 80,000 items: four tokens an item ("-", " ", the value, the line break).
    const list = `:\n${'- 1\n'.repeat(80_000)}`;
    const text = HEADER + ['a', 'b', 'c', 'd'].map((k) => k + list).join('');
    const [issue] = issuesOf(loadCollaboration(text, { locale: 'en' }));
    expect(issue?.code).toBe('too_large');
    expect(issue?.message).toContain('more than 1,200,000 YAML tokens');
    expect(issue?.message).toContain('write a document this large as JSON');
    expect(issue?.line).toBeGreaterThan(200_000);
  });

  it('counts what costs the yaml library: long double-quoted text', () => {
    // 16 MB in quotes is 2 million tokens' worth; read, it took 750 MB.
    const text = `${HEADER}x: "${'x'.repeat(16_000_000)}"\n`;
    expect(issuesOf(loadCollaboration(text, { locale: 'en' }))[0]?.message).toContain('MAX_YAML_TOKENS');
  });

  it('the same data as JSON is read (JSON has a scanner of its own)', () => {
    const items = Array.from({ length: 80_000 }, () => 1);
    const text = JSON.stringify({ ...valid(), x: { a: items, b: items, c: items, d: items } });
    expect(issuesOf(loadCollaboration(text))).toEqual([
      expect.objectContaining({ code: 'unknown_key', pointer: '/x' }),
    ]);
  });
});

describe('nesting deeper than MAX_DEPTH', () => {
  const cases = [
    ['YAML flow [[[…]]]', `${HEADER}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'yaml'],
    ['YAML block - - - x', `${HEADER}x:\n${'- '.repeat(10_000)}x\n`, 'yaml'],
    [
      'YAML indented maps',
      `${HEADER}${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:\n`).join('')}`,
      'yaml',
    ],
    ['JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'json'],
  ] as const;

  it.each(cases)('%s is too_deep, in both locales, never a stack overflow', (_, text, format) => {
    const [en] = issuesOf(loadCollaboration(text, { format, locale: 'en' }));
    expect(en?.code).toBe('too_deep');
    expect(en?.message).toBe(
      'The input is nested too deeply: more than 64 levels of lists and objects (limit MAX_DEPTH)',
    );
    expect(en?.line).toBeGreaterThan(0);
    const [zh] = issuesOf(loadCollaboration(text, { format }));
    expect(zh?.message).toBe('输入嵌套过深：列表和对象超过 64 层（上限 MAX_DEPTH）');
  });

  it('in an object, and a cyclic object is infinitely deep', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(issuesOf(parseCollaboration({ ...valid(), x: deep }))[0]?.code).toBe('too_deep');
    const cyclic: Record<string, unknown> = valid();
    cyclic.self = cyclic;
    expect(issuesOf(parseCollaboration(cyclic))[0]).toMatchObject({ code: 'too_deep' });
  });

  it('admits MAX_DEPTH levels', () => {
    const text = `${HEADER}x: ${'['.repeat(63)}${']'.repeat(63)}\n`;
    expect(issuesOf(loadCollaboration(text))).toEqual([expect.objectContaining({ code: 'unknown_key' })]);
  });
});

describe('YAML aliases', () => {
  const bomb = (levels: number) => {
    const lines = [`${HEADER}a0: &a0 [x, x, x, x, x, x, x, x, x, x]`];
    for (let i = 1; i <= levels; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return `${lines.join('\n')}\n`;
  };

  it('an alias bomb is too_large in the user’s language, counted as expanded values', () => {
    const [zh] = issuesOf(loadCollaboration(bomb(8)));
    expect(zh?.code).toBe('too_large');
    expect(zh?.message).toBe(
      '输入过大：超过 2,000,000 个值（文本、数字、列表、对象，别名按展开后计）（上限 MAX_NODES）',
    );
    expect(issuesOf(loadCollaboration(bomb(8), { locale: 'en' }))[0]?.message).toContain('aliases expanded');
  });

  it('more aliases than MAX_ALIAS_COUNT are refused', () => {
    const text = `${HEADER}a: &a x\nb: [${Array(1_001).fill('*a').join(', ')}]\n`;
    expect(issuesOf(loadCollaboration(text, { locale: 'en' }))[0]?.message).toContain('MAX_ALIAS_COUNT');
  });

  it('a few aliases still read', () => {
    const text = `${HEADER}departments:\n  - &rd { id: rd, name: R&D, role: execution }\nx: *rd\n`;
    expect(issuesOf(loadCollaboration(text))).toEqual([expect.objectContaining({ code: 'unknown_key' })]);
  });
});

describe('text over MAX_TEXT_LENGTH', () => {
  it('names the limit', () => {
    const [issue] = issuesOf(loadCollaboration('a'.repeat(20 * 1024 * 1024 + 1), { locale: 'en' }));
    expect(issue?.message).toBe(
      'The input is too large: more than 20,971,520 characters (limit MAX_TEXT_LENGTH)',
    );
  });
});
