// PMO configs write messages with placeholders in flow mappings, as the rules reference shows them:
//   message: { zh-CN: 参与部门超过 {value} 个, en: More than {value} departments take part }
// Strict YAML reads `{value}` inside a flow mapping as a nested mapping and fails. When the text does not parse as
// written, the placeholders are hidden behind private-use characters (one UTF-16 unit each, so lines and columns
// stay the same), the text is parsed again, and every string of the result gets its braces back.

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_-]*(?::[A-Za-z]+)?)\}/g;

/**
 * The text with every `{name}` / `{name:format}` placeholder hidden, or `undefined` when it has none or already
 * uses the private-use characters.
 *
 * @param text - Config text that failed to parse.
 * @returns The text to parse again.
 */
export function hidePlaceholders(text: string): string | undefined {
  if (text.includes(OPEN) || text.includes(CLOSE)) return undefined;
  const hidden = text.replace(PLACEHOLDER, `${OPEN}$1${CLOSE}`);
  return hidden === text ? undefined : hidden;
}

function restore(text: string): string {
  return text.replaceAll(OPEN, '{').replaceAll(CLOSE, '}');
}

/**
 * Gives back the braces of the placeholders {@link hidePlaceholders} hid, in every string and key of a parsed
 * value (plain data from YAML: objects, arrays, scalars).
 *
 * @param value - The parsed value.
 * @returns The value with its placeholders restored.
 */
export function restorePlaceholders(value: unknown): unknown {
  if (typeof value === 'string') return restore(value);
  if (Array.isArray(value)) return value.map(restorePlaceholders);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      Object.defineProperty(out, restore(key), {
        value: restorePlaceholders(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
