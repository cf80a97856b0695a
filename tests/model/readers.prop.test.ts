// A fuzz suite for the readers (issue 12): generated YAML and JSON text — deep nesting, many keys, long lists,
// aliases and alias bombs, duplicate keys, control characters, and fragments of YAML syntax in any order — fed to
// loadCollaboration (as YAML and as JSON) and loadRulesConfig. Whatever the text, a reader returns (never throws)
// a well-formed result: data, or at most MAX_ISSUES + 1 issues, each with a code, a path, its pointer and a message.
// FUZZ_RUNS raises the runs of every property for a long local run (`FUZZ_RUNS=5000 npx vitest run tests/model/readers.prop.test.ts`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { toJsonPointer } from '../../src/i18n/pointer.js';
import { MAX_ISSUES } from '../../src/model/limits.js';
import { loadCollaboration } from '../../src/model/parse.js';
import { hasControlCharacter } from '../../src/model/primitives.js';
import { loadRulesConfig } from '../../src/rules/config/load.js';
import { exampleText } from '../fixtures/example.js';

const runs = (n: number) => Math.max(n, Number(process.env.FUZZ_RUNS ?? 0));
/** No time limit for a long run. */
const timeout = process.env.FUZZ_RUNS ? 24 * 3_600_000 : undefined;

type Result =
  | { readonly success: true; readonly data: unknown }
  | {
      readonly success: false;
      readonly issues: readonly {
        readonly code: string;
        readonly path: readonly unknown[];
        readonly pointer: string;
        readonly message: string;
        readonly line?: number;
        readonly column?: number;
      }[];
    };

/** The result is data, or 1 to MAX_ISSUES + 1 well-formed issues; messages show no control character. */
function expectWellFormed(result: Result, plainMessages = true): void {
  expect(typeof result.success).toBe('boolean');
  if (result.success) {
    expect(typeof result.data).toBe('object');
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  expect(result.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
  result.issues.forEach((issue, k) => {
    expect(typeof issue.code).toBe('string');
    expect(Array.isArray(issue.path)).toBe(true);
    for (const segment of issue.path) expect(['string', 'number']).toContain(typeof segment);
    expect(issue.pointer).toBe(toJsonPointer(issue.path as (string | number)[]));
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    if (plainMessages) expect(hasControlCharacter(issue.message)).toBe(false);
    if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
    if (issue.column !== undefined) expect(issue.column).toBeGreaterThanOrEqual(1);
    if (issue.code === 'too_many_issues') expect(k).toBe(result.issues.length - 1);
  });
}

/** Reads the text every way there is, checking each result. */
function readEveryWay(text: string): void {
  for (const locale of ['en', 'zh-CN'] as const) {
    expectWellFormed(loadCollaboration(text, { locale }));
    expectWellFormed(loadCollaboration(text, { format: 'json', locale }));
  }
  expectWellFormed(loadRulesConfig(text), false);
  expectWellFormed(loadRulesConfig(text, { format: 'json' }), false);
}

const CONTROL = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
);

/** Pieces of YAML and JSON syntax, including the ones that nest and the ones that break. */
const fragmentArb = fc.oneof(
  fc.constantFrom(
    '- ',
    ': ',
    '? ',
    '[',
    ']',
    '{',
    '}',
    ', ',
    '&a ',
    '*a',
    '&b ',
    '*b',
    '!tag ',
    '!!str ',
    '#c',
  ),
  fc.constantFrom(
    '\n',
    '\n  ',
    '\n    ',
    '\t',
    '"',
    "'",
    '\\',
    '|\n',
    '>\n',
    '---\n',
    '...\n',
    '%YAML 1.2\n',
  ),
  fc.constantFrom('id', 'name', 'scenario', 'rules', 'custom', '__proto__', 'constructor', 'prototype'),
  fc.constantFrom('.inf', '-.nan', '~', 'null', 'true', '0x1F', '1e400', '2026-02-30', '{value}', '中文'),
  CONTROL,
  fc.string({ maxLength: 8 }),
  fc
    .tuple(fc.constantFrom('[', '{', '- ', '  ', '"\\', ': ', '*a, '), fc.integer({ min: 1, max: 3_000 }))
    .map(([unit, n]) => unit.repeat(n)),
);
const soupArb = fc.array(fragmentArb, { maxLength: 60 }).map((parts) => parts.join(''));

/** A value nested up to 100 levels, with keys that repeat, wide lists and control characters in its text. */
const valueArb = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), CONTROL),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('id', '__proto__', 'name')),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;

