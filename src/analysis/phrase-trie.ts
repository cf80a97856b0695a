import { type Token, tokenize } from './tokenize.js';

/**
 * A node of a phrase trie: lexicon phrases stored as sequences of token keys (`['by', 'the', 'end', 'of']`,
 * `['月', '底', '前']`), so one trie serves Chinese and English alike.
 *
 * @example
 * ```ts
 * const node: PhraseTrie<string> = { next: new Map(), value: undefined };
 * ```
 */
export interface PhraseTrie<T> {
  readonly next: Map<string, PhraseTrie<T>>;
  value: T | undefined;
}

/**
 * A trie match: the token index after the phrase and the phrase's value.
 *
 * @example
 * ```ts
 * const m: PhraseMatch<number> = { end: 3, value: 1 };
 * ```
 */
export interface PhraseMatch<T> {
  readonly end: number;
  readonly value: T;
}

/** Hyphens are transparent in phrases and in matching: "year-end" matches "year end" and the reverse. */
function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'sym' && (t.key === '-' || t.key === '‐' || t.key === '–');
}

/**
 * The token keys of a lexicon phrase, hyphens dropped.
 *
 * @param phrase - A lexicon phrase.
 * @returns Its keys.
 * @example
 * ```ts
 * phraseKeys('year-end'); // ['year', 'end']
 * phraseKeys('月底前'); // ['月', '底', '前']
 * ```
 */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => !isHyphen(t))
    .map((t) => t.key);
}

/**
 * Builds a trie from `[phrase, value]` entries; a later entry for the same phrase wins.
 *
 * @param entries - The lexicon.
 * @returns The root node.
 * @example
 * ```ts
 * const trie = buildTrie([['by the end of', 1], ['月底前', 2]]);
 * ```
 */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>): PhraseTrie<T> {
  return trieOf(entries, (phrase) => phraseKeys(phrase));
}

/** A trie of phrases, each inserted under the keys `keysOf` gives it. */
function trieOf<T>(
  entries: Iterable<readonly [string, T]>,
  keysOf: (phrase: string) => readonly string[],
): PhraseTrie<T> {
  const root: PhraseTrie<T> = { next: new Map(), value: undefined };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const key of keysOf(phrase)) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node !== root) node.value = value;
  }
  return root;
}

/**
 * The longest phrase of the trie that starts at token `i`. Hyphens between tokens are skipped; punctuation is not.
 * The work is bounded by the longest phrase, so scanning every token stays linear.
 *
 * @param trie - The trie.
 * @param tokens - The statement's tokens.
 * @param i - Where the phrase must start.
 * @returns The match, or `undefined`.
 * @example
 * ```ts
 * const trie = buildTrie([['end of the month', 'eom']]);
 * matchAt(trie, tokenize('by the end of the month'), 2); // { end: 6, value: 'eom' }
 * ```
 */
export function matchAt<T>(
  trie: PhraseTrie<T>,
  tokens: readonly Token[],
  i: number,
): PhraseMatch<T> | undefined {
  let node = trie;
  let best: PhraseMatch<T> | undefined;
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const child = node.next.get(t.key);
    if (!child && isHyphen(t) && j > i) {
      j++;
      continue;
    }
    if (!child) break;
    node = child;
    j++;
    if (node.value !== undefined) best = { end: j, value: node.value };
  }
  return best;
}

/**
 * Memoises a builder, so lexicon tries are built on first use and never at import time.
 *
 * @param build - Builds the value.
 * @returns A function returning the one built value.
 * @example
 * ```ts
 * const trie = lazy(() => buildTrie([['asap', 'time']]));
 * trie() === trie(); // true
 * ```
 */
export function lazy<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/**
 * Builds a trie of phrases with their keys reversed, for matching phrases that end right before a token
 * ("by the end of" before "Q3").
 *
 * @param entries - The lexicon.
 * @returns The root node.
 * @example
 * ```ts
 * const before = buildReverseTrie([['by the end of', true]]);
 * ```
 */
export function buildReverseTrie<T>(entries: Iterable<readonly [string, T]>): PhraseTrie<T> {
  return trieOf(entries, (phrase) => phraseKeys(phrase).reverse());
}

/**
 * The longest phrase of a reverse trie that ends right before token `end`: its first token index and value.
 * Hyphens are skipped as in {@link matchAt}.
 *
 * @param trie - A trie from {@link buildReverseTrie}.
 * @param tokens - The statement's tokens.
 * @param end - The token after the phrase.
 * @returns `{ end: first token of the phrase, value }`, or `undefined`.
 * @example
 * ```ts
 * const before = buildReverseTrie([['by the end of', true]]);
 * matchBefore(before, tokenize('by the end of Q3'), 4); // { end: 0, value: true }
 * ```
 */
export function matchBefore<T>(
  trie: PhraseTrie<T>,
  tokens: readonly Token[],
  end: number,
): PhraseMatch<T> | undefined {
  let node = trie;
  let best: PhraseMatch<T> | undefined;
  let j = end - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    const child = node.next.get(t.key);
    if (!child && isHyphen(t) && j < end - 1) {
      j--;
      continue;
    }
    if (!child) break;
    node = child;
    if (node.value !== undefined) best = { end: j, value: node.value };
    j--;
  }
  return best;
}
