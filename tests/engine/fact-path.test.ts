import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import {
  MAX_FACT_PATH_LENGTH,
  parseFactPath,
  pathResolver,
  resolveFactPath,
} from '../../src/engine/fact-path.js';

const segments = (path: string) => {
  const parsed = parseFactPath(path);
  return parsed.success ? parsed.data : parsed.issues.map((i) => i.code);
};

const issueOf = (path: string) => {
  const parsed = parseFactPath(path, { locale: 'en' });
  if (parsed.success) throw new Error(`expected "${path}" to be refused`);
  return parsed.issues[0]!;
};

describe('parseFactPath', () => {
  it.each([
    ['$.owner.region', ['owner', 'region']],
    ['owner.region', ['owner', 'region']],
    ['.owner.region', ['owner', 'region']],
    ['$.tasks[0].status', ['tasks', 0, 'status']],
    ["$['a b'].c", ['a b', 'c']],
    ['$["x"]', ['x']],
    ['$', []],
    ['$[12]', [12]],
    ['tasks[3]', ['tasks', 3]],
    ["$['it\\'s']", ["it's"]],
    ['$.负责人.部门', ['负责人', '部门']],
    ['$.due-date', ['due-date']],
    ['$.a.0', ['a', '0']],
  ])('reads %s', (path, expected) => {
    expect(segments(path)).toEqual(expected);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the %s segment in every notation', (name) => {
    for (const path of [`$.${name}`, `${name}.x`, `$['${name}']`, `$["${name}"]`, `$.a.${name}.b`]) {
      const issue = issueOf(path);
      expect(issue.code).toBe('unsafe_path_segment');
      expect(issue.messages.en).toContain(name);
      expect(issue.messages['zh-CN']).toContain(name);
    }
  });

  it.each([
    ['$..name', '..'],
    ['$.tasks[*]', '[*'],
    ['$.*', '*'],
    ['$.tasks[?(@.done)]', '[?'],
    ['$.tasks[(@.length-1)]', '[('],
    ['$.tasks[-1]', '[-'],
    ['$.tasks[0:2]', ':'],
    ['$.tasks[0,1]', ','],
    ["$['a','b']", ','],
    ['@.x', '@'],
  ])('refuses JSONPath syntax beyond plain paths: %s', (path, segment) => {
    const issue = issueOf(path);
    expect(issue.code).toBe('unsupported_path');
    expect(issue.messages.en).toContain(segment);
  });

  it.each(['', '$owner', '$.', '$.a b', 'a.', '$[01]', "$['open", '$[x]', '$.a[0', "$['a\\x']", '$.a$b'])(
    'reports a syntax error for %j',
    (path) => {
      expect(issueOf(path).code).toBe('invalid_path');
    },
  );

  it('points at the character where the problem starts, 1-based', () => {
    expect(issueOf('$.a b').column).toBe(4);
    expect(issueOf('$.tasks[*]').column).toBe(9);
  });

  it('refuses overlong paths', () => {
    const issue = issueOf(`$.${'a'.repeat(MAX_FACT_PATH_LENGTH)}`);
    expect(issue.code).toBe('path_too_long');
  });

  it('uses the given issue path and locale', () => {
    const parsed = parseFactPath('$..x', { locale: 'zh-CN', issuePath: ['rules', 0, 'path'] });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues[0]).toMatchObject({ path: ['rules', 0, 'path'], pointer: '/rules/0/path' });
    expect(parsed.issues[0]?.message).toBe(parsed.issues[0]?.messages['zh-CN']);
    expect(parsed.issues[0]?.messages.en).not.toBe(parsed.issues[0]?.messages['zh-CN']);
  });

  it('returns frozen segments', () => {
    const parsed = parseFactPath('$.a.b');
    expect(parsed.success && Object.isFrozen(parsed.data)).toBe(true);
  });
});

describe('resolveFactPath', () => {
  const fact = { owner: { region: 'EU' }, tasks: [{ status: 'done' }, { status: 'todo' }], 'a b': { c: 1 } };

  it('follows keys and indices', () => {
    expect(resolveFactPath(fact, '$.owner.region')).toBe('EU');
    expect(resolveFactPath(fact, '$.tasks[1].status')).toBe('todo');
    expect(resolveFactPath(fact, "$['a b'].c")).toBe(1);
    expect(resolveFactPath(fact, ['tasks', 0, 'status'])).toBe('done');
    expect(resolveFactPath(fact, '$')).toBe(fact);
  });

  it('gives undefined for missing steps and non-objects on the way', () => {
    expect(resolveFactPath(fact, '$.owner.name')).toBeUndefined();
    expect(resolveFactPath(fact, '$.tasks[5].status')).toBeUndefined();
    expect(resolveFactPath(fact, '$.owner.region.length')).toBeUndefined();
    expect(resolveFactPath(null, '$.x')).toBeUndefined();
  });

  it('reads own properties only, never the prototype chain', () => {
    expect(resolveFactPath({}, '$.toString')).toBeUndefined();
    expect(resolveFactPath({}, '$.hasOwnProperty')).toBeUndefined();
    const child = Object.create({ inherited: 1 }) as object;
    expect(resolveFactPath(child, '$.inherited')).toBeUndefined();
    // An array's length is its own property.
    expect(resolveFactPath({ tasks: [1, 2, 3] }, '$.tasks.length')).toBe(3);
  });

  it('refuses unsafe segments given as a list, and invalid path strings', () => {
    expect(resolveFactPath({ a: 1 }, ['__proto__'])).toBeUndefined();
    expect(resolveFactPath({ a: { constructor: 1 } }, ['a', 'constructor'])).toBeUndefined();
    expect(resolveFactPath({ a: 1 }, '$..a')).toBeUndefined();
  });

  it('reads a "__proto__" key that JSON.parse made an own property only through no path at all', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(resolveFactPath(parsed, ['__proto__', 'polluted'])).toBeUndefined();
  });
});

describe('pathResolver', () => {
  it("has json-rules-engine's signature and configures an Engine", async () => {
    const engine = new Engine(
      [
        {
          conditions: { all: [{ fact: 'meta', path: '$.owner.region', operator: 'equal', value: 'EU' }] },
          event: { type: 'eu' },
        },
        {
          conditions: {
            all: [{ fact: 'meta', path: '$.constructor.name', operator: 'equal', value: 'Object' }],
          },
          event: { type: 'prototype-reached' },
        },
      ],
      { pathResolver },
    );
    const { events } = await engine.run({ meta: { owner: { region: 'EU' } } });
    expect(events.map((e) => e.type)).toEqual(['eu']);
  });
});
