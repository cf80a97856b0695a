import type { Locale } from '../i18n/locale.js';
import {
  type Catalogue,
  type CatalogueEntries,
  defineCatalogue,
  type SuggestionParams,
} from '../issues/catalogue.js';
import { type JsonErrorCode, type JsonSyntaxError, scanJson } from './json-scan.js';
import { visible } from './zod-issues.js';

/**
 * Finds the first syntax error of JSON text (RFC 8259, as `JSON.parse` reads it), or `undefined` when the text
 * is valid JSON. One pass with an explicit stack ({@link scanJson}): no recursion, so any nesting depth is safe.
 *
 * @param text - The text.
 * @returns The first error, or `undefined`.
 * @example
 * ```ts
 * findJsonSyntaxError('{"a" 1}'); // { code: 'expected_colon', offset: 5, character: '1' }
 * findJsonSyntaxError('[1,]'); // { code: 'trailing_comma', offset: 2, character: ',' }
 * ```
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const problem = scanJson(text);
  return problem?.kind === 'syntax' ? problem.error : undefined;
}

/**
 * What fills a JSON syntax message: the offending character, or the key that appears twice (`duplicate_key`).
 * A {@link JsonSyntaxError} is such params.
 *
 * @example
 * ```ts
 * const params: JsonSyntaxMessageParams = { character: '1' };
 * ```
 */
export interface JsonSyntaxMessageParams extends SuggestionParams {
  readonly character?: string;
  readonly key?: string;
}

const NAMED: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  'zh-CN': { '\n': '换行', '\r': '回车', '\t': 'Tab', ' ': '空格' },
  en: { '\n': 'line break', '\r': 'carriage return', '\t': 'tab', ' ': 'space' },
};

/** Shows the offending character so it can be seen in a message: named when invisible, else in single quotes. */
function character(locale: Locale, p: JsonSyntaxMessageParams): string {
  const ch = p.character;
  if (ch === undefined) return '';
  const named = NAMED[locale][ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${ch}'`;
}

/** The key that appears twice, quoted, with control characters made visible. */
function key(p: JsonSyntaxMessageParams): string {
  return `"${visible(p.key ?? '')}"`;
}

const zh: CatalogueEntries<JsonErrorCode, JsonSyntaxMessageParams> = {
  unexpected_end: () => 'JSON 内容意外结束（可能缺少 ] 、} 或引号）',
  unexpected_character: (p) => `出现了意外的字符：${character('zh-CN', p)}`,
  expected_value: (p) =>
    `此处应为一个值（对象、数组、字符串、数字、true、false 或 null），实际为 ${character('zh-CN', p)}`,
  expected_property_name: (p) => `此处应为用双引号括起的字段名，实际为 ${character('zh-CN', p)}`,
  expected_colon: (p) => `字段名之后应为冒号 :，实际为 ${character('zh-CN', p)}`,
  expected_comma_or_brace: (p) => `字段值之后应为逗号 , 或 }，实际为 ${character('zh-CN', p)}`,
  expected_comma_or_bracket: (p) => `数组元素之后应为逗号 , 或 ]，实际为 ${character('zh-CN', p)}`,
  unterminated_string: () => '字符串缺少结束的双引号',
  control_character: (p) =>
    `字符串中有未转义的控制字符（${character('zh-CN', p)}）；换行请写作 \\n，Tab 请写作 \\t`,
  bad_escape: (p) => `字符串中的转义序列无效：${character('zh-CN', p)}`,
  bad_number: (p) => `数字格式不正确：${character('zh-CN', p)}`,
  trailing_comma: () => '对象或数组的最后一项之后不能有逗号',
  trailing_content: (p) => `JSON 内容结束后还有多余的字符 ${character('zh-CN', p)}`,
  duplicate_key: (p) => `同一对象中字段名 ${key(p)} 重复（DUPLICATE_KEY）`,
};

const en: CatalogueEntries<JsonErrorCode, JsonSyntaxMessageParams> = {
  unexpected_end: () => 'The JSON ends too early (a ], } or quote may be missing)',
  unexpected_character: (p) => `Unexpected character: ${character('en', p)}`,
  expected_value: (p) =>
    `Expected a value (object, array, string, number, true, false or null), found ${character('en', p)}`,
  expected_property_name: (p) => `Expected a property name in double quotes, found ${character('en', p)}`,
  expected_colon: (p) => `Expected : after the property name, found ${character('en', p)}`,
  expected_comma_or_brace: (p) => `Expected , or } after the property value, found ${character('en', p)}`,
  expected_comma_or_bracket: (p) => `Expected , or ] after the array element, found ${character('en', p)}`,
  unterminated_string: () => 'A string has no closing double quote',
  control_character: (p) =>
    `A string contains an unescaped control character (${character('en', p)}); write a line break as \\n and a tab as \\t`,
  bad_escape: (p) => `Invalid escape sequence in a string: ${character('en', p)}`,
  bad_number: (p) => `Malformed number: ${character('en', p)}`,
  trailing_comma: () => 'An object or array cannot have a comma after its last item',
  trailing_content: (p) => `Unexpected character ${character('en', p)} after the end of the JSON`,
  duplicate_key: (p) => `The key ${key(p)} appears twice in one object`,
};

/**
 * The message of a JSON syntax error in a locale (the detail of a `syntax` parse issue).
 *
 * @param locale - The message locale.
 * @param code - Why the text is not JSON.
 * @param params - The offending character, or the key that appears twice: the error {@link findJsonSyntaxError}
 *   found will do.
 * @returns The sentence.
 * @example
 * ```ts
 * import { jsonSyntaxMessage } from './json-errors.js';
 *
 * jsonSyntaxMessage('en', 'expected_colon', { character: '1' }); // "Expected : after the property name, found '1'"
 * ```
 */
export const jsonSyntaxMessage: Catalogue<JsonErrorCode, JsonSyntaxMessageParams> = defineCatalogue({
  'zh-CN': zh,
  en,
});
