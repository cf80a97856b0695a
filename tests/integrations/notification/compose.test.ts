// notificationMessage per channel: the platform's message format, escalations first with who decides by when,
// then errors, warnings only when asked; the limits kept by telling the rest as a count; bad requests rejected.
import { describe, expect, it } from 'vitest';
import { IntegrationError } from '../../../src/integrations/errors.js';
import { composeNotification, notificationMessage } from '../../../src/integrations/notification/compose.js';
import { NotificationWebhookSchema } from '../../../src/integrations/notification/webhook-schema.js';
import { example } from '../../fixtures/example.js';
import { busyReport, floodReport, NOW } from './fixtures.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('notificationMessage', () => {
  it('builds a DingTalk markdown message: escalation first with who decides by when, then errors, no warnings', () => {
    const body = notificationMessage(busyReport(), example(), {
      channel: 'dingtalk',
      locale: 'zh-CN',
      now: NOW,
    }) as {
      msgtype: string;
      markdown: { title: string; text: string };
    };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.title).toBe('crossdept｜新产品上市');
    expect(body.markdown.text).toBe(
      [
        '### crossdept｜新产品上市',
        '',
        '🔴 需处理 · 检查日期：2026-11-26',
        '',
        '#### 待升级事项',
        '- 升级到第 2 级：线上推广预算与线下渠道投入的优先级；请 分管副总 王磊 于 2026-11-26 前决策；两次协商未达成一致',
        '',
        '#### 错误',
        '- 里程碑「产品上市」预计延误 3 天',
      ].join('\n'),
    );
  });

  it('tells warnings when asked, and puts the keyword in the title', () => {
    const body = notificationMessage(busyReport(), example(), {
      channel: 'wecom',
      locale: 'en',
      now: NOW,
      warnings: true,
      keyword: 'PMO',
    }) as { msgtype: string; markdown: { content: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content.startsWith('### PMO crossdept | 新产品上市\n')).toBe(true);
    expect(body.markdown.content).toContain(
      'Escalate to level 2: 线上推广预算与线下渠道投入的优先级; 分管副总 王磊 to decide by 2026-11-26',
    );
    expect(body.markdown.content.indexOf('#### Errors')).toBeLessThan(
      body.markdown.content.indexOf('#### Warnings'),
    );
    expect(body.markdown.content).toContain('- 测试版交付偏晚');
  });

  it('builds a Feishu interactive card coloured by health, and Slack blocks', () => {
    const card = notificationMessage(busyReport(), example(), {
      channel: 'feishu',
      locale: 'zh-CN',
      now: NOW,
    }) as {
      msg_type: string;
      card: { header: { template: string; title: { content: string } }; elements: unknown[] };
    };
    expect(card.msg_type).toBe('interactive');
    expect(card.card.header.template).toBe('red');
    expect(JSON.stringify(card.card.elements)).toContain('请 分管副总 王磊 于 2026-11-26 前决策');
    const slack = notificationMessage(busyReport(), example(), {
      channel: 'slack',
      locale: 'en',
      now: NOW,
    }) as {
      text: string;
      blocks: { type: string; text?: { text: string } }[];
    };
    expect(slack.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'crossdept | 新产品上市' },
    });
    expect(slack.blocks.filter((b) => b.type === 'section').map((b) => b.text?.text)).toEqual([
      '*Escalations due*',
      '• Escalate to level 2: 线上推广预算与线下渠道投入的优先级; 分管副总 王磊 to decide by 2026-11-26; 两次协商未达成一致',
      '*Errors*',
      '• 里程碑「产品上市」预计延误 3 天',
    ]);
  });

  it('builds crossdept’s own JSON for a webhook, valid against its schema', () => {
    const body = notificationMessage(busyReport(), example(), { channel: 'webhook', locale: 'en', now: NOW });
    const parsed = NotificationWebhookSchema.parse(body);
    expect(parsed.health).toEqual({
      status: 'red',
      reasons: [
        { code: 'escalations', count: 1 },
        { code: 'errors', count: 1 },
        { code: 'warnings', count: 1 },
      ],
    });
    expect(parsed.escalations.due[0]).toMatchObject({ subjectId: 'budget-priority', toLevel: 2, on: NOW });
    expect(parsed.items.map((i) => i.kind)).toEqual(['escalation', 'error']);
    expect(parsed.report.findings).toHaveLength(2);
  });

  it('shows markup in the data as text (no mention, link or HTML injection)', () => {
    const report = floodReport(1, '<@all> [click](http://x) <font color="warning">x</font>');
    const body = notificationMessage(report, example(), { channel: 'wecom', locale: 'zh-CN', now: NOW }) as {
      markdown: { content: string };
    };
    expect(body.markdown.content).not.toMatch(/<@all>|\[click]|<font/);
    expect(body.markdown.content).toContain('＜@all＞ ［click］(http://x)');
  });

  it('keeps WeCom within 4096 bytes by telling what does not fit as a count', () => {
    const n = composeNotification(floodReport(200), example(), {
      channel: 'wecom',
      locale: 'zh-CN',
      now: NOW,
    });
    const content = (n.body as { markdown: { content: string } }).markdown.content;
    expect(bytes(content)).toBeLessThanOrEqual(4096);
    expect(bytes(content)).toBeGreaterThan(3500);
    expect(n.items.length + n.omitted.length).toBe(200);
    expect(content.endsWith(`> 另有 ${n.omitted.length} 项未列出`)).toBe(true);
    expect(n.items.map((i) => i.subject)).toEqual(Array.from({ length: n.items.length }, (_, i) => `m${i}`));
  });

  it('keeps Slack within 50 blocks and one finding within its share', () => {
    const n = composeNotification(floodReport(80, '很长'.repeat(3000)), example(), {
      channel: 'slack',
      locale: 'en',
      now: NOW,
    });
    const blocks = (n.body as { blocks: { text?: { text: string } }[] }).blocks;
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) expect([...(b.text?.text ?? '')].length).toBeLessThanOrEqual(3000);
    expect(n.omitted.length).toBeGreaterThan(0);
  });

  it('tells only the items asked for, by key or by kind', () => {
    const all = composeNotification(busyReport(), example(), {
      channel: 'dingtalk',
      locale: 'en',
      now: NOW,
      warnings: true,
    });
    const keys = all.items.map((i) => i.key);
    expect(keys).toEqual([
      'new-product-launch/escalation/conflict/budget-priority/2',
      'new-product-launch/finding/test.error/launch',
      'new-product-launch/finding/test.warning/beta',
    ]);
    const one = composeNotification(busyReport(), example(), {
      channel: 'dingtalk',
      locale: 'en',
      now: NOW,
      only: [keys[1]!],
    });
    expect(one.items.map((i) => i.key)).toEqual([keys[1]]);
    const kinds = composeNotification(busyReport(), example(), {
      channel: 'dingtalk',
      locale: 'en',
      now: NOW,
      only: ['warning'],
    });
    expect(kinds.items.map((i) => i.kind)).toEqual(['warning']);
    const none = notificationMessage(busyReport(), example(), {
      channel: 'dingtalk',
      locale: 'en',
      now: NOW,
      only: [],
    }) as {
      markdown: { text: string };
    };
    expect(none.markdown.text).toContain('No new escalations or findings');
  });

  it('rejects a bad channel, date, report or only with an IntegrationError', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return undefined;
      } catch (error) {
        expect(error).toBeInstanceOf(IntegrationError);
        return (error as IntegrationError).code;
      }
    };
    const report = busyReport();
    expect(
      code(() =>
        notificationMessage(report, example(), { channel: 'teams' as never, locale: 'en', now: NOW }),
      ),
    ).toBe('invalid_channel');
    expect(
      code(() => notificationMessage(report, example(), { channel: 'slack', locale: 'en', now: '26/11' })),
    ).toBe('invalid_now');
    expect(
      code(() => notificationMessage({} as never, example(), { channel: 'slack', locale: 'en', now: NOW })),
    ).toBe('invalid_report');
    expect(
      code(() =>
        notificationMessage(report, example(), {
          channel: 'slack',
          locale: 'en',
          now: NOW,
          only: 'x' as never,
        }),
      ),
    ).toBe('invalid_options');
    expect(
      code(() =>
        notificationMessage(report, { id: 3 } as never, { channel: 'slack', locale: 'en', now: NOW }),
      ),
    ).toBe('invalid_collaboration');
  });
});
