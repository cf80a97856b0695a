import { type FactPath, followFactPath } from './fact-path.js';
import type { Facts } from './types.js';

/** Marks a slot whose fact was not given. @example `typeof MISSING_FACT; // 'symbol'` */
export const MISSING_FACT: unique symbol = Symbol('crossdept.missingFact');

/** A slot: one fact, at one path (or none). */
interface Slot {
  readonly fact: string;
  readonly segments: FactPath | undefined;
}

/**
 * The distinct (fact, path) pairs a rule pack reads. Once per run, {@link FactSlots.fill} reads each of them
 * from the facts (own properties only, through the safe path resolver) into an array, so conditions read an
 * array by index instead of looking the same fact up again and again. A fact that is not an own property of the
 * facts becomes {@link MISSING_FACT}.
 *
 * @example
 * ```ts
 * const slots = new FactSlots();
 * const i = slots.slotOf('meta', ['owner', 'region']);
 * const values: unknown[] = [];
 * slots.fill({ meta: { owner: { region: 'EU' } } }, values);
 * values[i]; // 'EU'
 * ```
 */
export class FactSlots {
  readonly #slots: Slot[] = [];
  readonly #index = new Map<string, number>();

  /** How many slots there are. */
  get size(): number {
    return this.#slots.length;
  }

  /**
   * The slot of a fact at a path, added on first use.
   *
   * @param fact - The fact's name.
   * @param segments - The parsed path, or `undefined` for the fact itself.
   * @returns The slot's index.
   */
  slotOf(fact: string, segments: FactPath | undefined): number {
    const key = segments === undefined ? JSON.stringify([fact]) : JSON.stringify([fact, segments]);
    let index = this.#index.get(key);
    if (index === undefined) {
      index = this.#slots.length;
      this.#slots.push({ fact, segments });
      this.#index.set(key, index);
    }
    return index;
  }

  /**
   * Reads every slot from the facts. json-rules-engine applies a path only to an object value (arrays
   * included) and passes any other value through unchanged; so does this.
   *
   * @param facts - The facts of the run.
   * @param values - Receives one value per slot.
   */
  fill(facts: Facts, values: unknown[]): void {
    const slots = this.#slots;
    for (let k = 0; k < slots.length; k++) {
      const { fact, segments } = slots[k]!;
      if (!Object.hasOwn(facts, fact)) {
        values[k] = MISSING_FACT;
        continue;
      }
      let value = facts[fact];
      if (segments !== undefined && value !== null && typeof value === 'object') {
        value = followFactPath(value, segments);
      }
      values[k] = value;
    }
  }
}
