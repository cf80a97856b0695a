import type { Locale } from '../i18n/locale.js';
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

const ZH: { readonly [C in JsonErrorCode]: (character: string) => string } = {
  unexpected_end: () => 'JSON 内容意外结束（可能缺少 ] 、} 或引号）',
  unexpected_character: (ch) => `出现了意外的字符：${ch}`,
  expected_value: (ch) => `此处应为一个值（对象、数组、字符串、数字、true、false 或 null），实际为 ${ch}`,
  expected_property_name: (ch) => `此处应为用双引号括起的字段名，实际为 ${ch}`,
  expected_colon: (ch) => `字段名之后应为冒号 :，实际为 ${ch}`,
  expected_comma_or_brace: (ch) => `字段值之后应为逗号 , 或 }，实际为 ${ch}`,
  expected_comma_or_bracket: (ch) => `数组元素之后应为逗号 , 或 ]，实际为 ${ch}`,
  unterminated_string: () => '字符串缺少结束的双引号',
  control_character: (ch) => `字符串中有未转义的控制字符（${ch}）；换行请写作 \\n，Tab 请写作 \\t`,
  bad_escape: (ch) => `字符串中的转义序列无效：${ch}`,
  bad_number: (ch) => `数字格式不正确：${ch}`,
  trailing_comma: () => '对象或数组的最后一项之后不能有逗号',
  trailing_content: (ch) => `JSON 内容结束后还有多余的字符 ${ch}`,
  duplicate_key: (key) => `同一对象中字段名 ${key} 重复（DUPLICATE_KEY）`,
};

const EN: { readonly [C in JsonErrorCode]: (character: string) => string } = {
  unexpected_end: () => 'The JSON ends too early (a ], } or quote may be missing)',
  unexpected_character: (ch) => `Unexpected character: ${ch}`,
  expected_value: (ch) =>
    `Expected a value (object, array, string, number, true, false or null), found ${ch}`,
  expected_property_name: (ch) => `Expected a property name in double quotes, found ${ch}`,
  expected_colon: (ch) => `Expected : after the property name, found ${ch}`,
  expected_comma_or_brace: (ch) => `Expected , or } after the property value, found ${ch}`,
  expected_comma_or_bracket: (ch) => `Expected , or ] after the array element, found ${ch}`,
  unterminated_string: () => 'A string has no closing double quote',
  control_character: (ch) =>
    `A string contains an unescaped control character (${ch}); write a line break as \\n and a tab as \\t`,
  bad_escape: (ch) => `Invalid escape sequence in a string: ${ch}`,
  bad_number: (ch) => `Malformed number: ${ch}`,
  trailing_comma: () => 'An object or array cannot have a comma after its last item',
  trailing_content: (ch) => `Unexpected character ${ch} after the end of the JSON`,
  duplicate_key: (key) => `The key ${key} appears twice in one object`,
};

const NAMED: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  'zh-CN': { '\n': '换行', '\r': '回车', '\t': 'Tab', ' ': '空格' },
  en: { '\n': 'line break', '\r': 'carriage return', '\t': 'tab', ' ': 'space' },
};

/** Shows a character so it can be seen in a message: named when invisible, else in single quotes. */
function showCharacter(character: string | undefined, locale: Locale): string {
  if (character === undefined) return '';
  const named = NAMED[locale][character];
  if (named !== undefined) return named;
  const code = character.charCodeAt(0);
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${character}'`;
}

/**
 * The detail of a JSON syntax error in the message locale.
 *
 * @param error - The error {@link findJsonSyntaxError} found.
 * @param locale - The language of the message.
 * @returns The detail.
 * @example
 * ```ts
 * jsonErrorDetail({ code: 'expected_colon', offset: 5, character: '1' }, 'en'); // "Expected : after the property name, found '1'"
 * ```
 */
export function jsonErrorDetail(error: JsonSyntaxError, locale: Locale): string {
  const catalogue = locale === 'zh-CN' ? ZH : EN;
  const shown =
    error.code === 'duplicate_key' ? `"${visible(error.key ?? '')}"` : showCharacter(error.character, locale);
  return catalogue[error.code](shown);
}
