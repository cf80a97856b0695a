import { describe, expect, it } from 'vitest';
import { fromJsonPointer, toJsonPointer } from '../../src/i18n/pointer.js';
import { failure, trapped, unconvertible } from '../fixtures/hostile.js';

describe('JSON pointers of values outside their types', () => {
  it('toJsonPointer and fromJsonPointer throw invalid_argument, never a TypeError', () => {
    for (const path of [null, 'a', [Symbol('s')], [unconvertible], [{}], trapped([])]) {
      failure(() => toJsonPointer(path as never), 'invalid_argument');
    }
    expect(toJsonPointer(['a/b', 0])).toBe('/a~1b/0');
    for (const pointer of [null, 5, Symbol('p'), unconvertible]) {
      failure(() => fromJsonPointer(pointer as never), 'invalid_argument');
    }
  });
});
