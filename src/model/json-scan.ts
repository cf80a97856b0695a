import { breachOf, type LimitBreach, MAX_COLLECTION_SIZE, MAX_DEPTH, MAX_NODES } from './limits.js';

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
  | 'trailing_content'
  | 'duplicate_key';

/** Where and why JSON text stops being valid JSON. */
export interface JsonSyntaxError {
  readonly code: JsonErrorCode;
  /** The offset (UTF-16 code units) of the offending character, or the text's length at an unexpected end. */
  readonly offset: number;
  /** The offending character, when there is one. */
  readonly character?: string;
  /** The key that appears twice (`duplicate_key`). */
  readonly key?: string;
}

/**
 * What {@link scanJson} reports to a listener as it reads: where each value starts, and where lists end.
 *
 * @example
 * ```ts
 * const listener: JsonScanListener = { value: (offset, segment) => console.log(offset, segment), close: () => {} };
 * ```
 */
export interface JsonScanListener {
  /**
   * A value starts at `offset`: the member `segment` of the innermost object, the element `segment` of the
   * innermost array, or the document (`undefined`). `opens` when it is an object or array.
   */
  value(offset: number, segment: string | number | undefined, opens: boolean): void;
  /** The innermost object or array ends. */
  close(): void;
}

/** What {@link scanJson} checks besides syntax. @example `const options: JsonScanOptions = { limits: true, duplicateKeys: true };` */
export interface JsonScanOptions {
  /** Stop at the reader limits: {@link MAX_NODES}, {@link MAX_COLLECTION_SIZE}, {@link MAX_DEPTH}. */
  readonly limits?: boolean;
  /** Report a key that appears twice in one object (`JSON.parse` keeps the last one silently). */
  readonly duplicateKeys?: boolean;
  readonly listener?: JsonScanListener;
}

/** The first problem {@link scanJson} finds: a syntax error (a duplicate key is one), or a limit exceeded. @example `const p: JsonProblem | undefined = scanJson('[1,]');` */
export type JsonProblem =
  | { readonly kind: 'syntax'; readonly error: JsonSyntaxError }
  | { readonly kind: 'limit'; readonly breach: LimitBreach & { readonly offset: number } };

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

type Step = JsonProblem | 'opened' | undefined;

/**
 * Reads JSON text (RFC 8259, as `JSON.parse` reads it) in one pass with an explicit stack — no recursion, so any
 * nesting is safe — and returns its first problem, or `undefined` when it is valid. Optionally it also stops at
 * the reader limits (before `JSON.parse` would build five million values), rejects duplicate keys, and tells a
 * listener where each value starts (to locate issues in the text without a second parser).
 *
 * @param text - The text.
 * @param options - What to check besides syntax, and the listener.
 * @returns The first problem, or `undefined`.
 * @example
 * ```ts
 * scanJson('{"a" 1}'); // { kind: 'syntax', error: { code: 'expected_colon', offset: 5, character: '1' } }
 * scanJson('{"a":1,"a":2}', { duplicateKeys: true }); // a duplicate_key syntax error at offset 7
 * ```
 */
