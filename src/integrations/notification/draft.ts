import type { Locale } from '../../i18n/locale.js';
import type { NotificationHealth } from '../health.js';
import type { NotificationItem, NotificationItemKind } from './items.js';

/**
 * What a channel renders: the title (with the keyword a robot requires), the health line, the items to show by
 * section, and how many were left out to fit the platform's limits.
 *
 * @example
 * ```ts
 * import type { Draft } from './draft.js';
 *
 * const draft: Draft = { locale: 'en', title: 'crossdept | Launch', status: '🟢 on track · Checked on 2026-11-26', health: { status: 'green', reasons: [] }, sections: [], omitted: 0, empty: 'No new escalations or findings' };
 * ```
 */
export interface Draft {
  readonly locale: Locale;
  readonly title: string;
  readonly status: string;
  readonly health: NotificationHealth;
  readonly sections: readonly {
    readonly kind: NotificationItemKind;
    readonly heading: string;
    readonly items: readonly NotificationItem[];
  }[];
  /** Items that did not fit, told as a count. */
  readonly omitted: number;
  /** The "N more not shown" line, when some were omitted. */
  readonly more?: string;
  /** What is said when there is nothing to tell. */
  readonly empty: string;
}

/**
 * Neutralises what chat markdown would read as markup in a value (links, mentions, HTML, emphasis, code) by
 * writing the full-width form of the character, and puts the value on one line: the data is shown as text.
 *
 * @example
 * ```ts
 * import { chatText } from './draft.js';
 *
 * chatText('<@all> [x](y)'); // '＜@all＞ ［x］(y)'
 * ```
 */
export function chatText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029\t]+/g, ' ')
    .replace(/</g, '＜')
    .replace(/>/g, '＞')
    .replace(/\[/g, '［')
    .replace(/]/g, '］')
    .replace(/\*/g, '＊')
    .replace(/`/g, '｀')
    .replace(/~/g, '～');
}
