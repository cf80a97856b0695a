import type { Locale } from '../i18n/locale.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import { readJson } from './read-json.js';
import { readYaml, type YamlReadResult } from './read-yaml.js';

/** Whether text starts (after spaces and a byte order mark) like a JSON object or array. */
function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) return false;
  }
  return false;
}

/**
 * Reads YAML or JSON text into plain data, with syntax issues and a locator, within the reader limits. JSON text
 * is read by the JSON scanner and `JSON.parse` (many times faster than the YAML reader, and in a fraction of its
 * memory) — also when the format is YAML and the text is valid JSON, since JSON is YAML 1.2 and reads the same.
 *
 * @param text - The text.
 * @param format - `json`, else YAML (which also reads JSON).
 * @param locale - Message locale.
 * @returns The value, the issues, and a locator.
 * @example
 * ```ts
 * readText('{"a": [1, 2]}', 'yaml', 'en').value; // { a: [1, 2] }
 * ```
 */
export function readText(text: string, format: 'yaml' | 'json' | undefined, locale: Locale): YamlReadResult {
  // Text over the length limit is refused by the YAML reader's first check, whatever its format.
  if (text.length > MAX_TEXT_LENGTH) return readYaml(text, locale);
  if (format === 'json') return readJson(text, locale);
  return looksLikeJson(text) ? readJson(text, locale, (t) => readYaml(t, locale)) : readYaml(text, locale);
}
