import type { Locale } from '../../i18n/locale.js';
import { showValue } from '../../i18n/show.js';
import { parseCollaborationForOneUse } from '../../model/parse.js';
import type { Collaboration, CollaborationInput } from '../../model/types.js';
import type { Report } from '../../rules/report.js';
import { IntegrationError } from '../errors.js';
import { escalationNotices } from '../escalations.js';
import { notificationHealth } from '../health.js';
import { checkReport, integrationIssue, readIntegrationOptions } from '../read-options.js';
import { integrationWord } from '../words.js';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_LIMITS,
  type NotificationChannel,
  renderChannel,
} from './channels.js';
import type { Draft } from './draft.js';
import { codePoints, shorten } from './fit.js';
import { itemsOf, NOTIFICATION_ITEM_KINDS, type NotificationItem } from './items.js';

/**
 * Options of {@link notificationMessage} and {@link composeNotification}.
 *
 * @example
 * ```ts
 * import type { NotificationMessageOptions } from 'crossdept';
 *
 * const options: NotificationMessageOptions = { channel: 'dingtalk', locale: 'zh-CN', now: '2026-11-26', keyword: '项目播报' };
 * ```
 */
export interface NotificationMessageOptions {
  readonly channel: NotificationChannel;
  readonly locale: Locale;
  /** The date the report was evaluated at, ISO. */
  readonly now: string;
  /**
   * What to tell: item keys (what is new since the last run) and item kinds (`escalation`, `upcoming`, `error`,
   * `warning`). Absent: everything but warnings.
   */
  readonly only?: readonly string[];
  /** Tell warnings too (absent `only`, or with keys only). */
  readonly warnings?: boolean;
  /** The custom keyword the robot requires in every message (DingTalk, Feishu): put in the title. */
  readonly keyword?: string;
}

/**
 * What {@link composeNotification} returns: the request body, the items it tells and those it left out (to fit
 * the platform's limits, counted in the message), so a sender records as delivered only what was told.
 *
 * @example
 * ```ts
 * import type { NotificationComposition } from 'crossdept';
 *
 * const keys = (n: NotificationComposition) => n.items.map((i) => i.key);
 * ```
 */
export interface NotificationComposition {
  readonly channel: NotificationChannel;
  readonly body: Readonly<Record<string, unknown>>;
  readonly items: readonly NotificationItem[];
  readonly omitted: readonly NotificationItem[];
}

const KEYS = ['channel', 'locale', 'now', 'only', 'warnings', 'keyword'] as const;

function fail(locale: Locale, code: 'invalid_channel' | 'invalid_options', path: string, params = {}): never {
  throw new IntegrationError(code, [
    integrationIssue(
      locale,
      code === 'invalid_channel' ? 'invalid_channel' : 'invalid_options',
      [path],
      params,
    ),
  ]);
}

/** `only` copied once into a plain list of strings (a Proxy or a getter that throws is an issue, not a crash). */
function readOnly(value: unknown, locale: Locale): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  let list: unknown[] | undefined;
  try {
    list = Array.isArray(value) ? [...(value as unknown[])] : undefined;
  } catch {
    list = undefined;
  }
  if (list !== undefined && list.every((x): x is string => typeof x === 'string')) return list;
  throw new IntegrationError('invalid_options', [
    integrationIssue(locale, 'invalid_only', ['only'], {
      value: showValue(value),
      options: `${NOTIFICATION_ITEM_KINDS.join(', ')}, item keys`,
    }),
  ]);
}

function selected(
  items: readonly NotificationItem[],
  only: readonly string[] | undefined,
  warnings: boolean,
) {
  if (only === undefined) return items.filter((i) => i.kind !== 'warning' || warnings);
  const names = new Set(only);
  const byKind = NOTIFICATION_ITEM_KINDS.some((k) => names.has(k));
  return items.filter((i) => {
    if (names.has(i.kind)) return true;
    if (!names.has(i.key)) return false;
    // A key alone selects it, but a warning still needs asking for unless kinds were named.
    return i.kind !== 'warning' || warnings || byKind;
  });
}

function draftOf(
  c: Collaboration,
  report: Report,
  now: string,
  locale: Locale,
  keyword: string | undefined,
  shown: readonly NotificationItem[],
  omitted: number,
): Draft {
  const health = notificationHealth(report, c, now);
  const title = integrationWord(locale, 'title', { name: c.name });
  const heading = {
    escalation: integrationWord(locale, 'sectionEscalations'),
    upcoming: integrationWord(locale, 'sectionUpcoming'),
    error: integrationWord(locale, 'sectionErrors'),
    warning: integrationWord(locale, 'sectionWarnings'),
  } as const;
  return {
    locale,
    title: keyword === undefined || keyword === '' ? title : `${keyword} ${title}`,
    status: `${integrationWord(locale, `health.${health.status}`)} · ${integrationWord(locale, 'seenAt', { date: now })}`,
    health,
    sections: NOTIFICATION_ITEM_KINDS.map((kind) => ({
      kind,
      heading: heading[kind],
      items: shown.filter((i) => i.kind === kind),
    })),
    omitted,
    ...(omitted > 0 ? { more: integrationWord(locale, 'more', { count: omitted }) } : {}),
    empty: integrationWord(locale, 'nothingNew'),
  };
}

