import { describe, expect, it } from 'vitest';
import { isKnownOperator, parseOperatorName, resolveOperator } from '../../src/engine/resolve-operator.js';

describe('parseOperatorName', () => {
  it('splits decorators, outermost first', () => {
    expect(parseOperatorName('not:swap:contains')).toEqual({
      decorators: ['not', 'swap'],
      operator: 'contains',
    });
    expect(parseOperatorName('equal')).toEqual({ decorators: [], operator: 'equal' });
  });

  it.each([
    '',
    'equals',
    ':equal',
    'equal:',
    'not:',
    'nope:equal',
    'everyFact:above',
    'toString',
    'constructor',
    'not:hasOwnProperty',
  ])('refuses %j', (name) => {
    expect(parseOperatorName(name)).toBeUndefined();
    expect(isKnownOperator(name)).toBe(false);
  });
});

describe('resolveOperator and isKnownOperator', () => {
  it('know every operator, decorated or not', () => {
    expect(isKnownOperator('everyFact:greaterThan')).toBe(true);
    expect(isKnownOperator('not:not:in')).toBe(true);
    expect(isKnownOperator(42 as unknown as string)).toBe(false);
  });

  it('build decorated operators innermost first', () => {
    expect(resolveOperator('everyFact:greaterThan')?.([5, 6], 4)).toBe(true);
    expect(resolveOperator('not:everyFact:greaterThan')?.([5, 6], 4)).toBe(false);
    expect(resolveOperator('someValue:swap:contains')?.(['a'], ['x', 'a'])).toBe(false);
    expect(resolveOperator('swap:someValue:equal')?.(['x', 'a'], 'a')).toBe(true);
    expect(resolveOperator('bogus')).toBeUndefined();
  });
});
