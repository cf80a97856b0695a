import { createRequire } from 'node:module';

/** json-rules-engine's operator object, as far as the tests use it. */
export interface JreOperator {
  readonly name: string;
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
}

interface JreOperatorMap {
  addOperator(operator: unknown): void;
  addOperatorDecorator(decorator: unknown): void;
  get(name: string): JreOperator | null;
}

const require = createRequire(import.meta.url);

/**
 * json-rules-engine's own operator map with its default operators and decorators (from its dist files), the
 * oracle the crossdept operators are compared with.
 */
export function jreOperatorMap(): JreOperatorMap {
  const OperatorMap = (
    require('json-rules-engine/dist/operator-map.js') as { default: new () => JreOperatorMap }
  ).default;
  const operators = (require('json-rules-engine/dist/engine-default-operators.js') as { default: unknown[] })
    .default;
  const decorators = (
    require('json-rules-engine/dist/engine-default-operator-decorators.js') as { default: unknown[] }
  ).default;
  const map = new OperatorMap();
  for (const o of operators) map.addOperator(o);
  for (const d of decorators) map.addOperatorDecorator(d);
  return map;
}
