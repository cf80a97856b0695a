import { type OperatorEvaluator, operatorTypeError } from './operators.js';

/**
 * An operator decorator: wraps an operator (`next`) into a new one. Written before the operator with a colon,
 * `everyFact:greaterThan`, and composable, `not:swap:contains` (the leftmost decorator is the outermost).
 *
 * @example
 * ```ts
 * const twice: OperatorDecorator = (next) => (fact, value) => next(fact, value) && next(fact, value);
 * ```
 */
export type OperatorDecorator = (next: OperatorEvaluator) => OperatorEvaluator;

/** The names of json-rules-engine's built-in decorators. @example `BUILT_IN_DECORATOR_NAMES.includes('swap'); // true` */
export const BUILT_IN_DECORATOR_NAMES = [
  'someFact',
  'someValue',
  'everyFact',
  'everyValue',
  'swap',
  'not',
] as const;

/** A built-in decorator name. @example `const name: BuiltInDecoratorName = 'everyFact';` */
export type BuiltInDecoratorName = (typeof BUILT_IN_DECORATOR_NAMES)[number];

/** `value.some`/`value.every` need an array; json-rules-engine throws a `TypeError` for anything else. */
function requireArray(decorator: string, value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw operatorTypeError(decorator, 'array', value);
}

/**
 * json-rules-engine's built-in decorators with the same results on every input: `someFact`/`everyFact` apply
 * the operator to each element of the fact (`false` when the fact is not an array, and `everyFact` of an empty
 * array is `true`); `someValue`/`everyValue` to each element of the value (which must be an array: otherwise an
 * `EngineError`, where json-rules-engine throws a `TypeError`); `swap` exchanges fact and value; `not` negates.
 * Holes of sparse arrays are skipped, as `Array.prototype.some` and `every` skip them.
 *
 * @example
 * ```ts
 * import { builtInOperators } from './operators.js';
 *
 * builtInDecorators.everyFact(builtInOperators.greaterThan)([3, 4], 2); // true
 * builtInDecorators.swap(builtInOperators.contains)('b', ['a', 'b']); // true
 * ```
 */
export const builtInDecorators: { readonly [N in BuiltInDecoratorName]: OperatorDecorator } = {
  someFact: (next) => (fact, value) => Array.isArray(fact) && fact.some((f) => next(f, value)),
  someValue: (next) => (fact, value) => requireArray('someValue', value).some((v) => next(fact, v)),
  everyFact: (next) => (fact, value) => Array.isArray(fact) && fact.every((f) => next(f, value)),
  everyValue: (next) => (fact, value) => requireArray('everyValue', value).every((v) => next(fact, v)),
  swap: (next) => (fact, value) => next(value, fact),
  not: (next) => (fact, value) => !next(fact, value),
};
