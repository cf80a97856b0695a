import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_DEPTH, normalizeRules } from '../../src/engine/normalize.js';
import type { EngineOptions, RuleProperties, TopLevelCondition } from '../../src/engine/types.js';

const rule = (conditions: unknown, more: object = {}): RuleProperties =>
  ({ conditions, event: { type: 'e' }, ...more }) as RuleProperties;

/** The issues for some rules, as `code pointer` lines. */
function issues(rules: unknown, options: EngineOptions = {}): string[] {
  const result = normalizeRules(rules as RuleProperties[], { locale: 'en', ...options });
  return result.success ? [] : result.issues.map((i) => `${i.code} ${i.pointer}`);
}

const nest = (depth: number): TopLevelCondition => {
  let c: TopLevelCondition = { all: [{ fact: 'x', operator: 'equal', value: 1 }] };
  for (let i = 1; i < depth; i++) c = { all: [c] };
  return c;
};

describe('normalizeRules: rule shapes', () => {
  it('accepts well-formed rules', () => {
    expect(
      issues([rule({ all: [{ fact: 'x', operator: 'equal', value: 1 }] }, { name: 'r', priority: 2 })]),
    ).toEqual([]);
  });

  it('refuses rules that are not a list of objects', () => {
    expect(issues({ not: 'a list' })).toEqual(['invalid_type /rules']);
    expect(issues([null, 'x'])).toEqual(['invalid_type /rules/0', 'invalid_type /rules/1']);
  });

  it('requires conditions and an event with a type', () => {
    expect(issues([{ event: { type: 'e' } }])).toEqual(['missing /rules/0']);
    expect(issues([{ conditions: { all: [] } }])).toEqual(['missing /rules/0']);
    expect(issues([{ conditions: { all: [] }, event: {} }])).toEqual(['missing /rules/0/event']);
    expect(issues([{ conditions: { all: [] }, event: { type: 3 } }])).toEqual([
      'invalid_type /rules/0/event/type',
    ]);
    expect(issues([{ conditions: { all: [] }, event: 'e' }])).toEqual(['invalid_type /rules/0/event']);
  });

  it('requires the root of conditions to be all, any, not or condition', () => {
    expect(issues([rule({ fact: 'x', operator: 'equal', value: 1 })])).toEqual([
      'invalid_root /rules/0/conditions',
    ]);
    expect(issues([rule({})])).toEqual(['invalid_root /rules/0/conditions']);
  });

  it('refuses conditions with more than one kind', () => {
    expect(issues([rule({ all: [], any: [] })])).toEqual(['ambiguous_condition /rules/0/conditions']);
    expect(issues([rule({ all: [{ fact: 'x', operator: 'equal', value: 1, not: {} }] })])).toEqual([
      'ambiguous_condition /rules/0/conditions/all/0',
    ]);
  });

  it('checks all/any are lists and not is a single condition', () => {
    expect(issues([rule({ all: {} })])).toEqual(['invalid_type /rules/0/conditions/all']);
    expect(issues([rule({ not: [] })])).toEqual(['invalid_type /rules/0/conditions/not']);
    expect(issues([rule({ all: [42] })])).toEqual(['invalid_type /rules/0/conditions/all/0']);
  });

  it('requires fact, operator and value on a leaf', () => {
    expect(issues([rule({ all: [{ operator: 'equal', value: 1 }] })])).toEqual([
      'missing /rules/0/conditions/all/0',
    ]);
    expect(issues([rule({ all: [{ fact: 'x', value: 1 }] })])).toEqual(['missing /rules/0/conditions/all/0']);
    expect(issues([rule({ all: [{ fact: 'x', operator: 'equal' }] })])).toEqual([
      'missing /rules/0/conditions/all/0',
    ]);
    expect(issues([rule({ all: [{ fact: '', operator: 'equal', value: 1 }] })])).toEqual([
      'invalid_type /rules/0/conditions/all/0/fact',
    ]);
  });

  it('reports every issue at once', () => {
    expect(
      issues([
        rule({
          all: [
            { fact: 'x', operator: 'bogus', value: 1 },
            { fact: 'y', operator: 'equal', value: 1, path: '$..y' },
          ],
        }),
        rule({ any: [] }, { priority: 0 }),
      ]),
    ).toEqual([
      'unknown_operator /rules/0/conditions/all/0/operator',
      'unsupported_path /rules/0/conditions/all/1/path',
      'invalid_priority /rules/1/priority',
    ]);
  });
});

