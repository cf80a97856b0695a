import { type BuiltInDecoratorName, builtInDecorators } from './decorators.js';
import { type BuiltInOperatorName, builtInOperators, type OperatorEvaluator } from './operators.js';

/**
 * Splits an operator name into its decorators (outermost first) and base operator, the way json-rules-engine's
 * operator map reads `decorator:decorator:operator`.
 *
 * @param name - An operator name such as `not:everyFact:greaterThan`.
 * @returns The decorators and the operator, or `undefined` when a part is unknown.
 * @example
 * ```ts
 * parseOperatorName('not:swap:contains'); // { decorators: ['not', 'swap'], operator: 'contains' }
 * parseOperatorName('everyFact:above'); // undefined
 * ```
 */
export function parseOperatorName(
  name: string,
):
  | { readonly decorators: readonly BuiltInDecoratorName[]; readonly operator: BuiltInOperatorName }
  | undefined {
  const decorators: BuiltInDecoratorName[] = [];
  let rest = name;
  while (!Object.hasOwn(builtInOperators, rest)) {
    const colon = rest.indexOf(':');
    if (colon <= 0) return undefined;
    const decorator = rest.slice(0, colon);
    if (!Object.hasOwn(builtInDecorators, decorator)) return undefined;
    decorators.push(decorator as BuiltInDecoratorName);
    rest = rest.slice(colon + 1);
  }
  return { decorators, operator: rest as BuiltInOperatorName };
}

/**
 * Builds the operator function for a (possibly decorated) built-in operator name.
 *
 * @param name - An operator name such as `greaterThan` or `everyFact:greaterThan`.
 * @returns The operator, or `undefined` when the name is unknown.
 * @example
 * ```ts
 * resolveOperator('everyFact:greaterThan')?.([5, 6], 4); // true
 * ```
 */
export function resolveOperator(name: string): OperatorEvaluator | undefined {
  const parsed = parseOperatorName(name);
  if (parsed === undefined) return undefined;
  let operator = builtInOperators[parsed.operator];
  for (let i = parsed.decorators.length - 1; i >= 0; i--) {
    operator = builtInDecorators[parsed.decorators[i]!](operator);
  }
  return operator;
}

/**
 * Whether a name is a built-in operator, possibly decorated (`everyFact:greaterThan`, `not:swap:contains`).
 *
 * @param name - The operator name as written in a condition.
 * @returns `true` when json-rules-engine (and crossdept) know the operator.
 * @example
 * ```ts
 * isKnownOperator('not:in'); // true
 * isKnownOperator('greaterThen'); // false
 * ```
 */
export function isKnownOperator(name: string): boolean {
  return typeof name === 'string' && parseOperatorName(name) !== undefined;
}
