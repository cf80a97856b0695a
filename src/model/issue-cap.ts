import type { Locale } from '../i18n/locale.js';
import type { CrossdeptIssue } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';
import { MAX_ISSUES } from './limits.js';
import { parseMessage } from './messages.js';

/**
 * Collects issues up to {@link MAX_ISSUES} and only counts the rest, so that an input with a hundred thousand
 * problems costs a hundred issue objects (and a hundred did-you-mean searches), not a hundred thousand.
 *
 * @example
 * ```ts
 * import type { ParseIssue } from './issue.js';
 * import { parseIssue } from './parse-issue.js';
 *
 * const issues = new IssueList<ParseIssue>();
 * issues.add(() => parseIssue('en', 'missing', ['name'], { key: 'name' }));
 * issues.result('en'); // [the issue]
 * ```
 */
export class IssueList<I extends CrossdeptIssue> {
  private readonly kept: I[] = [];
  private dropped = 0;

  constructor(private readonly max = MAX_ISSUES) {}

  /** Whether no more issues are kept (later ones are only counted). */
  get full(): boolean {
    return this.kept.length >= this.max;
  }

  /** How many issues were added, kept or not. */
  get count(): number {
    return this.kept.length + this.dropped;
  }

  /** Adds an issue, built only when it is kept. */
  add(build: () => I): void {
    if (this.full) this.dropped++;
    else this.kept.push(build());
  }

  /** Adds issues that are built already. */
  push(...issues: readonly I[]): void {
    for (const issue of issues) {
      if (this.full) this.dropped++;
      else this.kept.push(issue);
    }
  }

  /** Counts `n` issues that are not built at all. */
  skip(n: number): void {
    this.dropped += n;
  }

  /** The kept issues, then one `too_many_issues` issue when some were dropped. */
  result(locale: Locale): I[] {
    return this.dropped === 0 ? [...this.kept] : [...this.kept, tooManyIssues(locale, this.dropped) as I];
  }
}

/**
 * The issue that ends a list cut at {@link MAX_ISSUES}: how many more issues were found.
 *
 * @param locale - Message locale.
 * @param count - How many issues are not shown.
 * @returns The issue, at the document's root.
 * @example
 * ```ts
 * tooManyIssues('en', 250).message; // '250 more issues are not shown; fix the ones above first'
 * ```
 */
export function tooManyIssues(locale: Locale, count: number): CrossdeptIssue<'too_many_issues'> {
  return makeIssue('too_many_issues', [], parseMessage(locale, 'too_many_issues', { count }));
}

/**
 * Cuts a list of issues at {@link MAX_ISSUES}, ending it with a `too_many_issues` issue when it was longer.
 *
 * @param issues - The issues, in order.
 * @param locale - Message locale.
 * @returns At most `MAX_ISSUES + 1` issues.
 * @example
 * ```ts
 * import { parseIssue } from './parse-issue.js';
 *
 * const manyIssues = Array.from({ length: 150 }, (_, i) => parseIssue('en', 'unknown_key', [`key${i}`], { key: `key${i}` }));
 * capIssues(manyIssues, 'en').length; // 101: the first 100 and a too_many_issues issue
 * ```
 */
export function capIssues<I extends CrossdeptIssue>(issues: readonly I[], locale: Locale): I[] {
  if (issues.length <= MAX_ISSUES) return [...issues];
  return [...issues.slice(0, MAX_ISSUES), tooManyIssues(locale, issues.length - MAX_ISSUES) as I];
}
