// One pass over the statement, no regular expressions: every character is looked at once, so the analysis is
// linear in the length of its input whatever the input is.

/**
 * What a token is: a `num` (ASCII digits, with `,` grouping and one decimal point), a `word` (a run of Latin
 * letters), a `han` character (one token per character, since Chinese has no spaces), a `punct` that ends a clause
 * (`,.;:!?。，；：！？、` and line breaks) or any other `sym`bol.
 *
 * @example
 * ```ts
 * const kind: TokenKind = 'han';
 * ```
 */
export type TokenKind = 'num' | 'word' | 'han' | 'punct' | 'sym';

/**
 * One token of a statement. `start` and `end` are UTF-16 offsets into the original text; `key` is what lexicons
 * match: the lowercased word, the Han character, the digits without grouping commas, or the symbol with full-width
 * forms folded (`％` → `%`).
 *
 * @example
 * ```ts
 * const t: Token = { kind: 'num', start: 0, end: 3, key: '500', space: false, capital: false };
 * ```
 */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** Whitespace precedes the token. */
  readonly space: boolean;
  /** A `word` written with a capital first letter. */
  readonly capital: boolean;
}

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII, the ideographic space to a space; other code units unchanged. */
function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  return c;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Latin letters beyond ASCII (Latin-1 and Latin Extended-A/B), so "café" stays one word. */
function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Whether a UTF-16 code unit is a CJK ideograph (the unified block, extension A, compatibility ideographs) or
 * `〇`.
 *
 * @param c - A UTF-16 code unit.
 * @returns `true` for Han characters.
 * @example
 * ```ts
 * isHanCode('目'.charCodeAt(0)); // true
 * isHanCode('a'.charCodeAt(0)); // false
 * ```
 */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007
  );
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x0d ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

/** Clause-ending punctuation after folding: `, . ; : ! ?`, `。`, `、`, line breaks. */
function isClausePunct(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x2e ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3002 ||
    c === 0x3001 ||
    c === 0x0a ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/** The text of `[from, to)` with full-width forms folded and, for numbers, grouping commas dropped. */
function readKey(text: string, from: number, to: number, number: boolean): string {
  let wide = false;
  let comma = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xff01) wide = true;
    else if (c === 0x2c) comma = true;
  }
  if (!wide) return number && comma ? text.slice(from, to).replaceAll(',', '') : text.slice(from, to);
  let key = '';
  for (let k = from; k < to; k++) {
    const d = fold(text.charCodeAt(k));
    if (!(number && d === 0x2c)) key += String.fromCharCode(d);
  }
  return key;
}

/** One-character keys, shared across tokens and statements so that CJK text does not allocate a string a token. */
let charKeys: (string | undefined)[] | undefined;

function charKey(c: number): string {
  charKeys ??= new Array<string | undefined>(0x10000);
  let key = charKeys[c];
  if (key === undefined) {
    key = String.fromCharCode(c);
    charKeys[c] = key;
  }
  return key;
}

/**
 * Splits a statement into tokens in one pass. Never throws; every character belongs to at most one token, spans
 * never split a surrogate pair, and whitespace only sets the next token's `space` flag.
 *
 * @param text - The statement.
 * @returns The tokens, in order.
 * @example
 * ```ts
 * tokenize('达500万元').map((t) => t.key); // ['达', '500', '万', '元']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let space = false;
  // After "2026." of "2026.3.31" the next two numbers are date parts, not decimals.
  let datePartsLeft = 0;
  let i = 0;
  while (i < n) {
    const c = fold(text.charCodeAt(i));
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(fold(text.charCodeAt(j)))) j++;
      const intDigits = j - i;
      // ASCII ',' followed by exactly three digits groups thousands (1,200,000); a full-width '，' never does,
      // because in Chinese it separates clauses ("每月2本，全年24本").
      while (
        j + 3 < n &&
        text.charCodeAt(j) === 0x2c &&
        isDigit(text.charCodeAt(j + 1)) &&
        isDigit(text.charCodeAt(j + 2)) &&
        isDigit(text.charCodeAt(j + 3)) &&
        !(j + 4 < n && isDigit(fold(text.charCodeAt(j + 4))))
      ) {
        j += 4;
      }
      if (datePartsLeft > 0) {
        datePartsLeft--;
      } else if (j + 1 < n && fold(text.charCodeAt(j)) === 0x2e && isDigit(fold(text.charCodeAt(j + 1)))) {
        // One decimal part; but "2026.3.31" is a date, so a four-digit integer followed by ".d.d" keeps its dot.
        let k = j + 1;
        while (k < n && isDigit(fold(text.charCodeAt(k)))) k++;
        if (intDigits === 4 && j === i + 4 && k + 1 < n && fold(text.charCodeAt(k)) === 0x2e)
          datePartsLeft = 2;
        else j = k;
      }
      const key = readKey(text, i, j, true);
      tokens.push({ kind: 'num', start, end: j, key, space, capital: false });
      i = j;
    } else if (isLatinLetter(c)) {
      let j = i + 1;
      while (j < n && isLatinLetter(fold(text.charCodeAt(j)))) j++;
      const capital = c >= 65 && c <= 90;
      const key = readKey(text, i, j, false).toLowerCase();
      tokens.push({ kind: 'word', start, end: j, key, space, capital });
      i = j;
    } else if (isHanCode(c)) {
      tokens.push({ kind: 'han', start, end: i + 1, key: charKey(c), space, capital: false });
      i++;
    } else {
      // Keep a surrogate pair together so that no span cuts a character in two.
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const end = pair ? i + 2 : i + 1;
      const kind: TokenKind = isClausePunct(c) ? 'punct' : 'sym';
      const key = pair ? text.slice(i, end) : charKey(c);
      tokens.push({ kind, start, end, key, space, capital: false });
      i = end;
    }
    space = false;
  }
  return tokens;
}
