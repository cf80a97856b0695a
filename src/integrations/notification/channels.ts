import { match } from 'ts-pattern';
import { chatText, type Draft } from './draft.js';
import { codePoints, shorten, utf8Length } from './fit.js';
import { chatMarkdown } from './render-markdown.js';

/**
 * The channels a notification is built for: DingTalk's custom robot (a markdown message), Feishu's custom bot (an
 * interactive card), WeCom's group robot (markdown), a Slack incoming webhook (Block Kit), and crossdept's own
 * JSON for any other receiver (`webhook`).
 *
 * @example
 * ```ts
 * import { NOTIFICATION_CHANNELS } from 'crossdept';
 *
 * NOTIFICATION_CHANNELS; // ['dingtalk', 'feishu', 'wecom', 'slack', 'webhook']
 * ```
 */
export const NOTIFICATION_CHANNELS = ['dingtalk', 'feishu', 'wecom', 'slack', 'webhook'] as const;

/** One of {@link NOTIFICATION_CHANNELS}. @example `const channel: NotificationChannel = 'wecom';` */
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * The size limits each platform publishes, as crossdept keeps to them: WeCom's markdown content is at most 4096
 * UTF-8 bytes; a Feishu custom bot's request body at most 20 KB (a little is kept for the timestamp and the
 * signature the sender adds); DingTalk's markdown text is kept within 20000 bytes; a Slack message has at most 50
 * blocks, a section's text at most 3000 characters and a header's 150.
 *
 * @example
 * ```ts
 * import { NOTIFICATION_LIMITS } from 'crossdept';
 *
 * NOTIFICATION_LIMITS.wecomMarkdownBytes; // 4096
 * ```
 */
export const NOTIFICATION_LIMITS = {
  wecomMarkdownBytes: 4096,
  feishuBodyBytes: 20_000,
  dingtalkTextBytes: 20_000,
  slackBlocks: 50,
  slackSectionChars: 3000,
  slackHeaderChars: 150,
  /** One item's text at most, so that one long finding cannot crowd out the others. */
  itemChars: 500,
} as const;

/** A rendered body and whether it is within the channel's limits. */
export interface Rendered {
  readonly body: Record<string, unknown>;
  readonly fits: boolean;
}

const FEISHU_TEMPLATE = { green: 'green', amber: 'orange', red: 'red' } as const;

function dingtalk(draft: Draft): Rendered {
  const text = chatMarkdown(draft);
  return {
    body: { msgtype: 'markdown', markdown: { title: draft.title, text } },
    fits: utf8Length(text) <= NOTIFICATION_LIMITS.dingtalkTextBytes,
  };
}

function wecom(draft: Draft): Rendered {
  const content = chatMarkdown(draft);
  return {
    body: { msgtype: 'markdown', markdown: { content } },
    fits: utf8Length(content) <= NOTIFICATION_LIMITS.wecomMarkdownBytes,
  };
}

function feishu(draft: Draft): Rendered {
  const md = (content: string) => ({ tag: 'div', text: { tag: 'lark_md', content } });
  const elements: Record<string, unknown>[] = [md(draft.status)];
  for (const section of draft.sections) {
    if (section.items.length === 0) continue;
    elements.push(
      { tag: 'hr' },
      md(`**${section.heading}**\n${section.items.map((i) => `- ${chatText(i.text)}`).join('\n')}`),
    );
  }
  if (draft.sections.every((s) => s.items.length === 0) && draft.omitted === 0)
    elements.push(md(draft.empty));
  if (draft.more !== undefined)
    elements.push({ tag: 'note', elements: [{ tag: 'plain_text', content: draft.more }] });
  const body = {
    msg_type: 'interactive',
    card: {
      config: { wide_screen_mode: true },
      header: {
        title: { tag: 'plain_text', content: draft.title },
        template: FEISHU_TEMPLATE[draft.health.status],
      },
      elements,
    },
  };
  return { body, fits: utf8Length(JSON.stringify(body)) <= NOTIFICATION_LIMITS.feishuBodyBytes };
}

/** Slack's mrkdwn: `&`, `<` and `>` are entities; emphasis and code characters are shown as text. */
function slackText(text: string): string {
  return chatText(text).replace(/&/g, '&amp;').replace(/＜/g, '&lt;').replace(/＞/g, '&gt;');
}

function slack(draft: Draft): Rendered {
  const section = (text: string) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: shorten(text, NOTIFICATION_LIMITS.slackSectionChars, codePoints) },
  });
  const blocks: Record<string, unknown>[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: shorten(draft.title, NOTIFICATION_LIMITS.slackHeaderChars, codePoints),
      },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: slackText(draft.status) }] },
  ];
  for (const s of draft.sections) {
    if (s.items.length === 0) continue;
    blocks.push({ type: 'divider' }, section(`*${slackText(s.heading)}*`));
    for (const item of s.items) blocks.push(section(`• ${slackText(item.text)}`));
  }
  if (draft.sections.every((s) => s.items.length === 0) && draft.omitted === 0)
    blocks.push(section(draft.empty));
  if (draft.more !== undefined)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackText(draft.more) }] });
  const fallback = [draft.title, ...draft.sections.flatMap((s) => s.items.map((i) => i.text))]
    .map(slackText)
    .join('\n');
  return {
    body: { text: shorten(fallback, NOTIFICATION_LIMITS.slackSectionChars, codePoints), blocks },
    fits: blocks.length <= NOTIFICATION_LIMITS.slackBlocks,
  };
}

/**
 * Renders a draft for a chat channel (every channel but `webhook`, which carries the report itself).
 *
 * @example
 * ```ts
 * import type { Draft } from './draft.js';
 * import { renderChannel } from './channels.js';
 *
 * declare const draft: Draft;
 * renderChannel('wecom', draft).fits;
 * ```
 */
export function renderChannel(channel: Exclude<NotificationChannel, 'webhook'>, draft: Draft): Rendered {
  return match(channel)
    .with('dingtalk', () => dingtalk(draft))
    .with('feishu', () => feishu(draft))
    .with('wecom', () => wecom(draft))
    .with('slack', () => slack(draft))
    .exhaustive();
}
