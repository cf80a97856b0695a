import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonPaths } from '../../src/model/json-locator.js';
import { scanJson } from '../../src/model/json-scan.js';
import { MAX_COLLECTION_SIZE, MAX_DEPTH, MAX_NODES } from '../../src/model/limits.js';

describe('scanJson', () => {
  it('stops at the reader limits only when asked, exactly past each', () => {
    const list = (n: number) => `[${'0,'.repeat(n - 1)}0]`;
    expect(scanJson(list(MAX_COLLECTION_SIZE), { limits: true })).toBeUndefined();
    expect(scanJson(list(MAX_COLLECTION_SIZE + 1), { limits: true })).toMatchObject({
      kind: 'limit',
      breach: { limit: 'collection', max: MAX_COLLECTION_SIZE, offset: 2 * MAX_COLLECTION_SIZE + 1 },
    });
    expect(scanJson(list(MAX_COLLECTION_SIZE + 1))).toBeUndefined();
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(scanJson(deep(MAX_DEPTH), { limits: true })).toBeUndefined();
    expect(scanJson(deep(MAX_DEPTH + 1), { limits: true })).toMatchObject({
      kind: 'limit',
      breach: { limit: 'depth', offset: MAX_DEPTH },
    });
    // MAX_NODES values: the outer list and its lists count too.
    const lists = Math.ceil(MAX_NODES / 100_000);
    const nodes = `[${Array.from({ length: lists }, () => list(100_000)).join(',')}]`;
    expect(scanJson(nodes, { limits: true })).toMatchObject({ kind: 'limit', breach: { limit: 'nodes' } });
  });

  it('finds duplicate keys per object, decoding escapes, only when asked', () => {
    expect(scanJson('{"a":1,"b":{"a":1},"c":[{"a":1},{"a":2}]}', { duplicateKeys: true })).toBeUndefined();
    expect(scanJson('{"a":1,"\\u0061":2}', { duplicateKeys: true })).toEqual({
      kind: 'syntax',
      error: { code: 'duplicate_key', offset: 7, key: 'a' },
    });
    expect(scanJson('{"a":1,"a":2}')).toBeUndefined();
  });

  it('tells a listener where each value starts, with its key or index', () => {
    const seen: unknown[] = [];
    scanJson('{"a": [1, {"b": null}], "c": "x"}', {
      listener: {
        value: (offset, segment, opens) => seen.push([offset, segment, opens]),
        close: () => seen.push('close'),
      },
    });
    expect(seen).toEqual([
      [0, undefined, true],
      [6, 'a', true],
      [7, 0, false],
      [10, 1, true],
      [16, 'b', false],
      'close',
      'close',
      [29, 'c', false],
      'close',
    ]);
  });
});

/** Every path to a value inside `value`. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

describe('locateJsonPaths', () => {
  it('finds where the value at every path starts, all in one pass', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        const paths = pathsOf(value);
        const offsets = locateJsonPaths(text, paths);
        paths.forEach((path, k) => {
          const offset = offsets[k]!;
          const sub = at(value, path);
          // The text from the offset is the value at the path (JSON.parse reads it back from there).
          const shown = pretty ? JSON.stringify(sub, null, 2) : JSON.stringify(sub);
          if (!pretty || typeof sub !== 'object' || sub === null) {
            expect(text.slice(offset, offset + shown.length)).toBe(shown);
          } else {
            expect(text[offset]).toBe(Array.isArray(sub) ? '[' : '{');
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('answers a path that is not in the text with its nearest ancestor that is', () => {
    const text = '{"a": {"b": [1, 2]}}';
    expect(locateJsonPaths(text, [['a', 'b', 5], ['a', 'missing', 'x'], ['nope'], []])).toEqual([
      12, 6, 0, 0,
    ]);
  });
});
