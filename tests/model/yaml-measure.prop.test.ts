import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_COLLECTION_SIZE, MAX_DEPTH, MAX_YAML_TOKENS } from '../../src/model/limits.js';
import { measureYaml } from '../../src/model/yaml-measure.js';

/** Lists and objects on the deepest path (the document itself counts when it is one). */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** A value nested `levels` deep around `inner`, each level a list or an object, with siblings on the way. */
const nestedArb = fc
  .tuple(
    fc.integer({ min: MAX_DEPTH - 6, max: MAX_DEPTH + 6 }),
    fc.jsonValue({ maxDepth: 2 }),
    fc.infiniteStream(fc.tuple(fc.boolean(), fc.constantFrom('a', 'key', 'b c'), fc.boolean())),
  )
  .map(([levels, inner, steps]) => {
    let value: unknown = inner;
    const it = steps[Symbol.iterator]();
    for (let i = 0; i < levels; i++) {
      const [list, key, sibling] = it.next().value as [boolean, string, boolean];
      value = list ? (sibling ? ['x', value] : [value]) : sibling ? { s: 1, [key]: value } : { [key]: value };
    }
    return value;
  });

describe('measureYaml', () => {
  it('finds nesting beyond MAX_DEPTH exactly, in block and flow style, before the yaml library composes it', () => {
    fc.assert(
      fc.property(
        nestedArb,
        fc.constantFrom('block', 'flow') as fc.Arbitrary<'block' | 'flow'>,
        (value, style) => {
          const text = stringify(value, { collectionStyle: style, lineWidth: 0 });
          const depth = depthOf(parseDocument(text).toJS());
          expect(depth).toBe(depthOf(value));
          expect(measureYaml(text)?.limit === 'depth').toBe(depth > MAX_DEPTH);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts tokens: three a key line, four a block list item, so the limit falls between two items', () => {
    // Three lists of (MAX_YAML_TOKENS / 3 - 3) / 4 items: the limit less three tokens; a line `b: 1` is five more.
    const items = Math.floor((MAX_YAML_TOKENS / 3 - 3) / 4);
    const lists = ['x', 'y', 'z'].map((k) => `${k}:\n${'- 1\n'.repeat(items)}`).join('');
    expect(3 * (3 + 4 * items)).toBe(MAX_YAML_TOKENS - 3);
    expect(measureYaml(lists)).toBeUndefined();
    expect(measureYaml(`${lists}b: 1\n`)).toMatchObject({ limit: 'yaml-tokens' });
  });

  it('counts the costly parts: lines of multi-line scalars, long quoted text, keyless colons', () => {
    const lines = (n: number) => `a: |\n${'  x\n'.repeat(n)}`;
    expect(measureYaml(lines(MAX_YAML_TOKENS - 10))).toBeUndefined();
    expect(measureYaml(lines(MAX_YAML_TOKENS + 10))).toMatchObject({ limit: 'yaml-tokens' });
    expect(measureYaml(`a: "${'x'.repeat(8 * MAX_YAML_TOKENS)}"`)).toMatchObject({
      limit: 'yaml-tokens',
      offset: 3,
    });
    expect(measureYaml(`a: "${'\\n'.repeat(MAX_YAML_TOKENS)}"`)).toMatchObject({ limit: 'yaml-tokens' });
    expect(measureYaml(': : : : : :\n'.repeat(Math.ceil(MAX_YAML_TOKENS / 20)))).toMatchObject({
      limit: 'yaml-tokens',
    });
  });

  it('counts the entries of one flow or block collection, and aliases', () => {
    expect(measureYaml(`a: [${'1,'.repeat(MAX_COLLECTION_SIZE - 1)}1]`)).toBeUndefined();
    expect(measureYaml(`a: [${'1,'.repeat(MAX_COLLECTION_SIZE)}1]`)).toMatchObject({ limit: 'collection' });
    expect(measureYaml(`a:\n${'- 1\n'.repeat(MAX_COLLECTION_SIZE)}`)).toBeUndefined();
    expect(measureYaml(`a:\n${'- 1\n'.repeat(MAX_COLLECTION_SIZE + 1)}`)).toMatchObject({
      limit: 'collection',
    });
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join('');
    expect(measureYaml(keys(MAX_COLLECTION_SIZE))).toBeUndefined();
    expect(measureYaml(keys(MAX_COLLECTION_SIZE + 1))).toMatchObject({ limit: 'collection' });
    const aliases = (n: number) => `a: &a 1\nb: [${Array(n).fill('*a').join(', ')}]`;
    expect(measureYaml(aliases(MAX_ALIAS_COUNT))).toBeUndefined();
    expect(measureYaml(aliases(MAX_ALIAS_COUNT + 1))).toMatchObject({ limit: 'aliases' });
  });

  it('reads a scalar that looks like one of the lexer’s markers as a scalar', () => {
    expect(measureYaml('a: \u001f\nb: \u0002\nc: \u0018\n')).toBeUndefined();
  });
});
