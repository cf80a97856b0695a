import fc from 'fast-check';
import { it } from 'vitest';
import { type Contract, expectContract, expectContractSync } from './contracts.js';
import { build, FUZZ_RUNS, type Recipe } from './hostile.js';

/** One entry point under the sweep. */
export interface SweepEntry {
  /** The export's name, as in the contracts table. */
  readonly name: string;
  readonly contract: Contract;
  /** Recipes for its arguments. */
  readonly args: fc.Arbitrary<readonly Recipe[]>;
  /** Calls it with the built arguments. */
  readonly call: (...args: unknown[]) => unknown;
  /** The valid values `valid` and `with` recipes build from. */
  readonly valid?: readonly unknown[];
  /** Argument recipes always tried first (fast-check's `examples`). */
  readonly examples?: readonly (readonly Recipe[])[];
  /** Awaits what the call returns (an async function). */
  readonly async?: boolean;
}

/**
 * Registers the property "whatever the arguments, `name` keeps its contract", run {@link FUZZ_RUNS} times.
 *
 * @param entry - The entry point.
 */
export function sweep(entry: SweepEntry): void {
  const valid = entry.valid ?? [];
  const examples = (entry.examples ?? []).map((e) => [e] as [readonly Recipe[]]);
  const options = { numRuns: FUZZ_RUNS, examples };
  it(`${entry.name} keeps its contract on any arguments`, async () => {
    if (entry.async) {
      await fc.assert(
        fc.asyncProperty(entry.args, async (recipes) => {
          const args = recipes.map((r) => build(r, valid));
          await expectContract(entry.contract, entry.name, () => entry.call(...args));
        }),
        options,
      );
    } else {
      fc.assert(
        fc.property(entry.args, (recipes) => {
          const args = recipes.map((r) => build(r, valid));
          expectContractSync(entry.contract, entry.name, () => entry.call(...args));
        }),
        options,
      );
    }
  }, 120_000);
}
