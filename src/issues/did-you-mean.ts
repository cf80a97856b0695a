/**
 * The edit distance between two strings (insertions, deletions, substitutions and transpositions of neighbours).
 *
 * @param a - First string.
 * @param b - Second string.
 * @returns The optimal string alignment distance.
 * @example
 * ```ts
 * editDistance('responsibilites', 'responsibilities'); // 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * The closest candidate to `input`, when one is close enough to be a likely typo (case-insensitive, at most a
 * third of the word's length in edits, and never more than 3); failing that, with `prefixes`, a candidate of at
 * least three letters the input starts with, or that starts with the input (`minimum` → `min`, the longest such):
 * for short names such as params, where a word written out in full is a likely slip. It never throws: anything but text, and
 * candidates that are not text or cannot be iterated, give no suggestion.
 *
 * @param input - What the user wrote.
 * @param candidates - The valid words.
 * @param options - `prefixes`: also suggest a word the input starts with, or that starts with it.
 * @returns The best candidate, or `undefined` when none is close.
 * @example
 * ```ts
 * didYouMean('responsibilites', ['responsibilities', 'risks']); // 'responsibilities'
 * didYouMean('minimum', ['min', 'max'], { prefixes: true }); // 'min'
 * didYouMean('zzz', ['risks']); // undefined
 * ```
 */
export function didYouMean(
  input: string,
  candidates: Iterable<string>,
  options?: { readonly prefixes?: boolean },
): string | undefined {
  if (typeof input !== 'string' || input.length > 200) return undefined;
  const needle = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let prefix: string | undefined;
  try {
    const prefixes = typeof options === 'object' && options !== null && options.prefixes === true;
    for (const candidate of candidates) {
      if (typeof candidate !== 'string' || candidate.length > 200) continue;
      const lower = candidate.toLowerCase();
      const d = editDistance(needle, lower);
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
      const shorter = Math.min(lower.length, needle.length);
      if (
        prefixes &&
        shorter >= 3 &&
        (needle.startsWith(lower) || lower.startsWith(needle)) &&
        (prefix === undefined || candidate.length > prefix.length)
      )
        prefix = candidate;
    }
  } catch {
    // Candidates that cannot be iterated (not iterable, a Proxy or getter that throws): no suggestion.
    return undefined;
  }
  return best ?? prefix;
}
