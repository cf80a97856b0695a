import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCollaboration, parseCollaboration } from '../../src/model/parse.js';
import { collaborationArb } from '../../src/testing/index.js';
import { exampleInput } from '../fixtures/example.js';

describe('parseCollaboration laws', () => {
  it('every generated collaboration parses, to a deep-equal value', () => {
    fc.assert(
      fc.property(collaborationArb({ size: 'medium' }), (c) => {
        const result = parseCollaboration(c);
        if (!result.success) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
        expect(result.data).toEqual(c);
      }),
      { numRuns: 200 },
    );
  });

  it('parse → JSON.stringify → parse is the identity', () => {
    fc.assert(
      fc.property(collaborationArb(), (c) => {
        const first = parseCollaboration(c);
        expect(first.success).toBe(true);
        if (!first.success) return;
        const second = parseCollaboration(JSON.parse(JSON.stringify(first.data)));
        expect(second).toEqual(first);
        const third = loadCollaboration(JSON.stringify(first.data), { format: 'json' });
        expect(third).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary JSON never makes parseCollaboration throw, and failures carry issues', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.anything()),
        fc.constantFrom('zh-CN', 'en') as fc.Arbitrary<'zh-CN' | 'en'>,
        (input, locale) => {
          const result = parseCollaboration(input, { locale });
          if (!result.success) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) {
              expect(typeof issue.message).toBe('string');
              expect(issue.message.length).toBeGreaterThan(0);
              expect(issue.pointer.startsWith('/') || issue.pointer === '').toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the example with one field replaced by arbitrary JSON never throws', () => {
    const keys = Object.keys(exampleInput());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), (key, value) => {
        const input = exampleInput();
        input[key] = value;
        const result = parseCollaboration(input, { locale: 'en' });
        expect(typeof result.success).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings never make loadCollaboration throw', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('yaml', 'json') as fc.Arbitrary<'yaml' | 'json'>,
        (text, format) => {
          const result = loadCollaboration(text, { format });
          expect(typeof result.success).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('mutilated example text never makes loadCollaboration throw', () => {
    const text = JSON.stringify(exampleInput());
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(40), fc.string({ maxLength: 5 }), (at, cut, insert) => {
        const mutated = text.slice(0, at) + insert + text.slice(at + cut);
        expect(typeof loadCollaboration(mutated).success).toBe('boolean');
        expect(typeof loadCollaboration(mutated, { format: 'json' }).success).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
