import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CollaborationSchema } from '../../src/model/collaboration.js';
import { fastValidator } from '../../src/model/fast-validate.js';
import { MAX_COLLECTION_SIZE, MAX_NODES } from '../../src/model/limits.js';
import { collaborationArb } from '../../src/testing/index.js';
import { corruptedCollaborationArb } from './corrupt.js';

const generated = fastValidator(CollaborationSchema);
const interpreted = fastValidator(CollaborationSchema, { generate: false });

/** The keys of plain data in order, with `undefined` values kept (JSON.stringify would drop them). */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).map(([k, v]) => [k, v === undefined ? '<undefined>' : shapeOf(v)]);
  return value;
}

function hasProtoKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.hasOwn(value, '__proto__') || Object.values(value).some(hasProtoKey);
}

function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

describe.each([
  ['with generated field readers', generated],
  ['without generated code (a content security policy, zod jitless)', interpreted],
])('fastValidator %s', (_, validate) => {
  it('reproduces every schema kind inside the collaboration schema', () => {
    expect(validate.complete).toBe(true);
  });

  it('takes every generated collaboration and builds what zod builds, key for key and in order', () => {
    fc.assert(
      fc.property(collaborationArb({ size: 'medium' }), fc.boolean(), (c, freeze) => {
        const zod = z.safeParse(CollaborationSchema, c);
        const fast = validate(structuredClone(c), freeze);
        expect(zod.success).toBe(true);
        expect(fast).toBeDefined();
        expect(shapeOf(fast?.data)).toEqual(shapeOf(zod.data));
        expect(deepFrozen(fast?.data)).toBe(freeze);
      }),
      { numRuns: 150 },
    );
  });

  it('answers only when zod accepts, and then with zod’s data (corrupted collaborations)', () => {
    let answered = 0;
    let refused = 0;
    fc.assert(
      fc.property(corruptedCollaborationArb, (input) => {
        const zod = z.safeParse(CollaborationSchema, input);
        const fast = validate(input, false);
        if (fast === undefined) refused++;
        else {
          answered++;
          expect(zod.success).toBe(true);
          expect(shapeOf(fast.data)).toEqual(shapeOf(zod.data));
        }
        // Everything zod accepts is plain generated data, which the fast path decides itself — but for a record
        // with a `__proto__` key, which zod drops silently and parseCollaboration reports: that is zod's path.
        if (zod.success) expect(fast !== undefined).toBe(!hasProtoKey(input));
      }),
      { numRuns: 400 },
    );
    expect(answered).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('counts the members of the value: the keys of all its objects', () => {
    fc.assert(
      fc.property(collaborationArb(), (c) => {
        const value: unknown = JSON.parse(JSON.stringify(c));
        const keys = (v: unknown): number =>
          Array.isArray(v)
            ? v.reduce((n: number, e) => n + keys(e), 0)
            : typeof v === 'object' && v !== null
              ? Object.values(v).reduce((n: number, e) => n + keys(e), Object.keys(v).length)
              : 0;
        expect(validate(value, false)?.members).toBe(keys(value));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves what it does not reproduce to zod: prototypes, getters that throw, limits, other schema kinds', () => {
    const base = {
      id: 'x',
      name: 'X',
      scenario: 'project',
      period: { start: '2026-01-01', end: '2026-03-31' },
    };
    expect(validate(base, false)).toBeDefined();
    expect(validate(Object.assign(Object.create({ inherited: 1 }), base), false)).toBeUndefined();
    class Period {
      start = '2026-01-01';
      end = '2026-03-31';
    }
    expect(validate({ ...base, period: new Period() }, false)).toBeUndefined();
    const throwing = { ...base };
    Object.defineProperty(throwing, 'name', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(validate(throwing, false)).toBeUndefined();
    const many = {
      ...base,
      milestones: new Array(MAX_COLLECTION_SIZE + 1).fill({ id: 'm', name: 'M', due: { days: 1 } }),
    };
    expect(validate(many, false)).toBeUndefined();
    // Milestones of 205 values each: 100 are valid, MAX_NODES / 200 are too many values.
    const milestones = (n: number) => ({
      ...base,
      milestones: Array.from({ length: n }, () => ({
        id: 'm',
        name: 'M',
        due: { days: 1 },
        dependsOn: new Array(200).fill('m'),
      })),
    });
    expect(validate(milestones(100), false)).toBeDefined();
    expect(validate(milestones(MAX_NODES / 200), false)).toBeUndefined();
    const lazy = fastValidator(z.object({ next: z.lazy(() => z.string()) }));
    expect(lazy.complete).toBe(false);
    expect(lazy({ next: 'a' }, false)).toBeUndefined();
    const email = fastValidator(z.object({ mail: z.email() }));
    expect(email.complete).toBe(false);
  });

  it('fills defaults and keeps optional keys present with undefined, as zod does', () => {
    const schema = z.strictObject({
      a: z.string().optional(),
      b: z.array(z.number()).default([]),
      c: z.enum(['x', 'y']).default('x').optional(),
      d: z.union([z.string().min(3), z.number().int()]),
      e: z.record(z.string().regex(/^[a-z]+$/), z.boolean()).optional(),
      // A key generated code must quote: a quote, a backslash, a line separator, a closing brace.
      'we"ird\\key\u2028}': z.number().optional(),
    });
    const fast = fastValidator(schema, { generate: validate === generated });
    expect(fast.complete).toBe(true);
    const inputs: unknown[] = [
      { d: 'abc' },
      { a: undefined, d: 5 },
      { d: 5.5 },
      { d: 'ab' },
      { c: undefined, d: 'abcd', e: { ok: true } },
      { d: 'abc', e: { NO: true } },
      { d: 'abc', e: { a: 'no' } },
      { d: 'abc', extra: 1 },
      { b: [1, Number.NaN], d: 'abc' },
      { b: undefined, c: 'y', d: '𝒳𝒳𝒳' },
      { d: 'abc', 'we"ird\\key\u2028}': 1 },
      { d: 'abc', 'we"ird\\key\u2028}': '1' },
    ];
    for (const input of inputs) {
      const zod = z.safeParse(schema, input);
      const got = fast(input, false);
      expect(got !== undefined).toBe(zod.success);
      if (got !== undefined) expect(shapeOf(got.data)).toEqual(shapeOf(zod.data));
    }
  });
});
