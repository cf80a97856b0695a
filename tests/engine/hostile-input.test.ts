// What the engine's public functions do with input a caller should not pass: options that are null, not an
// object or cannot be read, unknown locales, getters and Proxies that throw, trees that contain themselves.
// Each answers with its documented result or its documented EngineError, never a TypeError.
import { describe, expect, it } from 'vitest';
import { type CompileOptions, compileRules, safeCompileRules } from '../../src/engine/compile.js';
import { EngineError } from '../../src/engine/errors.js';
import { explainConditions } from '../../src/engine/explain-conditions.js';
import { parseFactPath, pathResolver, resolveFactPath } from '../../src/engine/fact-path.js';
import { runWithJsonRulesEngine } from '../../src/engine/json-rules-engine.js';
import type { Facts, RuleProperties, TopLevelConditionResult } from '../../src/engine/types.js';

const thrower = (): never => {
  throw new Error('hostile trap');
};

/** A Proxy whose every trap throws. */
const trapped = (target: object = {}): object =>
  new Proxy(target, {
    get: thrower,
    has: thrower,
    ownKeys: thrower,
    getOwnPropertyDescriptor: thrower,
    getPrototypeOf: thrower,
  });

const RULES: RuleProperties[] = [
  { conditions: { all: [{ fact: 'x', path: '$.a', operator: 'equal', value: 1 }] }, event: { type: 'e' } },
];

const codes = (options: unknown, rules: unknown = RULES): string[] => {
  const result = safeCompileRules(rules as RuleProperties[], options as CompileOptions);
  return result.success ? [] : result.issues.map((i) => `${i.code} ${i.pointer}`);
};

describe('compileRules and safeCompileRules on hostile options', () => {
  it('take null and undefined options and fields as the defaults', () => {
    expect(codes(null)).toEqual([]);
    expect(codes(undefined)).toEqual([]);
    expect(codes({ locale: null, maxDepth: null, conditions: null, allowUndefinedFacts: null })).toEqual([]);
  });

  it('refuse an unknown locale with invalid_locale, in zh-CN, instead of falling back', () => {
    const result = safeCompileRules(RULES, { locale: 'fr' } as unknown as CompileOptions);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_locale',
      pointer: '/locale',
      message: '不支持的语言 "fr"，可选：zh-CN、en',
      messages: { en: 'Unsupported locale "fr"; use zh-CN or en' },
    });
    expect(() => compileRules(RULES, { locale: 'fr' } as unknown as CompileOptions)).toThrow(EngineError);
  });

  it('report options that are not an object, or cannot be read, as issues', () => {
    expect(codes('en')).toEqual(['invalid_type /options']);
    expect(codes(trapped())).toEqual([
      'unreadable /locale',
      'unreadable /maxDepth',
      'unreadable /conditions',
      'unreadable /allowUndefinedFacts',
      'unreadable /allowUndefinedConditions',
    ]);
    const getter = Object.defineProperty({}, 'conditions', { get: thrower, enumerable: true });
    const result = safeCompileRules(RULES, getter as CompileOptions);
    expect(result.success || result.issues[0]?.messages).toEqual({
      'zh-CN': '无法读取选项 "conditions"：hostile trap',
      en: 'The option "conditions" cannot be read: hostile trap',
    });
    expect(() => compileRules(RULES, trapped() as CompileOptions)).toThrow(EngineError);
  });

  it('report rules that cannot be read as unreadable, whatever the thrown value', () => {
    const hostileError = trapped();
    const rules = [
      Object.defineProperty({}, 'conditions', {
        get: () => {
          throw hostileError;
        },
        enumerable: true,
      }),
    ];
    expect(codes({}, rules)).toEqual(['unreadable ']);
    expect(codes({}, trapped([]))).toEqual(['unreadable ']);
  });
});

describe('a compiled pack and json-rules-engine on hostile facts and run options', () => {
  it('fail a run whose facts have a getter that throws with evaluation_failed, on both paths', async () => {
    const pack = compileRules(RULES);
    const facts = { x: Object.defineProperty({}, 'a', { get: thrower, enumerable: true }) } as Facts;
    expect(() => pack.run(facts)).toThrow(EngineError);
    const compiled = pack.safeRun(facts);
    expect(compiled.success || compiled.issues[0]?.messages.en).toBe(
      'Evaluating the condition failed: hostile trap',
    );
    const reference = await runWithJsonRulesEngine(RULES, facts).then(
      () => expect.fail('resolved'),
      (e: unknown) => e,
    );
    expect(reference).toBeInstanceOf(EngineError);
    expect((reference as EngineError).issues[0]?.messages.en).toBe(
      'Evaluating the condition failed: hostile trap',
    );
  });

  it('fail a run on facts that are a Proxy with traps that throw, with an EngineError', async () => {
    const pack = compileRules(RULES);
    expect(() => pack.run(trapped() as Facts)).toThrow(EngineError);
    await expect(runWithJsonRulesEngine(RULES, trapped() as Facts)).rejects.toBeInstanceOf(EngineError);
    await expect(runWithJsonRulesEngine(RULES, {}, trapped() as CompileOptions)).rejects.toBeInstanceOf(
      EngineError,
    );
  });

  it('fail a run whose options cannot be read with an EngineError', () => {
    const pack = compileRules(RULES);
    expect(() => pack.run({ x: { a: 1 } }, trapped() as { explain: false })).toThrow(EngineError);
    expect(pack.run({ x: { a: 1 } }, null as unknown as { explain: true }).results).toHaveLength(1);
  });
});

