import { chatText, type Draft } from './draft.js';

/**
 * A draft as the chat markdown DingTalk and WeCom read: a heading, the health line, a `####` heading per section
 * and a list item per item, then the count of what was left out.
 *
 * @example
 * ```ts
 * import { chatMarkdown } from './render-markdown.js';
 *
 * chatMarkdown({ locale: 'en', title: 'crossdept | Launch', status: '🟢 on track', health: { status: 'green', reasons: [] }, sections: [], omitted: 0, empty: 'Nothing new' });
 * ```
 */
export function chatMarkdown(draft: Draft): string {
  const lines = [`### ${chatText(draft.title)}`, '', draft.status];
  for (const section of draft.sections) {
    if (section.items.length === 0) continue;
    lines.push('', `#### ${section.heading}`);
    for (const item of section.items) lines.push(`- ${chatText(item.text)}`);
  }
  if (draft.sections.every((s) => s.items.length === 0) && draft.omitted === 0) lines.push('', draft.empty);
  if (draft.more !== undefined) lines.push('', `> ${draft.more}`);
  return lines.join('\n');
}
