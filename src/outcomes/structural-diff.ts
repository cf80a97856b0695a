/**
 * One change between two versions of a document: a value `added`, `removed` or `changed` at `pointer`, with
 * the value `before` and `after`. The pointer's segments name list entries by their key (a milestone by its
 * `id`, a measure by its `metric`, an escalation level by its `level`), not by position, so reordering a list
 * changes nothing; a change inside a list without keys names the list, with the entry as the value.
 *
 * @example
 * ```ts
 * const c: StructuralChange = { op: 'changed', pointer: '/milestones/launch/due', before: '2026-11-30', after: '2026-12-15' };
 * ```
 */
export interface StructuralChange {
  readonly op: 'added' | 'removed' | 'changed';
  readonly pointer: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** The key field of list entries, by the list's name, tried in order; `id` for any other list of objects. */
const LIST_KEYS: Readonly<Record<string, string>> = {
  measures: 'metric',
  escalationPath: 'level',
  actuals: 'on',
  cadences: 'kind',
};

/** Fields compared as one value: a due date is one thing to a person, whatever its form. */
const WHOLE_FIELDS: ReadonlySet<string> = new Set(['due', 'baselineDue']);

const escapeSegment = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** JSON text with sorted keys: equal for equal data whatever the key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key of each entry, when every entry is an object with a distinct text or number in `field`. */
function keyed(list: readonly unknown[], field: string): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const entry of list) {
    if (!isObject(entry)) return undefined;
    const key = entry[field];
    if (typeof key !== 'string' && typeof key !== 'number') return undefined;
    if (map.has(String(key))) return undefined;
    map.set(String(key), entry);
  }
  return map;
}

function diffLists(
  before: readonly unknown[],
  after: readonly unknown[],
  pointer: string,
  name: string,
  out: StructuralChange[],
): void {
  const field = LIST_KEYS[name] ?? 'id';
  const a = keyed(before, field);
  const b = keyed(after, field);
  // Keyed when both sides have distinct keys (an empty list has them trivially).
  if (a !== undefined && b !== undefined && (a.size > 0 || b.size > 0)) {
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
    for (const key of keys)
      diffValues(
        a.get(key),
        b.get(key),
        `${pointer}/${escapeSegment(key)}`,
        key,
        out,
        a.has(key),
        b.has(key),
      );
    return;
  }
  // A list without keys is a multiset: entries only on one side are added or removed, as whole entries.
  const counts = new Map<string, { value: unknown; count: number }>();
  for (const v of before) {
    const k = canonical(v);
    const c = counts.get(k);
    counts.set(k, { value: c?.value ?? v, count: (c?.count ?? 0) + 1 });
  }
  const added: unknown[] = [];
  for (const v of after) {
    const c = counts.get(canonical(v));
    if (c !== undefined && c.count > 0) c.count--;
    else added.push(v);
  }
  for (const { value, count } of counts.values()) {
    for (let i = 0; i < count; i++) out.push({ op: 'removed', pointer, before: value });
  }
  for (const value of added) out.push({ op: 'added', pointer, after: value });
}

function diffValues(
  before: unknown,
  after: unknown,
  pointer: string,
  name: string,
  out: StructuralChange[],
  inBefore = before !== undefined,
  inAfter = after !== undefined,
): void {
  if (!inBefore && !inAfter) return;
  if (!inBefore) {
    out.push({ op: 'added', pointer, after });
    return;
  }
  if (!inAfter) {
    out.push({ op: 'removed', pointer, before });
    return;
  }
  if (canonical(before) === canonical(after)) return;
  if (!WHOLE_FIELDS.has(name) && isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      diffValues(
        before[key],
        after[key],
        `${pointer}/${escapeSegment(key)}`,
        key,
        out,
        key in before && before[key] !== undefined,
        key in after && after[key] !== undefined,
      );
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffLists(before, after, pointer, name, out);
    return;
  }
  out.push({ op: 'changed', pointer, before, after });
}

/** The order of changes: by pointer, then by the values involved (the same order for a diff and its inverse). */
function sortKey(c: StructuralChange): string {
  const values = [c.before, c.after]
    .filter((v) => v !== undefined)
    .map(canonical)
    .sort();
  return `${c.pointer}\u0000${values.join('\u0000')}`;
}

/**
 * The changes from one plain document to another (see {@link StructuralChange}), ordered by pointer: objects are
 * compared field by field, lists entry by entry by key, lists without keys as multisets, everything else by value.
 *
 * @param before - The older version (plain JSON-like data).
 * @param after - The newer version.
 * @returns The changes; none for equal documents or documents that differ only in the order of keyed lists.
 */
export function structuralDiff(before: unknown, after: unknown): StructuralChange[] {
  const out: StructuralChange[] = [];
  diffValues(before, after, '', '', out, true, true);
  const keys = new Map(out.map((c) => [c, sortKey(c)]));
  return out.sort((x, y) => {
    const a = keys.get(x)!;
    const b = keys.get(y)!;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
