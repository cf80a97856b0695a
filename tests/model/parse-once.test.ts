// Validated collaborations are deep-frozen and are not validated again when they come back: parse once, evaluate
// on every change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration, parseCollaborationForOneUse } from '../../src/model/parse.js';
import { evaluateSync } from '../../src/rules/evaluate.js';
import { renderTemplate } from '../../src/templates/index.js';
import { collaborationArb } from '../../src/testing/index.js';
import { exampleInput, parsed } from '../fixtures/example.js';

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('parsing once', () => {
  it('returns deep-frozen data and leaves the input as it was, unfrozen', () => {
    const input = exampleInput();
    const data = parsed(input);
    expect(isDeepFrozen(data)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.milestones)).toBe(false);
    input.name = 'changed';
    expect(data.name).toBe('新产品上市');
  });

  it('gives back the same data, unvalidated, when it is passed in again', () => {
    const data = parsed(exampleInput());
    const again = parseCollaboration(data, { locale: 'en' });
    expect(again.success && again.data).toBe(data);
  });

  it('does not freeze or remember a copy made for one use, and still passes parsed data through', () => {
    const input = exampleInput();
    const once = parseCollaborationForOneUse(input);
    if (!once.success) throw new Error('the example is valid');
    expect(Object.isFrozen(once.data)).toBe(false);
    expect(once.data).toEqual(parsed(exampleInput()));
    // Not remembered: it could be changed, so passing it in validates it again, into a new frozen copy.
    const again = parseCollaboration(once.data);
    expect(again.success && again.data).not.toBe(once.data);
    expect(again.success && isDeepFrozen(again.data)).toBe(true);
    (once.data as { phase: string }).phase = 'not-a-phase';
    expect(parseCollaborationForOneUse(once.data).success).toBe(false);
    const data = parsed(exampleInput());
    const through = parseCollaborationForOneUse(data);
    expect(through.success && through.data).toBe(data);
  });

  it('refuses changes to validated data, so it stays valid', () => {
    const data = parsed(exampleInput()) as unknown as { phase: string; milestones: unknown[] };
    expect(() => {
      data.phase = 'not-a-phase';
    }).toThrow(TypeError);
    expect(() => data.milestones.push({})).toThrow(TypeError);
    expect(parseCollaboration(data).success).toBe(true);
  });

  it('evaluates and renders validated data exactly as a fresh validation of the input', () => {
    fc.assert(
      fc.property(
        collaborationArb(),
        fc.constantFrom('2026-01-15', '2026-06-30', '2027-03-01'),
        (input, now) => {
          const data = parsed(input);
          expect(evaluateSync(data, { now, locale: 'en' })).toEqual(
            evaluateSync(input, { now, locale: 'en' }),
          );
          expect(renderTemplate('kickoff', data, { locale: 'en', format: 'markdown' })).toBe(
            renderTemplate('kickoff', parsed(structuredClone(input)), { locale: 'en', format: 'markdown' }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
