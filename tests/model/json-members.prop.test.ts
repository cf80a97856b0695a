import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countJsonMembers } from '../../src/model/json-members.js';

/** The keys of all objects of a JSON value. */
function keys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + keys(v), 0);
  if (typeof value === 'object' && value !== null)
    return Object.values(value).reduce((n: number, v) => n + keys(v), Object.keys(value).length);
  return 0;
}

describe('countJsonMembers', () => {
  it('counts the keys of every object of JSON text, whatever its strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        if (text === undefined) return;
        expect(countJsonMembers(text)).toBe(keys(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a key written twice twice, where JSON.parse keeps one', () => {
    const text = '{"a": 1, "a": {"b:\\"c": "d:", "e\\\\": [":"]}}';
    expect(countJsonMembers(text)).toBe(4);
    expect(keys(JSON.parse(text))).toBe(3);
  });
});
