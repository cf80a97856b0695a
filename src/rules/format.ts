import type { Locale } from '../i18n/locale.js';
import { fromDayNumber } from '../schedule/day.js';
import { FORMAT_WORDS, VALUE_LABELS } from './messages.js';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_-]*)(?::(date|list|label|cycle))?\}/g;

/**
 * The placeholder names in a message template, in order (duplicates kept once).
 *
 * @param template - A message with `{name}` or `{name:format}` placeholders.
 * @returns The names.
 * @example
 * ```ts
 * placeholders('核心成员 {coreTeamSize} 人，超过上限 {max} 人'); // ['coreTeamSize', 'max']
 * ```
 */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}

/**
 * Fills a message template. A placeholder is `{name}` or `{name:format}`; `name` is looked up with `lookup`.
 * Formats: `date` writes a day number as an ISO date; `list` joins a list (`、` in Chinese, `, ` in English);
 * `label` writes known enum values in words (`decide-conflicts` → 裁决冲突 / decide conflicts), lists joined;
 * `cycle` writes a list as a cycle, `a → b → a`. Without a format, lists are joined and booleans are 是/否 or
 * yes/no; a missing value is written 无 / none. Unknown placeholders are left as written.
 *
 * @param template - The message template.
 * @param lookup - Returns a placeholder's value, or `undefined` when unknown.
 * @param locale - The locale (separators and labels).
 * @returns The sentence.
 * @example
 * ```ts
 * formatMessage('The core team has {size} members', (n) => (n === 'size' ? 9 : undefined), 'en');
 * // 'The core team has 9 members'
 * ```
 */
export function formatMessage(
  template: string,
  lookup: (name: string) => unknown,
  locale: Locale,
  known: (name: string) => boolean = () => true,
): string {
  const words = FORMAT_WORDS[locale];
  const label = (v: unknown): string => {
    const text = String(v);
    return Object.hasOwn(VALUE_LABELS, text) ? VALUE_LABELS[text]![locale] : text;
  };
  const plain = (v: unknown): string => {
    if (v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v))) return words.none;
    if (typeof v === 'boolean') return v ? words.yes : words.no;
    if (Array.isArray(v)) return v.length === 0 ? words.none : v.map(plain).join(words.separator);
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    if (!known(name)) return whole;
    const value = lookup(name);
    switch (format) {
      case 'date':
        return typeof value === 'number' && Number.isFinite(value) ? fromDayNumber(value) : plain(value);
      case 'label':
        return Array.isArray(value) ? value.map(label).join(words.separator) : label(plain(value));
      case 'cycle':
        return Array.isArray(value) && value.length > 0
          ? [...value, value[0]].map(String).join(' → ')
          : plain(value);
      default:
        return plain(value);
    }
  });
}
