import { Lexer } from 'yaml';
import {
  breachOf,
  type LimitBreach,
  MAX_ALIAS_COUNT,
  MAX_COLLECTION_SIZE,
  MAX_DEPTH,
  MAX_YAML_TOKENS,
  type ReadLimit,
} from './limits.js';

// The yaml library's lexer emits these zero-width markers besides slices of the text.
const DOCUMENT = '\x02';
const FLOW_ERROR_END = '\x18';
const SCALAR = '\x1f';
const SEQ = 0;
const MAP = 1;

/** How many line breaks a token spans. */
function lineBreaks(token: string): number {
  let count = 0;
  for (let i = token.indexOf('\n'); i !== -1; i = token.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * What a quoted scalar costs beyond its token: the yaml library builds its value a character at a time (about
 * 35 bytes a character until it is flattened) and makes an error object for each bad escape, so one more token
 * per 8 characters and one per backslash.
 */
function quotedCost(token: string): number {
  let escapes = 0;
  if (token[0] === '"') for (let i = token.indexOf('\\'); i !== -1; i = token.indexOf('\\', i + 2)) escapes++;
  return (token.length >> 3) + escapes;
}

/**
 * A meter of YAML tokens against the reader limits: fed the yaml library's lexer tokens one by one (as the
 * library's parser is), it answers the first limit they exceed, so that a reader stops before the library builds
 * anything more:
 *
 * - {@link MAX_YAML_TOKENS}: tokens, each line of a multi-line scalar counting one more, a quoted scalar one
 *   more per 8 characters and per escape, a keyless `:` two more (what the library's syntax tree and scalar values
 *   cost);
 * - {@link MAX_DEPTH}: nested flow collections (`[[[…]]]`) counted exactly, block collections (`- - - x`,
 *   indented maps) by their columns, as the library's parser nests them — so no input reaches the recursion of
 *   the library's composer with more than `MAX_DEPTH` levels;
 * - {@link MAX_COLLECTION_SIZE}: entries of one flow collection (its commas) or one block collection (its items
 *   at one column);
 * - {@link MAX_ALIAS_COUNT}: aliases (`*name`).
 *
 * @returns A function from the next token to the limit it exceeds (with the offset where), or `undefined`.
 * @example
 * ```ts
 * import { Lexer } from 'yaml';
 *
 * const meter = yamlMeter();
 * for (const token of new Lexer().lex('a: [1, 2]\n')) if (meter(token)) break;
 * ```
 */
export function yamlMeter(): (token: string) => (LimitBreach & { readonly offset: number }) | undefined {
  let tokens = 0;
  let aliases = 0;
  let offset = 0;
  let column = 0;
  let scalarNext = false;
  /** Commas so far per open flow collection. */
  const flow: number[] = [];
  /** Open block collections: their column, kind and entries so far. */
  const columns: number[] = [];
  const kinds: number[] = [];
  const entries: number[] = [];
  /** The column where the current node's content starts on this line (its key, when a `:` follows). */
  let content = -1;
  let start = 0;
  const breach = (limit: ReadLimit) => ({ ...breachOf(limit), offset: start });

  /** A block entry at `at`: an item of a sequence, a key of a map, as the parser nests them by column. */
  const blockEntry = (kind: number, at: number) => {
    while (columns.length > 0 && columns[columns.length - 1]! > at) {
      columns.pop();
      kinds.pop();
      entries.pop();
    }
    let top = columns.length - 1;
    if (top >= 0 && columns[top] === at && kinds[top] === SEQ && kind === MAP) {
      // A key at the column of a sequence that was a map's value (`a:\n- x\nb: y`) ends that sequence.
      columns.pop();
      kinds.pop();
      entries.pop();
      top--;
    }
    if (top >= 0 && columns[top] === at && kinds[top] === kind) {
      entries[top]!++;
      return entries[top]! > MAX_COLLECTION_SIZE ? breach('collection') : undefined;
    }
    columns.push(at);
    kinds.push(kind);
    entries.push(1);
    return columns.length + flow.length > MAX_DEPTH ? breach('depth') : undefined;
  };

  return (token) => {
    if (!scalarNext && (token === DOCUMENT || token === SCALAR || token === FLOW_ERROR_END)) {
      if (token === SCALAR) scalarNext = true;
      if (token === FLOW_ERROR_END) flow.length = 0;
      return undefined;
    }
    start = offset;
    const startColumn = column;
    offset += token.length;
    const last = token.lastIndexOf('\n');
    column = last === -1 ? column + token.length : token.length - last - 1;
    const first = token[0];
    const quoted = !scalarNext && (first === '"' || first === "'");
    tokens += 1 + (token.length > 1 ? lineBreaks(token) : 0) + (quoted ? quotedCost(token) : 0);
    if (tokens > MAX_YAML_TOKENS) return breach('yaml-tokens');
    if (scalarNext || quoted) {
      scalarNext = false;
      if (content < 0) content = startColumn;
      return undefined;
    }
    if (first === '*' && ++aliases > MAX_ALIAS_COUNT) return breach('aliases');
    if (token === '[' || token === '{') {
      if (flow.length === 0 && content < 0) content = startColumn;
      flow.push(0);
      return columns.length + flow.length > MAX_DEPTH ? breach('depth') : undefined;
    }
    if (flow.length > 0) {
      if (token === ']' || token === '}') flow.pop();
      else if (token === ',' && ++flow[flow.length - 1]! >= MAX_COLLECTION_SIZE) return breach('collection');
      return undefined;
    }
    let exceeded: ReturnType<typeof breach> | undefined;
    switch (token) {
      case '\n':
      case '\r\n':
      case '':
        content = -1;
        break;
      case '-':
        exceeded = blockEntry(SEQ, startColumn);
        content = -1;
        break;
      case '?':
        exceeded = blockEntry(MAP, startColumn);
        content = -1;
        break;
      case ':':
        // `key: value` adds an entry at the key's column. A `:` with no key before it (an explicit `? key`'s
        // value, or an empty key) costs the library a map entry with an empty key of its own, and an error when
        // it nests (`: : :`): it counts as three tokens.
        if (content >= 0) exceeded = blockEntry(MAP, content);
        else {
          tokens += 2;
          if (tokens > MAX_YAML_TOKENS) exceeded = breach('yaml-tokens');
        }
        content = -1;
        break;
      case '---':
      case '...':
        columns.length = 0;
        kinds.length = 0;
        entries.length = 0;
        break;
      default:
        // Anchors, tags, aliases and block scalar headers start a node; spaces and comments do not.
        if (
          content < 0 &&
          (first === '&' || first === '!' || first === '*' || first === '|' || first === '>')
        ) {
          content = startColumn;
        }
    }
    return exceeded;
  };
}

/**
 * Measures YAML text against the reader limits with a {@link yamlMeter}, in one pass of the yaml library's lexer
 * (a generator of token strings: memory stays flat however long the text is), stopping at the first limit
 * exceeded.
 *
 * @param text - YAML text.
 * @returns The first limit exceeded, with the offset where, or `undefined`.
 * @example
 * ```ts
 * measureYaml('a: [1, 2, 3]\n'); // undefined
 * measureYaml(`a: ${'['.repeat(100)}`)?.limit; // 'depth'
 * ```
 */
export function measureYaml(text: string): (LimitBreach & { readonly offset: number }) | undefined {
  const meter = yamlMeter();
  for (const token of new Lexer().lex(text)) {
    const breach = meter(token);
    if (breach !== undefined) return breach;
  }
  return undefined;
}