/**
 * Builds a notification like {@link notificationMessage}, and says which items it tells and which it left out.
 *
 * @param report - The report `evaluate` returned at `now`.
 * @param collaboration - The collaboration (parsed, or an object that parses).
 * @param options - The channel, locale, date, and what to tell.
 * @returns The body and the items.
 * @throws {@link IntegrationError} (and nothing else): `invalid_options`, `invalid_locale`, `invalid_now`,
 *   `invalid_channel`, `invalid_report`, `invalid_collaboration`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { composeNotification, evaluate, loadCollaboration } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   const report = await evaluate(loaded.data, { now: '2026-11-26', locale: 'zh-CN' });
 *   const n = composeNotification(report, loaded.data, { channel: 'wecom', locale: 'zh-CN', now: '2026-11-26' });
 *   console.log(n.items.length, n.omitted.length);
 * }
 * ```
 */
export function composeNotification(
  report: Report,
  collaboration: Collaboration | CollaborationInput,
  options: NotificationMessageOptions,
): NotificationComposition {
  const { now, locale, values } = readIntegrationOptions(options, KEYS);
  const channel = values.channel;
  if (typeof channel !== 'string' || !(NOTIFICATION_CHANNELS as readonly string[]).includes(channel)) {
    fail(locale, 'invalid_channel', 'channel', {
      value: showValue(channel),
      options: NOTIFICATION_CHANNELS.join(', '),
    });
  }
  const only = readOnly(values.only, locale);
  const warnings = values.warnings;
  if (warnings !== undefined && warnings !== null && typeof warnings !== 'boolean') {
    fail(locale, 'invalid_options', 'warnings', { name: 'warnings', detail: showValue(warnings) });
  }
  const keyword = values.keyword;
  if (keyword !== undefined && keyword !== null && typeof keyword !== 'string') {
    fail(locale, 'invalid_options', 'keyword', { name: 'keyword', detail: showValue(keyword) });
  }
  const checked = checkReport(report, locale, ['report']);
  const parsed = parseCollaborationForOneUse(collaboration, { locale });
  if (!parsed.success) throw new IntegrationError('invalid_collaboration', parsed.issues);
  const c = parsed.data;
  const all = itemsOf(checked, c, now, locale).map((i) => ({
    ...i,
    text: shorten(i.text, NOTIFICATION_LIMITS.itemChars, codePoints),
  }));
  const chosen = selected(all, only, warnings === true);
  const ch = channel as NotificationChannel;
  const kw = typeof keyword === 'string' ? keyword : undefined;

  if (ch === 'webhook') {
    const health = notificationHealth(checked, c, now);
    const body = {
      type: 'crossdept.notification',
      version: 1,
      collaboration: { id: c.id, name: c.name },
      now,
      locale,
      health,
      escalations: escalationNotices(checked, now),
      items: chosen,
      omitted: all.length - chosen.length,
      report: checked,
    };
    return {
      channel: ch,
      body: JSON.parse(JSON.stringify(body)) as Record<string, unknown>,
      items: chosen,
      omitted: [],
    };
  }

  // The most items that fit, in order (escalations first): a binary search over how many are shown.
  const render = (k: number) =>
    renderChannel(ch, draftOf(c, checked, now, locale, kw, chosen.slice(0, k), chosen.length - k));
  let lo = 0;
  let hi = chosen.length;
  if (!render(hi).fits) {
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (render(mid).fits) lo = mid;
      else hi = mid - 1;
    }
  } else lo = hi;
  return { channel: ch, body: render(lo).body, items: chosen.slice(0, lo), omitted: chosen.slice(lo) };
}

/**
 * The request body of a notification about a report, for a chat robot or a webhook: DingTalk (a markdown
 * message), Feishu (an interactive card), WeCom (markdown), Slack (Block Kit), or crossdept's own JSON (`webhook`,
 * its JSON Schema is `notificationWebhookJsonSchema()` in `crossdept/schemas`). Escalations due come first, with
 * who decides by when; then escalations coming up; then errors; warnings only when asked. What does not fit the
 * platform's published size limits (WeCom's 4096-byte markdown, Slack's 50 blocks, …) is told as a count, and no
 * text is cut inside a character. The health shown is red with an escalation due or an error, amber with
 * warnings, green otherwise. The library only builds the body: signing and sending are the sender's (`crossdept
 * notify`).
 *
 * @param report - The report `evaluate` returned at `now`.
 * @param collaboration - The collaboration (parsed, or an object that parses).
 * @param options - `channel`, `locale`, `now`; `only` (item keys or kinds to tell), `warnings`, `keyword`.
 * @returns The JSON body to POST.
 * @throws {@link IntegrationError} (and nothing else), as {@link composeNotification}.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { evaluate, loadCollaboration, notificationMessage } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   const report = await evaluate(loaded.data, { now: '2026-11-26', locale: 'zh-CN' });
 *   const body = notificationMessage(report, loaded.data, { channel: 'dingtalk', locale: 'zh-CN', now: '2026-11-26' });
 *   console.log(JSON.stringify(body));
 * }
 * ```
 */
export function notificationMessage(
  report: Report,
  collaboration: Collaboration | CollaborationInput,
  options: NotificationMessageOptions,
): Readonly<Record<string, unknown>> {
  return composeNotification(report, collaboration, options).body;
}
