// Laws of the JSON syntax scanner: it accepts exactly what JSON.parse accepts, and it puts each error where a
// reader would look for it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/model/json-errors.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError laws', () => {
  // Law: the scanner accepts exactly what JSON.parse accepts.
  it('agrees with JSON.parse on JSON, on mutated JSON and on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'{}[]":,.-+eE0123456789 \n\t\\utrfalsn/x'.split(''));
    const mutated = fc
      .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.nat({ max: 2 }), alphabet)
      .map(([json, at, kind, ch]) => {
        const i = at % (json.length + 1);
        if (kind === 0) return json.slice(0, i) + ch + json.slice(i); // insert
        if (kind === 1) return json.slice(0, i) + json.slice(i + 1); // delete
        return json.slice(0, i) + ch + json.slice(i + 1); // replace
      });
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), mutated, fc.string({ unit: alphabet })), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 1500 },
    );
  });

  // Law: a proper prefix of an object or array ends too early, exactly at its end.
  it('reports a cut-off object or array at its end', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.jsonValue({ maxDepth: 2 })),
          fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
        ),
        fc.nat(),
        (value, at) => {
          const json = JSON.stringify(value, null, at % 2 === 0 ? undefined : 2);
          const prefix = json.slice(0, at % json.length);
          const error = findJsonSyntaxError(prefix);
          expect(error?.offset).toBe(prefix.length);
          expect(['unexpected_end', 'unterminated_string']).toContain(error?.code);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Law: anything after a complete value is trailing content, found where it starts.
  it('reports content after a complete value where it starts', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 2 }), fc.constantFrom('x', '{}', '"a"', ']', '@'), (json, extra) => {
        const text = `${json} ${extra}`;
        // A number followed by a space and more is still trailing content after the number.
        expect(findJsonSyntaxError(text)).toMatchObject({ offset: json.length + 1 });
      }),
      { numRuns: 300 },
    );
  });
});
