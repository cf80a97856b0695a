import { describe, expect, it } from 'vitest';
import { freezeData } from '../../src/engine/freeze-data.js';

describe('freezeData', () => {
  it('copies plain data deeply and freezes the copy', () => {
    const input = { a: [1, { b: 'x' }], c: null, d: undefined, e: 10n };
    const result = freezeData(input);
    expect('data' in result && result.data).toEqual(input);
    if (!('data' in result)) return;
    const data = result.data as { a: [number, { b: string }] };
    expect(data).not.toBe(input);
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data.a[1])).toBe(true);
  });

  it('keeps holes of sparse arrays', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    const result = freezeData([1, , 3]);
    expect('data' in result && 1 in (result.data as unknown[])).toBe(false);
  });

  it('keeps a "__proto__" key as a key', () => {
    const result = freezeData(JSON.parse('{"__proto__": {"x": 1}}'));
    if (!('data' in result)) throw new Error('expected data');
    expect(Object.hasOwn(result.data as object, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
  });

  it('refuses what is not plain data', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    let deep: unknown = 1;
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(freezeData(() => 1)).toEqual({ notPlainData: 'function' });
    expect(freezeData(Symbol('s'))).toEqual({ notPlainData: 'symbol' });
    expect(freezeData({ when: new Date(0) })).toEqual({ notPlainData: 'Date' });
    expect(freezeData(cyclic)).toEqual({ notPlainData: 'cycle' });
    expect(freezeData(deep)).toEqual({ notPlainData: 'too deep' });
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(freezeData([shared, shared])).toEqual({ data: [{ x: 1 }, { x: 1 }] });
  });
});
