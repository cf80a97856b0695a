import type { Locale } from '../i18n/locale.js';
import type { IssuePath } from '../issues/issue.js';
import type { ParseIssue } from './issue.js';
import type { LimitBreach } from './limits.js';
import { parseIssue } from './parse-issue.js';

/**
 * The issue for an input that exceeds a reader limit: `too_deep` for the nesting depth, `too_large` for the
 * others, its message naming what was counted, the limit and the constant that holds it.
 *
 * @param locale - Message locale.
 * @param breach - The limit exceeded.
 * @param path - Where, when known.
 * @returns The issue (without line and column; the reader adds them for text).
 * @example
 * ```ts
 * import { breachOf } from './limits.js';
 *
 * limitIssue('en', breachOf('collection')).message;
 * // 'The input is too large: a list or object with more than 200,000 entries (limit MAX_COLLECTION_SIZE)'
 * ```
 */
export function limitIssue(locale: Locale, breach: LimitBreach, path: IssuePath = []): ParseIssue {
  const exceeded = { limit: breach.limit, max: breach.max, name: breach.name };
  return parseIssue(locale, breach.limit === 'depth' ? 'too_deep' : 'too_large', path, { exceeded });
}
