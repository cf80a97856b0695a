import type { Locale } from '../i18n/locale.js';

/**
 * Why JSON text is not valid JSON, as a code a message can be chosen by (the runtime's own `JSON.parse` messages
 * are English only, differ between Node versions, and some carry no position).
 */
export type JsonErrorCode =
  | 'unexpected_end'
  | 'unexpected_character'
  | 'expected_value'
  | 'expected_property_name'
  | 'expected_colon'
  | 'expected_comma_or_brace'
  | 'expected_comma_or_bracket'
  | 'unterminated_string'
  | 'control_character'
  | 'bad_escape'
  | 'bad_number'
  | 'trailing_comma'
  | 'trailing_content';

/** Where and why JSON text stops being valid JSON. */
export interface JsonSyntaxError {
  readonly code: JsonErrorCode;
  /** The offset (UTF-16 code units) of the offending character, or the text's length at an unexpected end. */
  readonly offset: number;
  /** The offending character, when there is one. */
  readonly character?: string;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * Finds the first syntax error of JSON text (RFC 8259, as `JSON.parse` reads it), or `undefined` when the text
 * is valid JSON. One pass with an explicit stack: no recursion, so any nesting depth is safe.
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
  const n = text.length;
  let i = 0;
  const fail = (code: JsonErrorCode, at: number): JsonSyntaxError =>
    at >= n ? { code: 'unexpected_end', offset: n } : { code, offset: at, character: text[at]! };
  const skipSpace = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  /** Reads a string starting at its opening quote; returns an error or undefined. */
  const readString = (): JsonSyntaxError | undefined => {
    i++;
    for (;;) {
      if (i >= n) return { code: 'unterminated_string', offset: n };
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return { code: 'control_character', offset: i, character: text[i]! };
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(i + k))) {
              return i + k >= n ? { code: 'unterminated_string', offset: n } : fail('bad_escape', i + k);
            }
          }
          i += 6;
          continue;
        }
        // " \ / b f n r t
        if ('"\\/bfnrt'.includes(text[i + 1] ?? '\0')) {
          i += 2;
          continue;
        }
        return i + 1 >= n ? { code: 'unterminated_string', offset: n } : fail('bad_escape', i + 1);
      }
      i++;
    }
  };
  const readDigits = (): boolean => {
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    return i > from;
  };
  const readNumber = (): JsonSyntaxError | undefined => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (!readDigits()) return fail('bad_number', i);
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!readDigits()) return fail('bad_number', i);
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!readDigits()) return fail('bad_number', i);
    }
    return undefined;
  };
  /** Reads a scalar or opens a container; `stack` holds '{' or '[' per open container. */
  const stack: number[] = [];
  const readValue = (): JsonSyntaxError | 'opened' | undefined => {
    skipSpace();
    if (i >= n) return { code: 'unexpected_end', offset: n };
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      stack.push(c);
      i++;
      return 'opened';
    }
    if (c === 0x22) return readString();
    if (c === 0x2d || isDigit(c)) return readNumber();
    const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
    if (word !== undefined) {
      // A literal fails where it stops matching ("tru}" at the "}", "nul" at the end).
      let k = 1;
      while (k < word.length && text[i + k] === word[k]) k++;
      if (k < word.length) return fail('unexpected_character', i + k);
      i += k;
      return undefined;
    }
    return fail('expected_value', i);
  };

  /** Whether `c` closes the innermost open container ('}' for '{', ']' for '['). */
  const closesTop = (c: number): boolean => {
    const top = stack[stack.length - 1];
    return (top === 0x7b && c === 0x7d) || (top === 0x5b && c === 0x5d);
  };
  /** Reads the next entry of the innermost container: a member of an object, an element of an array. */
  const readEntry = () => (stack[stack.length - 1] === 0x7b ? readMember() : readValue());

  let pending = readValue();
  for (;;) {
    if (pending !== undefined && pending !== 'opened') return pending;
    if (pending === 'opened') {
      // Just after '{' or '[': the container may close at once.
      skipSpace();
      if (!closesTop(text.charCodeAt(i))) {
        pending = readEntry();
        continue;
      }
      stack.pop();
      i++;
    }
    // A value just ended: close containers or go on to the next element.
    skipSpace();
    if (stack.length === 0) {
      return i < n ? fail('trailing_content', i) : undefined;
    }
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      const comma = i;
      i++;
      skipSpace();
      const next = text.charCodeAt(i);
      if (next === 0x7d || next === 0x5d) return { code: 'trailing_comma', offset: comma, character: ',' };
      pending = readEntry();
      continue;
    }
    if (closesTop(c)) {
      stack.pop();
      i++;
      pending = undefined;
      continue;
    }
    const inObject = stack[stack.length - 1] === 0x7b;
    return fail(inObject ? 'expected_comma_or_brace' : 'expected_comma_or_bracket', i);
  }

  function readMember(): JsonSyntaxError | 'opened' | undefined {
    skipSpace();
    if (text.charCodeAt(i) !== 0x22) return fail('expected_property_name', i);
    const error = readString();
    if (error) return error;
    skipSpace();
    if (text.charCodeAt(i) !== 0x3a) return fail('expected_colon', i);
    i++;
    return readValue();
  }
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
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
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
  return catalogue[error.code](showCharacter(error.character, locale));
}
