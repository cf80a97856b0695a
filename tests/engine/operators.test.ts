import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/errors.js';
import {
  BUILT_IN_OPERATOR_NAMES,
  builtInOperators,
  isNumericFactValue,
  operatorTypeError,
} from '../../src/engine/operators.js';

const {
  equal,
  notEqual,
  contains,
  doesNotContain,
  lessThan,
  lessThanInclusive,
  greaterThan,
  greaterThanInclusive,
} = builtInOperators;

describe('built-in operators', () => {
  it('lists the ten json-rules-engine operators', () => {
    expect([...BUILT_IN_OPERATOR_NAMES].sort()).toEqual(Object.keys(builtInOperators).sort());
    expect(BUILT_IN_OPERATOR_NAMES).toHaveLength(10);
  });

  it('equal and notEqual are strict', () => {
    expect(equal(1, 1)).toBe(true);
    expect(equal(1, '1')).toBe(false);
    expect(equal(Number.NaN, Number.NaN)).toBe(false);
    expect(equal([1], [1])).toBe(false);
    expect(notEqual(null, undefined)).toBe(true);
    expect(notEqual('a', 'a')).toBe(false);
  });

  it('in and notIn look the fact up in a list, or in text by substring', () => {
    expect(builtInOperators.in('EU', ['EU', 'US'])).toBe(true);
    expect(builtInOperators.in('APAC', ['EU', 'US'])).toBe(false);
    expect(builtInOperators.in('b', 'abc')).toBe(true);
    // String.prototype.indexOf turns the fact into text, as json-rules-engine's `b.indexOf(a)` does.
    expect(builtInOperators.in(undefined, 'is undefined')).toBe(true);
    expect(builtInOperators.in(Number.NaN, [Number.NaN])).toBe(false);
    expect(builtInOperators.notIn('x', ['a'])).toBe(true);
    expect(builtInOperators.notIn('a', ['a'])).toBe(false);
  });

  it('in and notIn throw an EngineError where json-rules-engine throws a TypeError', () => {
    for (const value of [5, null, undefined, { indexOf: 1 }, true]) {
      expect(() => builtInOperators.in('a', value)).toThrow(EngineError);
      expect(() => builtInOperators.notIn('a', value)).toThrow(EngineError);
    }
    try {
      builtInOperators.in('a', 5);
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).issues[0]).toMatchObject({
        code: 'operator_type',
        operator: 'in',
        expected: 'array or string',
        received: 'number',
      });
    }
  });

  it('contains and doesNotContain need an array fact, and are false otherwise', () => {
    expect(contains(['a', 'b'], 'b')).toBe(true);
    expect(contains('abc', 'b')).toBe(false);
    expect(contains(null, 'b')).toBe(false);
    expect(doesNotContain(['a'], 'b')).toBe(true);
    expect(doesNotContain('abc', 'z')).toBe(false);
  });

  it('comparisons are false for facts that are not numbers by parseFloat', () => {
    expect(lessThan(3, 5)).toBe(true);
    expect(lessThanInclusive(5, 5)).toBe(true);
    expect(greaterThan(6, 5)).toBe(true);
    expect(greaterThanInclusive(5, 5)).toBe(true);
    expect(greaterThan(null, -1)).toBe(false);
    expect(lessThan(true, 5)).toBe(false);
    expect(lessThan('n/a', 5)).toBe(false);
    expect(greaterThan(Number.NaN, 0)).toBe(false);
    expect(lessThan({}, 5)).toBe(false);
  });

  it('comparisons coerce facts that parseFloat accepts, as json-rules-engine does', () => {
    // ' 3' parses and compares as 3; '12abc' parses but compares as NaN; [5] parses and compares as 5.
    expect(lessThan(' 3', 5)).toBe(true);
    expect(greaterThan('12abc', 5)).toBe(false);
    expect(greaterThan([5], 3)).toBe(true);
    expect(greaterThan(Number.POSITIVE_INFINITY, 1e308)).toBe(true);
    expect(lessThan(2, '10')).toBe(true);
  });
});

describe('isNumericFactValue', () => {
  it.each([
    [42, true],
    [-0, true],
    [Number.POSITIVE_INFINITY, true],
    [Number.NaN, false],
    ['42', true],
    ['12abc', true],
    [' 3', true],
    ['abc', false],
    ['', false],
    [null, false],
    [undefined, false],
    [true, false],
    [[5], true],
    [[], false],
    [{}, false],
  ])('%j → %s', (value, expected) => {
    expect(isNumericFactValue(value)).toBe(expected);
  });

  it('throws, as json-rules-engine does, for an object that cannot become text', () => {
    expect(() => isNumericFactValue(Object.create(null))).toThrow(TypeError);
  });
});

describe('operatorTypeError', () => {
  it('carries one bilingual operator_type issue', () => {
    const error = operatorTypeError('someValue', 'array', 'text');
    expect(error.code).toBe('evaluation_failed');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'operator_type', received: 'string', expected: 'array' });
    expect(error.issues[0]?.messages.en).toContain('someValue');
    expect(error.issues[0]?.messages['zh-CN']).toContain('someValue');
  });
});