describe('normalizeRules: operators, values, priorities, paths', () => {
  it('refuses unknown operators and decorators, with a did-you-mean', () => {
    const result = normalizeRules([rule({ all: [{ fact: 'x', operator: 'lessThen', value: 1 }] })], {
      locale: 'en',
    });
    expect(result.success ? undefined : result.issues[0]?.suggestion).toBe('lessThan');
    expect(issues([rule({ all: [{ fact: 'x', operator: 'everyThing:equal', value: 1 }] })])).toEqual([
      'unknown_operator /rules/0/conditions/all/0/operator',
    ]);
    expect(issues([rule({ all: [{ fact: 'x', operator: 7, value: 1 }] })])).toEqual([
      'invalid_type /rules/0/conditions/all/0/operator',
    ]);
  });

  it('refuses literal values an operator can never take', () => {
    const at = '/rules/0/conditions/all/0/value';
    expect(issues([rule({ all: [{ fact: 'x', operator: 'in', value: 5 }] })])).toEqual([
      `invalid_operator_value ${at}`,
    ]);
    expect(issues([rule({ all: [{ fact: 'x', operator: 'not:notIn', value: null }] })])).toEqual([
      `invalid_operator_value ${at}`,
    ]);
    expect(issues([rule({ all: [{ fact: 'x', operator: 'someValue:equal', value: 'a' }] })])).toEqual([
      `invalid_operator_value ${at}`,
    ]);
    // Text is a valid `in` list (substring), a fact reference is checked when it runs, and after swap the
    // value is not the list any more.
    expect(issues([rule({ all: [{ fact: 'x', operator: 'in', value: 'abc' }] })])).toEqual([]);
    expect(issues([rule({ all: [{ fact: 'x', operator: 'in', value: { fact: 'y' } }] })])).toEqual([]);
    expect(issues([rule({ all: [{ fact: 'x', operator: 'swap:in', value: 5 }] })])).toEqual([]);
  });

  it('refuses values that are not plain data', () => {
    const at = '/rules/0/conditions/all/0/value';
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [() => 1, new Date(0), cyclic, Symbol('s'), new Map()]) {
      expect(issues([rule({ all: [{ fact: 'x', operator: 'equal', value }] })])).toEqual([
        `invalid_value ${at}`,
      ]);
    }
  });

  it('checks fact references in values', () => {
    const at = '/rules/0/conditions/all/0/value';
    expect(issues([rule({ all: [{ fact: 'x', operator: 'equal', value: { fact: 3 } }] })])).toEqual([
      `invalid_type ${at}/fact`,
    ]);
    expect(
      issues([rule({ all: [{ fact: 'x', operator: 'equal', value: { fact: 'y', path: '$.*' } }] })]),
    ).toEqual([`unsupported_path ${at}/path`]);
  });

  it('accepts positive whole priorities only', () => {
    for (const priority of [0, -1, 1.5, '2', Number.NaN]) {
      expect(issues([rule({ all: [] }, { priority })])).toEqual(['invalid_priority /rules/0/priority']);
      expect(issues([rule({ all: [{ fact: 'x', operator: 'equal', value: 1, priority }] })])).toEqual([
        'invalid_priority /rules/0/conditions/all/0/priority',
      ]);
    }
  });

  it('refuses unsafe and unsupported paths in conditions', () => {
    expect(
      issues([rule({ all: [{ fact: 'x', operator: 'equal', value: 1, path: '$.__proto__.x' }] })]),
    ).toEqual(['unsafe_path_segment /rules/0/conditions/all/0/path']);
    expect(issues([rule({ all: [{ fact: 'x', operator: 'equal', value: 1, path: 3 }] })])).toEqual([
      'invalid_type /rules/0/conditions/all/0/path',
    ]);
  });

  it('limits nesting depth, default 32', () => {
    expect(DEFAULT_MAX_DEPTH).toBe(32);
    expect(issues([rule(nest(31))])).toEqual([]);
    expect(issues([rule(nest(32))])).toEqual(['too_deep /rules/0/conditions' + '/all/0'.repeat(32)]);
    expect(issues([rule(nest(5))], { maxDepth: 4 })).toHaveLength(1);
    expect(issues([rule(nest(2))], { maxDepth: 0 })).toEqual(['invalid_type /maxDepth']);
  });

  it('survives a condition that contains itself', () => {
    const loop: { all: unknown[] } = { all: [] };
    loop.all.push(loop);
    expect(issues([rule(loop)])).toHaveLength(1);
  });

  it('reports unreadable input as an issue, never a crash', () => {
    const trap = {
      get conditions(): never {
        throw new Error('boom');
      },
      event: { type: 'e' },
    };
    expect(issues([trap])).toEqual(['unreadable ']);
  });
});

