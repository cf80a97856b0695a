import { describe, expect, it } from 'vitest';
import { effectivePhase } from '../../../src/rules/facts/context.js';
import { toDayNumber } from '../../../src/schedule/day.js';
import { example } from '../../fixtures/example.js';
import { failure, trapped, withThrowingGetter } from '../../fixtures/hostile.js';

describe('effectivePhase', () => {
  const c = { ...example(), phase: undefined };

  it('derives the phase from the period, and keeps a phase that is set', () => {
    expect(effectivePhase(c, toDayNumber('2026-08-01'))).toBe('planning');
    expect(effectivePhase(c, toDayNumber('2026-10-01'))).toBe('executing');
    expect(effectivePhase(c, toDayNumber('2026-12-05'))).toBe('closing');
    expect(effectivePhase({ ...c, phase: 'closed' }, 0)).toBe('closed');
  });

  it('throws invalid_argument for what is not a collaboration, instead of a TypeError or an unknown phase', () => {
    for (const bad of [
      null,
      5,
      trapped(),
      { ...c, period: null },
      { ...c, phase: 'done' },
      withThrowingGetter(c, 'phase'),
    ]) {
      failure(() => effectivePhase(bad as never, 0), 'invalid_argument');
    }
  });

  it('reads a day that is not a number as no day, never converting it', () => {
    expect(effectivePhase(c, Symbol('now') as never)).toBe('executing');
  });
});
