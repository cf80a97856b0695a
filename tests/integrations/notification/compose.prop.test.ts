// Whatever the report holds, every chat body stays within its platform's published limits, tells the rest as a
// count, keeps the items' order, and never cuts a character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_LIMITS } from '../../../src/integrations/notification/channels.js';
import { composeNotification } from '../../../src/integrations/notification/compose.js';
import type { Report } from '../../../src/rules/report.js';
import { example } from '../../fixtures/example.js';
import { finding, NOW } from './fixtures.js';

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const reportArb = fc
  .array(
    fc.tuple(
      fc.constantFrom('error' as const, 'warning' as const),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 900 }),
    ),
    { maxLength: 120 },
  )
  .map(
    (list): Report => ({
      findings: list.map(([severity, message], i) => finding(severity, `s${i}`, message)),
      actions: [],
      upcoming: [],
      summary: { error: 0, warning: 0, info: 0 },
    }),
  );

describe('composeNotification (property)', () => {
  it('stays within each platform’s limits and accounts for every item', () => {
    fc.assert(
      fc.property(
        reportArb,
        fc.constantFrom('dingtalk' as const, 'feishu' as const, 'wecom' as const, 'slack' as const),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        fc.boolean(),
        (report, channel, locale, warnings) => {
          const n = composeNotification(report, example(), { channel, locale, now: NOW, warnings });
          const wanted = report.findings.filter((f) => f.severity === 'error' || warnings).length;
          expect(n.items.length + n.omitted.length).toBe(wanted);
          const kinds = n.items.map((i) => i.kind);
          expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)));
          const json = JSON.stringify(n.body);
          expect(hasLoneSurrogate(json)).toBe(false);
          // biome-ignore lint/suspicious/noExplicitAny: the body is read per channel.
          const body = n.body as any;
          if (channel === 'wecom')
            expect(bytes(body.markdown.content)).toBeLessThanOrEqual(NOTIFICATION_LIMITS.wecomMarkdownBytes);
          if (channel === 'dingtalk')
            expect(bytes(body.markdown.text)).toBeLessThanOrEqual(NOTIFICATION_LIMITS.dingtalkTextBytes);
          if (channel === 'feishu')
            expect(bytes(json)).toBeLessThanOrEqual(NOTIFICATION_LIMITS.feishuBodyBytes);
          if (channel === 'slack')
            expect((body.blocks as unknown[]).length).toBeLessThanOrEqual(NOTIFICATION_LIMITS.slackBlocks);
          if (n.omitted.length > 0) expect(json).toContain(String(n.omitted.length));
        },
      ),
      { numRuns: 60 },
    );
  });
});