describe('normalizeRules: shared conditions', () => {
  it('refuses unknown references, with a did-you-mean', () => {
    const result = normalizeRules([rule({ condition: 'isLat' })], { conditions: { isLate: { all: [] } } });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.pointer, i.suggestion])).toEqual([
      ['unknown_condition', '/rules/0/conditions/condition', 'isLate'],
    ]);
  });

  it('refuses cycles between shared conditions', () => {
    const conditions = { a: { all: [{ condition: 'b' }] }, b: { any: [{ condition: 'a' }] } };
    const result = normalizeRules([rule({ condition: 'a' })], { conditions, locale: 'en' });
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['circular_condition']);
    expect(result.success ? '' : result.issues[0]?.message).toContain('a → b → a');
    expect(issues([rule({ all: [] })], { conditions: { self: { condition: 'self' } } })).toEqual([
      'circular_condition /conditions/self/condition',
    ]);
  });

  it('validates shared conditions where they are defined, once', () => {
    const conditions = { bad: { all: [{ fact: 'x', operator: 'nope', value: 1 }] } };
    expect(issues([rule({ condition: 'bad' }), rule({ condition: 'bad' })], { conditions })).toEqual([
      'unknown_operator /conditions/bad/all/0/operator',
    ]);
    expect(issues([], { conditions: 'x' } as unknown as EngineOptions)).toEqual(['invalid_type /conditions']);
  });

  it('counts the depth of referenced conditions', () => {
    expect(issues([rule({ all: [{ condition: 'deep' }] })], { conditions: { deep: nest(31) } })).toEqual([
      'too_deep /rules/0/conditions/all/0',
    ]);
  });

  it('allows references to missing conditions under allowUndefinedConditions', () => {
    expect(issues([rule({ condition: 'ghost' })], { allowUndefinedConditions: true })).toEqual([]);
  });
});

describe('normalizeRules: output', () => {
  it('keeps only the fields json-rules-engine reads, frozen', () => {
    const result = normalizeRules([
      {
        conditions: { all: [{ fact: 'x', operator: 'equal', value: [1], note: 'ignored' }] },
        event: { type: 'e' },
        onSuccess: () => undefined,
      } as unknown as RuleProperties,
    ]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const [normalized] = result.data.rules;
    expect(normalized?.source).toEqual({
      conditions: { priority: 1, all: [{ fact: 'x', operator: 'equal', value: [1] }] },
      event: { type: 'e' },
    });
    expect(Object.isFrozen(normalized?.source.conditions)).toBe(true);
  });

  it('writes messages in the chosen locale, and both locales in messages', () => {
    const zh = normalizeRules([rule({ any: {} })]);
    const en = normalizeRules([rule({ any: {} })], { locale: 'en' });
    expect(zh.success || zh.issues[0]?.message).toBe(zh.success || zh.issues[0]?.messages['zh-CN']);
    expect(en.success || en.issues[0]?.message).toBe(en.success || en.issues[0]?.messages.en);
    expect(en.success || en.issues[0]?.message).toBe(
      '"any" has the wrong type: expected a list, got an object',
    );
  });
});
