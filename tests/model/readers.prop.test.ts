// A fuzz suite for the readers (issue 12): generated YAML and JSON text — deep nesting, many keys, long lists,
// aliases and alias bombs, duplicate keys, control characters, and fragments of YAML syntax in any order — fed to
// loadCollaboration (as YAML and as JSON) and loadRulesConfig. Whatever the text, a reader returns (never throws)
// a well-formed result: data, or at most MAX_ISSUES + 1 issues, each with a code, a path, its pointer and a message.
// FUZZ_RUNS raises the runs of every property for a long local run (`FUZZ_RUNS=5000 npx vitest run tests/model/readers.prop.test.ts`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonPointer } from '../../src/issues/pointer.js';
import { MAX_ISSUES } from '../../src/model/limits.js';
import { loadCollaboration } from '../../src/model/parse.js';
import { hasControlCharacter } from '../../src/model/primitives.js';
import { loadRulesConfig } from '../../src/rules/config/load.js';
import { aliasArb, exampleArb, serializedArb, soupArb, wideArb } from '../fixtures/hostile-text.js';

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
