import { describe, expect, it } from 'vitest';
import type { TemplateDocument } from '../../../src/templates/document.js';
import { escapeHtml, renderHtmlDocument } from '../../../src/templates/render/html.js';

describe('escapeHtml', () => {
  it('escapes the five significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('renderHtmlDocument', () => {
  const doc: TemplateDocument = {
    locale: 'zh-CN',
    title: '启动表',
    subject: '<b>x</b>\ny',
    blocks: [
      { kind: 'heading', level: 2, text: '<i>h</i>' },
      { kind: 'table', columns: ['A', 'B'], rows: [['1\n2', '<script>alert(1)</script>']] },
      { kind: 'table', columns: ['A', 'B'], rows: [['', '']] },
      {
        kind: 'fields',
        header: ['栏目', '内容'],
        fields: [{ label: '形式', value: { kind: 'choices', options: [{ label: '线上', checked: true }] } }],
      },
      { kind: 'list', ordered: true, items: ['a', ''] },
      { kind: 'choices', options: [{ label: '组长决策', checked: false }] },
    ],
  };
  const html = renderHtmlDocument(doc);

  it('is one self-contained page with lang, charset and inline CSS', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(
      true,
    );
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('escapes every value, the title included, and keeps line breaks', () => {
    expect(html).toContain('<title>启动表 · &lt;b&gt;x&lt;/b&gt; y</title>');
    expect(html).toContain('<h2>&lt;i&gt;h&lt;/i&gt;</h2>');
    expect(html).toContain('<td>1<br>2</td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
  });

  it('keeps ISO dates on one line', () => {
    const page = renderHtmlDocument({
      locale: 'en',
      title: 'T',
      blocks: [{ kind: 'paragraph', text: 'end of month 1 (2026-09-30)' }],
    });
    expect(page).toContain('<p>end of month 1 (<span class="date">2026-09-30</span>)</p>');
  });

  it('marks a table of empty rows as a blank form, and renders tick boxes and lists', () => {
    expect(html).toContain('<table class="grid blank">');
    expect(html).toContain('<span class="choice">☑ 线上</span>');
    expect(html).toContain('<p class="choices"><span class="choice">□ 组长决策</span></p>');
    expect(html).toContain('<ol>\n<li>a</li>\n<li></li>\n</ol>');
  });
});
