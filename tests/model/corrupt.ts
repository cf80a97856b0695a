import fc from 'fast-check';
import { collaborationArb } from '../../src/testing/index.js';

/** Every place in plain data: the path to each value, the document included. */
function places(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) places(v, [...path, k], out);
  return out;
}

/** Values that break a field in the ways people and programs break them. */
const WRONG: readonly unknown[] = [
  'x',
  '',
  ' ',
  'bad id!',
  '2026-02-30',
  '2026-13-01',
  '２０２６-０１-０１',
  'Wang\u001b[2J',
  'a'.repeat(10_001),
  'é'.repeat(60),
  '𝒳'.repeat(60),
  -1,
  0,
  1.5,
  1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  undefined,
  true,
  [],
  {},
  { x: 1 },
  { month: 1, part: 'end' },
  { days: 3 },
  ['x'],
  [{ id: 'x' }],
  'planned',
  'done',
  'rd',
];

/** One change to a document: a value replaced, a key removed or added, an element repeated or removed. */
type Change =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add-key'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'repeat'; readonly at: number }
  | { readonly kind: 'proto'; readonly at: number };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.oneof(fc.constantFrom(...WRONG), fc.jsonValue({ maxDepth: 2 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', 'id', 'status', 'constructor', 'toString', '0', 'rd', '日本'),
    value: fc.constantFrom(...WRONG),
  }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('proto' as const), at: fc.nat() }),
);

function apply(document: Record<string, unknown>, change: Change): void {
  const all = places(document);
  const path = all[change.at % all.length]!;
  const parentPath = path.slice(0, -1);
  let parent: unknown = document;
  for (const segment of parentPath) parent = (parent as Record<string | number, unknown>)[segment];
  let target: unknown = document;
  for (const segment of path) target = (target as Record<string | number, unknown>)[segment];
  const last = path[path.length - 1];
  switch (change.kind) {
    case 'replace':
      if (last === undefined) return;
      (parent as Record<string | number, unknown>)[last] = change.value;
      return;
    case 'delete':
      if (last === undefined) return;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, unknown>)[last];
      return;
    case 'add-key':
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>)[change.key] = change.value;
      return;
    case 'repeat':
      if (Array.isArray(parent) && typeof last === 'number') parent.push(structuredClone(parent[last]));
      return;
    case 'proto':
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        Object.defineProperty(target, '__proto__', {
          value: 'x',
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return;
  }
}

/**
 * A generated collaboration, valid or with up to three changes of the kinds above: wrong values, missing and
 * unknown keys (`__proto__` among them), repeated list elements (so repeated ids), removed elements (so
 * references to nothing).
 */
export const corruptedCollaborationArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(collaborationArb(), fc.array(changeArb, { maxLength: 3 }))
  .map(([c, changes]) => {
    const document = structuredClone(c) as Record<string, unknown>;
    for (const change of changes) apply(document, change);
    return document;
  });
