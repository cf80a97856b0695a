// loadRulesConfig reads text through the model's readers (issue 12): the same limits, duplicate keys refused in
// JSON too, issues capped, and a `__proto__` rule id reported instead of dropped.
import { describe, expect, it } from 'vitest';
import { loadRulesConfig } from '../../../src/rules/config/load.js';

function issues(input: unknown, format?: 'json') {
  const r = loadRulesConfig(input, { locale: 'en', ...(format ? { format } : {}) });
  return r.success ? [] : r.issues;
}

describe('loadRulesConfig', () => {
  it('reports a __proto__ rule id (zod drops it from the rules record), in YAML, JSON and objects', () => {
    const expected = [
      expect.objectContaining({
        code: 'unknown_rule',
        pointer: '/rules/__proto__',
        message: 'There is no rule "__proto__"',
      }),
    ];
    expect(issues('rules:\n  __proto__: off\n')).toEqual(expected);
    expect(issues('{"rules":{"__proto__":"off"}}', 'json')).toEqual(expected);
    expect(issues(JSON.parse('{"rules":{"__proto__":"off"}}'))).toEqual(expected);
    expect(issues('rules:\n  retro.recognition: off\n  __proto__: off\n')[0]).toMatchObject({ line: 3 });
  });

  it('never pollutes a prototype', () => {
    loadRulesConfig('rules:\n  __proto__: { polluted: 1 }\ncustom:\n  - __proto__: { polluted: 1 }\n');
    loadRulesConfig('{"rules":{"constructor":{"prototype":{"polluted":1}}}}', { format: 'json' });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses duplicate keys in JSON, as in YAML', () => {
    expect(issues('{"rules":{"retro.recognition":"off","retro.recognition":"on"}}', 'json')).toEqual([
      expect.objectContaining({ code: 'syntax', line: 1, column: 37 }),
    ]);
    expect(issues('rules:\n  retro.recognition: off\n  retro.recognition: on\n')[0]).toMatchObject({
      code: 'syntax',
      line: 3,
    });
  });

  it('caps its issues: 150 unknown rules are 100 issues and how many more', () => {
    const text = `rules:\n${Array.from({ length: 150 }, (_, i) => `  nope.${i}: off\n`).join('')}`;
    const found = issues(text);
    expect(found).toHaveLength(101);
    expect(found[0]).toMatchObject({ code: 'unknown_rule', line: 2 });
    expect(found[100]).toMatchObject({
      code: 'too_many_issues',
      message: '50 more issues are not shown; fix the ones above first',
    });
  });

  it('says a document that is a list or a scalar is not an object; an empty one is an empty config', () => {
    expect(issues('- a\n- b\n')).toEqual([
      expect.objectContaining({
        code: 'not_an_object',
        message: 'The document must be an object of named fields, not a list',
      }),
    ]);
    expect(issues(42)[0]?.code).toBe('not_an_object');
    expect(loadRulesConfig('').success).toBe(true);
    expect(loadRulesConfig(null).success).toBe(true);
  });

  it('refuses nesting beyond the readers’ MAX_DEPTH as text, with its line', () => {
    const [issue] = issues(`rules: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
    expect(issue).toMatchObject({ code: 'too_deep', line: 1 });
    expect(issue?.message).toContain('MAX_DEPTH');
  });

  it('names its own text limit', () => {
    const [issue] = issues(`# ${'x'.repeat(64 * 1024)}\n`);
    expect(issue?.message).toBe(
      'The input is too large: more than 65,536 characters (limit RULES_CONFIG_LIMITS.maxTextLength)',
    );
  });
});
