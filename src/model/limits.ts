// What the readers (`loadCollaboration`, `parseCollaboration`, `loadRulesConfig`, `readYaml`) may build from
// untrusted input. The text length alone does not bound memory: the yaml library keeps a syntax tree of
// several hundred bytes per token, and a 20 MiB list of numbers is five million values. Each limit below is
// checked before the structure it guards is built (the YAML limits in a pass of the yaml library's lexer,
// the JSON limits in the JSON scanner's one pass, the value limits in a walk before zod runs), and each was
// chosen by measuring the worst input it admits (`npm run bench:limits`, Node 20, one process per input).

/**
 * The longest text the readers take: 20 MiB (in UTF-16 code units, as `string.length` counts). Longer text is
 * refused with a `too_large` issue before it is read.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 *
 * const text = readFileSync('examples/new-product-launch.yaml', 'utf8');
 * if (text.length > MAX_TEXT_LENGTH) console.log('loadCollaboration answers with a too_large issue');
 * ```
 */
export const MAX_TEXT_LENGTH = 20 * 1024 * 1024;

/**
 * The most syntax tokens a YAML text may have: values, indicators (`-`, `:`, `?`, `,`, brackets), anchors,
 * aliases, tags, runs of spaces, line breaks and comments; each line of a multi-line scalar counts one more, a
 * quoted scalar one more per 8 characters and per escape (the yaml library builds a quoted value a character at a
 * time), and a `:` with no key before it two more (it costs the library a map of its own). The yaml library keeps
 * a syntax tree of 100 to 500 bytes per token while it reads, so this is the limit that bounds the memory and time
 * of reading YAML. Measured (`npm run bench:limits`, Node 20, two shared cores): the worst YAML it admits, empty
 * flow maps up to the limit, peaks at about 550 MB over the text and takes 2.5 s; a syntax error on every line,
 * 380 MB; 30,000 milestones of five fields (3 MB of YAML, 1.05 million tokens) load in 250 MB and 2.3 s. JSON is
 * read by a scanner of its own and is not limited by this: the same collaboration with seven fields per milestone
 * (1.4 million tokens as YAML) loads as JSON in 30 MB and 0.25 s.
 *
 * @example
 * ```ts
 * MAX_YAML_TOKENS; // 1_200_000
 * ```
 */
export const MAX_YAML_TOKENS = 1_200_000;

/**
 * The most values (texts, numbers, booleans, nulls, lists and objects; keys are not counted) one document may
 * have, after YAML aliases are expanded. Checked in JSON text by the scanner before `JSON.parse` (JSON text under
 * `2 × MAX_COLLECTION_SIZE` characters, too short to hold that many values or entries, is read by `JSON.parse` and
 * measured as it is validated; the scanner reads it when it is not a valid collaboration), in YAML after
 * reading, and in objects before validation. A collaboration of 100,000 milestones with its people, meetings and
 * minutes has about 1.4 million values. Measured: 1.8 million numbers in JSON are read in 21 MB and 0.2 s,
 * 1.8 million empty objects in 150 MB; 200,000 milestones with six wrong fields each (1.2 million issues, of
 * which 100 are shown, validated in parts) in 200 MB and 2 s; an alias bomb of 10^9 values is refused in 30 ms.
 *
 * @example
 * ```ts
 * MAX_NODES; // 2_000_000
 * ```
 */
export const MAX_NODES = 2_000_000;

/**
 * The most entries (items of a list, fields of an object) one list or object may have. The longest list a
 * collaboration has in practice is its milestones. A 20 MiB list is refused at its 200,001st entry, before
 * anything is built from it: in 0.2 s and 42 MB as YAML, 25 ms and 21 MB as JSON.
 *
 * @example
 * ```ts
 * MAX_COLLECTION_SIZE; // 200_000
 * ```
 */
export const MAX_COLLECTION_SIZE = 200_000;

/**
 * The deepest nesting of lists and objects (the document itself is level 1). A collaboration is at most 7
 * levels deep; a rules config with conditions at their deepest about 40. Checked before the yaml library
 * composes nodes (it recurses once per level), so no input reaches the call stack's limit; a deeper input is
 * refused with a `too_deep` issue (10,000 levels: in 2 ms, in YAML flow or block style or in JSON).
 *
 * @example
 * ```ts
 * MAX_DEPTH; // 64
 * ```
 */
export const MAX_DEPTH = 64;

/**
 * The most aliases (`*name`) a YAML text may use. What they expand to is counted against {@link MAX_NODES}, so an
 * alias bomb ("billion laughs") is refused either way.
 *
 * @example
 * ```ts
 * MAX_ALIAS_COUNT; // 1_000
 * ```
 */
export const MAX_ALIAS_COUNT = 1_000;

/**
 * The most issues a reader returns: the first `MAX_ISSUES`, then one `too_many_issues` issue saying how many more
 * were found, as compilers do. Did-you-mean suggestions are computed only for the issues shown, and positions
 * looked up only for them: 40,000 unknown keys take 0.5 s in YAML and 0.1 s in JSON (10.6 s before the cap).
 *
 * @example
 * ```ts
 * MAX_ISSUES; // 100
 * ```
 */
export const MAX_ISSUES = 100;

/**
 * Which reader limit an input exceeds: the text length, the YAML tokens, the values, the entries of one list or
 * object, the nesting depth, or the YAML aliases.
 *
 * @example
 * ```ts
 * const limit: ReadLimit = 'collection';
 * ```
 */
export type ReadLimit = 'text' | 'yaml-tokens' | 'nodes' | 'collection' | 'depth' | 'aliases';

/**
 * A limit an input exceeded: which one, its value, and the name of the constant that holds it.
 *
 * @example
 * ```ts
 * const breach: LimitBreach = { limit: 'depth', max: 64, name: 'MAX_DEPTH', offset: 120 };
 * ```
 */
export interface LimitBreach {
  readonly limit: ReadLimit;
  readonly max: number;
  readonly name: string;
  /** Where in the text the limit was crossed (UTF-16 offset), when the input was text. */
  readonly offset?: number;
}

/** The reader limits by name, with the constants that hold them. @example `READ_LIMITS.depth.max; // 64` */
export const READ_LIMITS: { readonly [L in ReadLimit]: { readonly max: number; readonly name: string } } = {
  text: { max: MAX_TEXT_LENGTH, name: 'MAX_TEXT_LENGTH' },
  'yaml-tokens': { max: MAX_YAML_TOKENS, name: 'MAX_YAML_TOKENS' },
  nodes: { max: MAX_NODES, name: 'MAX_NODES' },
  collection: { max: MAX_COLLECTION_SIZE, name: 'MAX_COLLECTION_SIZE' },
  depth: { max: MAX_DEPTH, name: 'MAX_DEPTH' },
  aliases: { max: MAX_ALIAS_COUNT, name: 'MAX_ALIAS_COUNT' },
};

/**
 * The breach of one of the reader limits, at an offset of the text.
 *
 * @param limit - Which limit.
 * @param offset - Where in the text, when the input is text.
 * @returns The breach, with the limit's value and constant name.
 * @example
 * ```ts
 * breachOf('aliases', 42); // { limit: 'aliases', max: 1000, name: 'MAX_ALIAS_COUNT', offset: 42 }
 * ```
 */
export function breachOf(limit: ReadLimit, offset?: number): LimitBreach {
  const { max, name } = READ_LIMITS[limit];
  return offset === undefined ? { limit, max, name } : { limit, max, name, offset };
}