describe('fact paths on hostile input', () => {
  it('parseFactPath answers a path that is not text, and options it cannot use, with issues', () => {
    for (const path of [Symbol('s'), { toString: thrower }, 12, null]) {
      const result = parseFactPath(path as unknown as string, { locale: 'en' });
      expect(result.success || result.issues[0]?.code).toBe('invalid_type');
    }
    const fr = parseFactPath('$.a', { locale: 'fr' } as unknown as { locale: 'en' });
    expect(fr.success || fr.issues.map((i) => i.code)).toEqual(['invalid_locale']);
    const proxy = parseFactPath('$.a', trapped());
    expect(proxy.success || proxy.issues.map((i) => i.code)).toEqual(['unreadable', 'unreadable']);
    expect(parseFactPath('$.a', null as unknown as object)).toEqual({ success: true, data: ['a'] });
  });

  it('resolveFactPath gives undefined for paths of the wrong type and throws only EngineError', () => {
    expect(resolveFactPath({ a: 1 }, 5 as unknown as string)).toBeUndefined();
    expect(resolveFactPath({ a: 1 }, [{ toString: thrower }] as unknown as string[])).toBeUndefined();
    expect(resolveFactPath({ a: 1 }, [Symbol('a')] as unknown as string[])).toBeUndefined();
    const getter = Object.defineProperty({}, 'a', { get: thrower, enumerable: true });
    expect(() => resolveFactPath(getter, '$.a')).toThrow(EngineError);
    expect(() => resolveFactPath(trapped(), ['a'])).toThrow(EngineError);
    expect(() => pathResolver(trapped(), '$.a')).toThrow(EngineError);
  });
});

describe('explainConditions on hostile trees', () => {
  const leaf = { fact: 'f', operator: 'equal', value: 1, factResult: 1, result: true };

  it('leaves out nodes it cannot read and keeps the rest', () => {
    const getter = Object.defineProperty({}, 'all', { get: thrower, enumerable: true });
    const tree = {
      all: [leaf, getter, trapped(), { ...leaf, fact: 'g' }],
    } as unknown as TopLevelConditionResult;
    expect(explainConditions(tree).map((e) => e.fact)).toEqual(['f', 'g']);
    expect(explainConditions(trapped() as TopLevelConditionResult)).toEqual([]);
  });

  it('ends on a tree that contains itself, and keeps a leaf that appears twice', () => {
    const tree: Record<string, unknown[]> = { all: [leaf] };
    tree.all!.push(tree, { not: tree }, leaf);
    expect(explainConditions(tree as unknown as TopLevelConditionResult).map((e) => e.fact)).toEqual([
      'f',
      'f',
    ]);
  });

  it('walks nesting of any depth without overflowing the stack', () => {
    let tree: unknown = leaf;
    for (let i = 0; i < 200_000; i++) tree = { not: tree };
    const [only] = explainConditions(tree as TopLevelConditionResult);
    expect(only).toMatchObject({ fact: 'f', negated: false });
  });
});

describe('rules built to attack the engine', () => {
  it('keep "__proto__" keys as data and never reach the prototype chain, on both paths', async () => {
    const rules = JSON.parse(
      '[{"conditions":{"all":[{"fact":"__proto__","operator":"equal","value":{"__proto__":{"polluted":1}}}]},' +
        '"event":{"type":"x","params":{"__proto__":{"polluted":2}}}}]',
    ) as RuleProperties[];
    const facts = JSON.parse('{"__proto__": {"polluted": 3}}') as Facts;
    const pack = compileRules(rules);
    expect(pack.run(facts).events).toEqual([]);
    expect((await runWithJsonRulesEngine(rules, facts)).events).toEqual([]);
    expect(Object.getOwnPropertyNames(pack.rules[0]!.event.params)).toEqual(['__proto__']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuse cyclic conditions and values as issues', () => {
    const cycle: Record<string, unknown[]> = { all: [] };
    cycle.all!.push(cycle);
    expect(codes({}, [{ conditions: cycle, event: { type: 'x' } }])).toEqual([
      expect.stringMatching(/^too_deep /),
    ]);
    const value: Record<string, unknown> = { a: 1 };
    value.self = value;
    expect(
      codes({}, [{ conditions: { all: [{ fact: 'x', operator: 'equal', value }] }, event: { type: 'x' } }]),
    ).toEqual(['invalid_value /rules/0/conditions/all/0/value']);
  });
});
