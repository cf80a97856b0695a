import type { ParamDefinition } from './types.js';

/** The lower end's name for an upper end's, by the naming conventions of ranges. */
function lowerOf(name: string): string | undefined {
  if (name === 'max') return 'min';
  if (/^max[A-Z]/.test(name)) return `min${name.slice(3)}`;
  if (/.Max$/.test(name)) return `${name.slice(0, -3)}Min`;
  return undefined;
}

/**
 * The ordered pairs among a rule's params, `[low, high]`: `low` may not exceed `high`. A pair is declared with
 * `atMost`, or named as a range (`min`/`max`, `minX`/`maxX`, `xMin`/`xMax`).
 *
 * @param params - A rule's params.
 * @returns The pairs, in the params' order.
 * @example
 * ```ts
 * import { orderedParams } from './param-order.js';
 *
 * const d = { type: 'number', default: 1, description: { 'zh-CN': '', en: '' } } as const;
 * orderedParams({ min: d, max: d }); // [['min', 'max']]
 * ```
 */
export function orderedParams(
  params: Readonly<Record<string, ParamDefinition>>,
): readonly (readonly [low: string, high: string])[] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const add = (low: string, high: string): void => {
    const key = `${low}\u0000${high}`;
    if (low === high || seen.has(key) || !Object.hasOwn(params, low) || !Object.hasOwn(params, high)) return;
    seen.add(key);
    pairs.push([low, high]);
  };
  for (const [name, definition] of Object.entries(params)) {
    if (definition.atMost !== undefined) add(name, definition.atMost);
    const low = lowerOf(name);
    if (low !== undefined) add(low, name);
  }
  return pairs;
}
