import { describe, expect, it } from 'vitest';
import { fromJsonPointer, toJsonPointer } from '../../src/issues/pointer.js';
import { trapped, unconvertible } from '../fixtures/hostile.js';

describe('JSON pointers of values outside their types', () => {
  it('toJsonPointer writes any segment as text and any non-list as the empty path, never throwing', () => {
    expect(toJsonPointer(['a/b', 0])).toBe('/a~1b/0');
    expect(toJsonPointer([Symbol('s'), unconvertible, null] as never)).toBe('/Symbol(s)/[object]/null');
    for (const path of [null, 'a', 5, trapped([]), trapped()]) expect(toJsonPointer(path as never)).toBe('');
  });

  it('fromJsonPointer reads anything that is not text as the empty path, never throwing', () => {
    for (const pointer of [null, 5, Symbol('p'), unconvertible, trapped()]) {
      expect(fromJsonPointer(pointer as never)).toEqual([]);
    }
    expect(fromJsonPointer('/a~1b/0')).toEqual(['a/b', 0]);
  });
});