export function scanJson(text: string, options: JsonScanOptions = {}): JsonProblem | undefined {
  const { limits = false, duplicateKeys = false, listener } = options;
  const needKeys = duplicateKeys || listener !== undefined;
  const n = text.length;
  let i = 0;
  let nodes = 0;
  /** Per open container: its bracket, its entries so far, and the keys seen (objects, when checking them). */
  const kinds: number[] = [];
  const entries: number[] = [];
  const keys: (Set<string> | undefined)[] = [];
  /** The key of the member whose value is read next. */
  let memberKey = '';
  let escaped = false;

  const syntax = (error: JsonSyntaxError): JsonProblem => ({ kind: 'syntax', error });
  const fail = (code: JsonErrorCode, at: number): JsonProblem =>
    syntax(at >= n ? { code: 'unexpected_end', offset: n } : { code, offset: at, character: text[at]! });
  const limit = (which: 'nodes' | 'collection' | 'depth', at: number): JsonProblem => ({
    kind: 'limit',
    breach: { ...breachOf(which), offset: at },
  });
  const skipSpace = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  /** Reads a string starting at its opening quote. */
  const readString = (): Step => {
    i++;
    escaped = false;
    for (;;) {
      if (i >= n) return syntax({ code: 'unterminated_string', offset: n });
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return syntax({ code: 'control_character', offset: i, character: text[i]! });
      if (c === 0x5c) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(i + k))) {
              return i + k >= n
                ? syntax({ code: 'unterminated_string', offset: n })
                : fail('bad_escape', i + k);
            }
          }
          i += 6;
          continue;
        }
        if ('"\\/bfnrt'.includes(text[i + 1] ?? '\0')) {
          i += 2;
          continue;
        }
        return i + 1 >= n ? syntax({ code: 'unterminated_string', offset: n }) : fail('bad_escape', i + 1);
      }
      i++;
    }
  };
  const readDigits = (): boolean => {
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    return i > from;
  };
  const readNumber = (): Step => {
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
  /** Reads a scalar, or opens an object or array. */
  const readValue = (): Step => {
    skipSpace();
    if (i >= n) return syntax({ code: 'unexpected_end', offset: n });
    if (limits && ++nodes > MAX_NODES) return limit('nodes', i);
    const c = text.charCodeAt(i);
    const opens = c === OPEN_OBJECT || c === OPEN_ARRAY;
    if (listener) {
      const top = kinds.length - 1;
      const segment = top < 0 ? undefined : kinds[top] === OPEN_ARRAY ? entries[top]! - 1 : memberKey;
      listener.value(i, segment, opens);
    }
    if (opens) {
      if (limits && kinds.length + 1 > MAX_DEPTH) return limit('depth', i);
      kinds.push(c);
      entries.push(0);
      if (duplicateKeys) keys.push(c === OPEN_OBJECT ? new Set() : undefined);
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
  const readMember = (): Step => {
    skipSpace();
    if (text.charCodeAt(i) !== 0x22) return fail('expected_property_name', i);
    const keyAt = i;
    const error = readString();
    if (error) return error;
    if (needKeys) {
      memberKey = escaped ? (JSON.parse(text.slice(keyAt, i)) as string) : text.slice(keyAt + 1, i - 1);
      const seen = keys[keys.length - 1];
      if (seen !== undefined) {
        if (seen.has(memberKey)) return syntax({ code: 'duplicate_key', offset: keyAt, key: memberKey });
        seen.add(memberKey);
      }
    }
    skipSpace();
    if (text.charCodeAt(i) !== 0x3a) return fail('expected_colon', i);
    i++;
    return readValue();
  };
  /** Reads the next entry of the innermost container: a member of an object, an element of an array. */
  const readEntry = (): Step => {
    const top = kinds.length - 1;
    const count = ++entries[top]!;
    if (limits && count > MAX_COLLECTION_SIZE) return limit('collection', i);
    return kinds[top] === OPEN_OBJECT ? readMember() : readValue();
  };
  /** Whether `c` closes the innermost open container ('}' for '{', ']' for '['). */
  const closesTop = (c: number): boolean => {
    const top = kinds[kinds.length - 1];
    return (top === OPEN_OBJECT && c === 0x7d) || (top === OPEN_ARRAY && c === 0x5d);
  };
  const close = (): void => {
    kinds.pop();
    entries.pop();
    if (duplicateKeys) keys.pop();
    listener?.close();
    i++;
  };

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
      close();
    }
    // A value just ended: close containers or go on to the next entry.
    skipSpace();
    if (kinds.length === 0) return i < n ? fail('trailing_content', i) : undefined;
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      const comma = i;
      i++;
      skipSpace();
      const next = text.charCodeAt(i);
      if (next === 0x7d || next === 0x5d) {
        return syntax({ code: 'trailing_comma', offset: comma, character: ',' });
      }
      pending = readEntry();
      continue;
    }
    if (closesTop(c)) {
      close();
      pending = undefined;
      continue;
    }
    const inObject = kinds[kinds.length - 1] === OPEN_OBJECT;
    return fail(inObject ? 'expected_comma_or_brace' : 'expected_comma_or_bracket', i);
  }
}
