import { EngineError } from './errors.js';
import { createEngineIssue, describeType } from './issue.js';

/**
 * An operator: compares a fact's value (left) with a condition's value (right). Built-in operators include
 * json-rules-engine's fact-value validation, so `lessThan` on a non-number is simply `false`.
 *
 * @example
 * ```ts
 * const atLeastTwo: OperatorEvaluator = (factValue) => Array.isArray(factValue) && factValue.length >= 2;
 * ```
 */
export type OperatorEvaluator = (factValue: unknown, compareToValue: unknown) => boolean;

/** The names of json-rules-engine's built-in operators. @example `BUILT_IN_OPERATOR_NAMES.includes('in'); // true` */
export const BUILT_IN_OPERATOR_NAMES = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;

/** A built-in operator name. @example `const name: BuiltInOperatorName = 'greaterThanInclusive';` */
export type BuiltInOperatorName = (typeof BUILT_IN_OPERATOR_NAMES)[number];

/**
 * The `EngineError` (`evaluation_failed`, one `operator_type` issue) an operator throws where json-rules-engine
 * would throw a `TypeError`.
 *
 * @param operator - The operator's name.
 * @param expected - The kind of value it needs (`array or string`, `array`).
 * @param value - The value it got.
 * @returns The error, to throw.
 * @example
 * ```ts
 * operatorTypeError('in', 'array or string', 5).issues[0]?.received; // 'number'
 * ```
 */
export function operatorTypeError(operator: string, expected: string, value: unknown): EngineError {
  return new EngineError('evaluation_failed', [
    createEngineIssue('operator_type', [], { operator, expected, received: describeType(value) }),
  ]);
}

/**
 * json-rules-engine's number validator for the comparison operators: `Number.parseFloat(value)` is not `NaN`.
 * It accepts numbers, numeric strings (`'12'`, `'12abc'`), and anything whose text starts like a number
 * (`[5]`); it refuses `null`, booleans, objects and non-numeric text.
 *
 * @param factValue - The fact's value.
 * @returns Whether the comparison operators compare it at all.
 * @example
 * ```ts
 * isNumericFactValue('42'); // true
 * isNumericFactValue(null); // false
 * ```
 */
export function isNumericFactValue(factValue: unknown): boolean {
  // A number's text parses back to the number, so only NaN fails; skipping the text round trip is much faster.
  if (typeof factValue === 'number') return !Number.isNaN(factValue);
  // parseFloat converts its argument to text first, exactly as json-rules-engine's validator does.
  return !Number.isNaN(Number.parseFloat(factValue as string));
}

/**
 * `container.indexOf(item)` for arrays and strings, as json-rules-engine calls it; for other values
 * json-rules-engine throws a `TypeError`, and this throws an `EngineError` instead.
 */
function indexIn(operator: string, container: unknown, item: unknown): number {
  if (Array.isArray(container)) return container.indexOf(item);
  // String.prototype.indexOf converts the item to text, as json-rules-engine does ('abc' in 'xabcx').
  if (typeof container === 'string') return container.indexOf(item as string);
  throw operatorTypeError(operator, 'array or string', container);
}

/**
 * json-rules-engine's built-in operators, as plain functions with the same results on every input:
 * `equal`/`notEqual` are `===`/`!==`; `in`/`notIn` look the fact up in the value with `indexOf` (an array, or
 * text by substring) and throw an `EngineError` for any other value; `contains`/`doesNotContain` look the value
 * up in the fact and are `false` when the fact is not an array; the four comparisons are `false` when the fact
 * fails {@link isNumericFactValue}.
 *
 * @example
 * ```ts
 * builtInOperators.in('EU', ['EU', 'US']); // true
 * builtInOperators.greaterThan('n/a', 3); // false: not a number
 * builtInOperators.doesNotContain('abc', 'a'); // false: the fact is not an array
 * ```
 */
export const builtInOperators: { readonly [N in BuiltInOperatorName]: OperatorEvaluator } = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => indexIn('in', b, a) > -1,
  notIn: (a, b) => indexIn('notIn', b, a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  // The casts keep JavaScript's own coercing comparison, which json-rules-engine uses on validated values.
  lessThan: (a, b) => isNumericFactValue(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumericFactValue(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumericFactValue(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumericFactValue(a) && (a as number) >= (b as number),
};
