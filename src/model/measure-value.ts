import type { IssuePath } from '../issues/issue.js';
import { breachOf, type LimitBreach, MAX_COLLECTION_SIZE, MAX_DEPTH, MAX_NODES } from './limits.js';

/** The limits {@link measureValue} checks; the reader limits by default. @example `const limits: ValueLimits = { maxNodes: 50_000, maxCollectionSize: 50_000, maxDepth: 48 };` */
export interface ValueLimits {
  readonly maxNodes: number;
  readonly maxCollectionSize: number;
  readonly maxDepth: number;
  /** The names of the constants, for messages. */
  readonly names?: { readonly nodes: string; readonly collection: string; readonly depth: string };
}

/**
 * What {@link measureValue} found: the first limit exceeded, own `__proto__` keys, and the large subtrees.
 *
 * @example
 * ```ts
 * const { breach, protoKeys } = measureValue(JSON.parse('{"__proto__": 1}')); // protoKeys: [['__proto__']]
 * ```
 */
export interface ValueMeasure {
  /** The first limit the value exceeds, and where. */
  readonly breach?: { readonly exceeded: LimitBreach; readonly path: IssuePath };
  /** The paths of own keys named `__proto__` (a key zod drops silently from records). */
  readonly protoKeys: readonly IssuePath[];
  /** The number of values in each list or object holding more than `largeAt` values (for validating in parts). */
  readonly largeSubtrees: ReadonlyMap<object, number>;
}

/** The reader limits. @example `measureValue({ id: 'launch', milestones: [] }, READER_VALUE_LIMITS);` */
export const READER_VALUE_LIMITS: ValueLimits = {
  maxNodes: MAX_NODES,
  maxCollectionSize: MAX_COLLECTION_SIZE,
  maxDepth: MAX_DEPTH,
};

interface Level {
  readonly value: object;
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  readonly segment: string | number | undefined;
  /** The node count when this level was entered. */
  readonly startNodes: number;
  next: number;
}

/**
 * Walks plain data (own enumerable keys, array elements) without recursion and measures it against the limits:
 * values counted (shared references once per place, as a validator sees them), entries per list or object, and
 * nesting depth. It stops at the first limit exceeded, so a five-million-element array costs one length check,
 * and a cyclic object stops at the depth limit. Getters and proxy traps run (an exception from them propagates to
 * the caller, which reports the input as unreadable).
 *
 * @param root - The value.
 * @param limits - The limits (the reader limits by default).
 * @param largeAt - Subtrees with more values than this are listed in `largeSubtrees`.
 * @returns The measure.
 * @example
 * ```ts
 * measureValue({ a: [1, 2, 3] }).breach; // undefined
 * measureValue(new Array(300_000).fill(0)).breach?.exceeded.limit; // 'collection'
 * ```
 */
export function measureValue(
  root: unknown,
  limits: ValueLimits = READER_VALUE_LIMITS,
  largeAt = Number.POSITIVE_INFINITY,
): ValueMeasure {
  const protoKeys: IssuePath[] = [];
  const largeSubtrees = new Map<object, number>();
  const stack: Level[] = [];
  let nodes = 0;
  const pathTo = (segment?: string | number): IssuePath => {
    const path: (string | number)[] = [];
    for (const level of stack) if (level.segment !== undefined) path.push(level.segment);
    if (segment !== undefined) path.push(segment);
    return path;
  };
  const breach = (
    limit: 'nodes' | 'collection' | 'depth',
    max: number,
    path: IssuePath,
  ): ValueMeasure['breach'] => {
    const name = limits.names?.[limit] ?? breachOf(limit).name;
    return { exceeded: { limit, max, name }, path };
  };
  /** Counts one value; opens a level when it is a list or object. Returns a breach, if any. */
  const visit = (value: unknown, segment: string | number | undefined): ValueMeasure['breach'] => {
    if (++nodes > limits.maxNodes) return breach('nodes', limits.maxNodes, []);
    if (typeof value !== 'object' || value === null) return undefined;
    if (stack.length + 1 > limits.maxDepth) return breach('depth', limits.maxDepth, pathTo(segment));
    const isArray = Array.isArray(value);
    const keys = isArray ? undefined : Object.keys(value);
    const length = isArray ? (value as unknown[]).length : (keys as string[]).length;
    if (length > limits.maxCollectionSize) {
      return breach('collection', limits.maxCollectionSize, pathTo(segment));
    }
    if (!isArray && Object.hasOwn(value, '__proto__')) protoKeys.push(pathTo(segment).concat('__proto__'));
    stack.push({ value, keys, length, segment, startNodes: nodes, next: 0 });
    return undefined;
  };

  let found = visit(root, undefined);
  while (found === undefined && stack.length > 0) {
    const level = stack[stack.length - 1]!;
    if (level.next >= level.length) {
      stack.pop();
      const size = nodes - level.startNodes + 1;
      if (size > largeAt) largeSubtrees.set(level.value, size);
      continue;
    }
    const index = level.next++;
    if (level.keys === undefined) {
      found = visit((level.value as unknown[])[index], index);
    } else {
      const key = level.keys[index]!;
      found = visit((level.value as Record<string, unknown>)[key], key);
    }
  }
  return found === undefined ? { protoKeys, largeSubtrees } : { breach: found, protoKeys, largeSubtrees };
}
