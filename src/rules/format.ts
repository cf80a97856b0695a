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
  const parts = templateParts(template);
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    if (!known(part.name)) {
      out += part.whole;
      continue;
    }
    out += formatValue(lookup(part.name), part.format, locale);
  }
  return out;
}

/** A placeholder of a parsed template. */
interface Placeholder {
  readonly whole: string;
  readonly name: string;
  readonly format: string | undefined;
}

// Parsed templates: messages are formatted once per finding, so each template is parsed once. Templates come from
// rule definitions and configs; the cache is bounded so a long-running host that loads many configs stays flat.
const parsedTemplates = new Map<string, readonly (string | Placeholder)[]>();
const MAX_PARSED_TEMPLATES = 2000;

function templateParts(template: string): readonly (string | Placeholder)[] {
  let parts = parsedTemplates.get(template);
  if (parts !== undefined) return parts;
  const list: (string | Placeholder)[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) list.push(template.slice(last, m.index));
    list.push({ whole: m[0], name: m[1]!, format: m[2] });
    last = m.index + m[0].length;
  }
  if (last < template.length || list.length === 0) list.push(template.slice(last));
  parts = list;
  if (parsedTemplates.size >= MAX_PARSED_TEMPLATES) parsedTemplates.clear();
  parsedTemplates.set(template, parts);
  return parts;
}

function formatValue(value: unknown, format: string | undefined, locale: Locale): string {
  const words = FORMAT_WORDS[locale];
  switch (format) {
    case 'date':
      return typeof value === 'number' && Number.isFinite(value)
        ? fromDayNumber(value)
        : plain(value, locale);
    case 'label':
      return Array.isArray(value)
        ? value.map((v) => label(v, locale)).join(words.separator)
        : label(plain(value, locale), locale);
    case 'cycle':
      return Array.isArray(value) && value.length > 0
        ? [...value, value[0]].map(String).join(' → ')
        : plain(value, locale);
    default:
      return plain(value, locale);
  }
}

function label(v: unknown, locale: Locale): string {
  const text = String(v);
  return Object.hasOwn(VALUE_LABELS, text) ? VALUE_LABELS[text]![locale] : text;
}

function plain(v: unknown, locale: Locale): string {
  const words = FORMAT_WORDS[locale];
  if (v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v))) return words.none;
  if (typeof v === 'boolean') return v ? words.yes : words.no;
  if (Array.isArray(v))
    return v.length === 0 ? words.none : v.map((x) => plain(x, locale)).join(words.separator);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
