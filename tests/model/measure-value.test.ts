import { describe, expect, it } from 'vitest';
import { MAX_COLLECTION_SIZE, MAX_DEPTH, MAX_NODES } from '../../src/model/limits.js';
import { measureValue } from '../../src/model/measure-value.js';

describe('measureValue', () => {
  it('admits values at the limits and stops just past each, with where', () => {
    expect(measureValue(new Array(MAX_COLLECTION_SIZE).fill(0)).breach).toBeUndefined();
    expect(measureValue({ a: [new Array(MAX_COLLECTION_SIZE + 1)] }).breach).toEqual({
      exceeded: { limit: 'collection', max: MAX_COLLECTION_SIZE, name: 'MAX_COLLECTION_SIZE' },
      path: ['a', 0],
    });
    let deep: unknown = 0;
    for (let i = 0; i < MAX_DEPTH; i++) deep = { k: deep };
    expect(measureValue(deep).breach).toBeUndefined();
    expect(measureValue([deep]).breach).toMatchObject({
      exceeded: { limit: 'depth' },
      path: [0, ...Array(MAX_DEPTH - 1).fill('k')],
    });
    const lists = Array.from({ length: Math.ceil(MAX_NODES / MAX_COLLECTION_SIZE) }, () =>
      new Array(MAX_COLLECTION_SIZE).fill(0),
    );
    expect(measureValue(lists).breach).toMatchObject({ exceeded: { limit: 'nodes' }, path: [] });
  });

  it('counts a shared value once per place, as a validator walks it', () => {
    const shared = new Array(MAX_COLLECTION_SIZE).fill(0);
    const many = Array(Math.ceil(MAX_NODES / MAX_COLLECTION_SIZE)).fill(shared);
    expect(measureValue(many).breach?.exceeded.limit).toBe('nodes');
  });

  it('takes other limits with their names', () => {
    const limits = {
      maxNodes: 5,
      maxCollectionSize: 3,
      maxDepth: 2,
      names: { nodes: 'N', collection: 'C', depth: 'D' },
    };
    expect(measureValue([1, 2, 3, 4], limits).breach?.exceeded).toEqual({
      limit: 'collection',
      max: 3,
      name: 'C',
    });
    expect(measureValue([[[1]]], limits).breach?.exceeded.name).toBe('D');
    expect(
      measureValue(
        [
          [1, 2],
          [3, 4],
        ],
        limits,
      ).breach?.exceeded.name,
    ).toBe('N');
  });

  it('lists own __proto__ keys, and the lists and objects larger than asked', () => {
    const input = JSON.parse('{"a": {"__proto__": 1}, "b": [{"__proto__": {"__proto__": 2}}]}');
    const measured = measureValue(input, undefined, 2);
    expect(measured.protoKeys).toEqual([
      ['a', '__proto__'],
      ['b', 0, '__proto__'],
      ['b', 0, '__proto__', '__proto__'],
    ]);
    expect([...measured.largeSubtrees.values()].sort()).toEqual([3, 4, 7]);
  });

  it('lets an exception of a getter through to the caller', () => {
    const input = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => measureValue(input)).toThrow('boom');
  });
});
