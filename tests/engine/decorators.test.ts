import { describe, expect, it } from 'vitest';
import { BUILT_IN_DECORATOR_NAMES, builtInDecorators } from '../../src/engine/decorators.js';
import { EngineError } from '../../src/engine/errors.js';
import { builtInOperators } from '../../src/engine/operators.js';

const { equal, greaterThan, contains } = builtInOperators;
const { someFact, someValue, everyFact, everyValue, swap, not } = builtInDecorators;

describe('built-in decorators', () => {
  it('lists the six json-rules-engine decorators', () => {
    expect([...BUILT_IN_DECORATOR_NAMES].sort()).toEqual(Object.keys(builtInDecorators).sort());
  });

  it('someFact and everyFact apply the operator to each element of an array fact', () => {
    expect(someFact(greaterThan)([1, 5], 4)).toBe(true);
    expect(someFact(greaterThan)([1, 2], 4)).toBe(false);
    expect(everyFact(greaterThan)([5, 6], 4)).toBe(true);
    expect(everyFact(greaterThan)([5, 1], 4)).toBe(false);
  });

  it('someFact and everyFact are false for a fact that is not an array, and everyFact of [] is true', () => {
    expect(someFact(equal)('abc', 'a')).toBe(false);
    expect(everyFact(equal)(null, null)).toBe(false);
    expect(everyFact(equal)([], 1)).toBe(true);
    expect(someFact(equal)([], 1)).toBe(false);
  });

  it('someValue and everyValue apply the operator to each element of an array value', () => {
    expect(someValue(equal)('b', ['a', 'b'])).toBe(true);
    expect(everyValue(greaterThan)(10, [1, 5])).toBe(true);
    expect(everyValue(greaterThan)(3, [1, 5])).toBe(false);
    expect(everyValue(equal)('x', [])).toBe(true);
  });

  it('someValue and everyValue throw an EngineError for a value that is not an array', () => {
    expect(() => someValue(equal)('a', 'abc')).toThrow(EngineError);
    expect(() => everyValue(equal)('a', null)).toThrow(EngineError);
  });

  it('swap exchanges fact and value, not negates', () => {
    expect(swap(contains)('b', ['a', 'b'])).toBe(true);
    expect(swap(greaterThan)(3, 5)).toBe(true);
    expect(not(equal)(1, 2)).toBe(true);
    expect(not(not(equal))(1, 1)).toBe(true);
  });

  it('compose: not:swap:contains', () => {
    const notSwapContains = not(swap(contains));
    expect(notSwapContains('c', ['a', 'b'])).toBe(true);
    expect(notSwapContains('a', ['a', 'b'])).toBe(false);
  });

  it('skip holes of sparse arrays, as Array.prototype.some and every do', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    const sparse = [, 1];
    expect(everyFact(equal)(sparse, 1)).toBe(true);
    expect(someFact(equal)(sparse, undefined)).toBe(false);
  });
});