const nestedArb = fc
  .tuple(valueArb, fc.integer({ min: 0, max: 100 }), fc.boolean())
  .map(([inner, levels, lists]) => {
    let value = inner;
    for (let i = 0; i < levels; i++) value = lists ? [value] : { k: value };
    return value;
  });

/** Text from a value: YAML (block or flow) or JSON, then sometimes cut, sometimes with a line repeated. */
const serializedArb = fc
  .tuple(
    nestedArb,
    fc.constantFrom('block', 'flow', 'json', 'json-pretty'),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom('cut', 'repeat-line', 'control')), { freq: 2 }),
  )
  .map(([value, style, change]) => {
    let text =
      style === 'json'
        ? JSON.stringify(value)
        : style === 'json-pretty'
          ? JSON.stringify(value, null, 2)
          : stringify(value, { collectionStyle: style as 'block' | 'flow', lineWidth: 0 });
    text ??= 'null';
    if (change !== null) {
      const [at, how] = change;
      const cut = at % (text.length + 1);
      if (how === 'cut') text = text.slice(0, cut);
      else if (how === 'control') text = `${text.slice(0, cut)}\u001b[2J${text.slice(cut)}`;
      else {
        const lines = text.split('\n');
        const line = lines[at % lines.length] ?? '';
        lines.splice(at % lines.length, 0, line);
        text = lines.join('\n');
      }
    }
    return text;
  });

/** Many keys, duplicates among them; long lists; in YAML or JSON. */
const wideArb = fc
  .tuple(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.boolean())
  .map(([n, duplicates, json, list]) => {
    const keys = Array.from({ length: n }, (_, i) => `k${i % (n - duplicates || 1)}`);
    if (list)
      return json
        ? `{"id":"x","l":[${keys.map((k) => `"${k}"`).join(',')}]}`
        : `l:\n${keys.map((k) => `- ${k}\n`).join('')}`;
    return json ? `{${keys.map((k) => `"${k}":1`).join(',')}}` : keys.map((k) => `${k}: 1\n`).join('');
  });

/** Alias bombs: `levels` anchors, each a list of `width` aliases of the one before. */
const aliasArb = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.boolean())
  .map(([levels, width, flow]) => {
    const lines = ['a0: &a0 [x, y]'];
    for (let i = 1; i <= levels; i++) {
      const aliases = Array(width).fill(`*a${i - 1}`);
      lines.push(
        flow
          ? `a${i}: &a${i} [${aliases.join(', ')}]`
          : `a${i}: &a${i}\n${aliases.map((a) => `  - ${a}`).join('\n')}`,
      );
    }
    return `${lines.join('\n')}\n`;
  });

/** The worked example with a fragment spliced in somewhere. */
const exampleArb = fc
  .tuple(fc.nat(exampleText.length), soupArb)
  .map(([at, soup]) => exampleText.slice(0, at) + soup + exampleText.slice(at));

describe('the readers, fuzzed', () => {
  it(
    'fragments of YAML and JSON syntax in any order',
    () => {
      fc.assert(fc.property(soupArb, readEveryWay), { numRuns: runs(150) });
    },
    timeout,
  );

  it(
    'serialized values nested up to 100 levels, cut, with lines repeated or control characters',
    () => {
      fc.assert(fc.property(serializedArb, readEveryWay), { numRuns: runs(100) });
    },
    timeout,
  );

  it(
    'many keys, duplicate keys and long lists',
    () => {
      fc.assert(fc.property(wideArb, readEveryWay), { numRuns: runs(30) });
    },
    timeout,
  );

  it(
    'aliases, up to bombs of 12^12 values',
    () => {
      fc.assert(fc.property(aliasArb, readEveryWay), { numRuns: runs(40) });
    },
    timeout,
  );

  it(
    'the worked example with a fragment spliced in',
    () => {
      fc.assert(fc.property(exampleArb, readEveryWay), { numRuns: runs(60) });
    },
    timeout,
  );
});
