import { describe, expect, it } from 'vitest';
import { FactSlots, MISSING_FACT } from '../../src/engine/fact-slots.js';

describe('FactSlots', () => {
  it('gives one slot per fact and path, and reads them all in one pass', () => {
    const slots = new FactSlots();
    const whole = slots.slotOf('meta', undefined);
    const region = slots.slotOf('meta', ['owner', 'region']);
    const missing = slots.slotOf('ghost', undefined);
    expect(slots.slotOf('meta', ['owner', 'region'])).toBe(region);
    expect(slots.size).toBe(3);
    const values: unknown[] = [];
    const meta = { owner: { region: 'EU' } };
    slots.fill({ meta }, values);
    expect(values[whole]).toBe(meta);
    expect(values[region]).toBe('EU');
    expect(values[missing]).toBe(MISSING_FACT);
  });

  it('passes non-object values through a path, reads own properties only', () => {
    const slots = new FactSlots();
    const n = slots.slotOf('n', ['x']);
    const inherited = slots.slotOf('toString', undefined);
    const values: unknown[] = [];
    slots.fill({ n: 5 }, values);
    expect(values[n]).toBe(5);
    expect(values[inherited]).toBe(MISSING_FACT);
  });
});
