import { describe, expect, it } from 'vitest';
import { renderTemplate, safeRenderTemplate } from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';
import { exampleWithRegisters } from './fixtures.js';

const md = (now: string, locale: 'zh-CN' | 'en' = 'en') =>
  renderTemplate('open-actions', exampleWithRegisters(), { locale, format: 'markdown', now });

describe('the open-actions template', () => {
  it('lists by owner, overdue first, no owner last', () => {
    const text = md('2026-11-26');
    expect(text.indexOf('## Owner: 李娜')).toBeLessThan(text.indexOf('## No owner named'));
    expect(text.indexOf('确认上市发布会场地')).toBeLessThan(text.indexOf('发布会彩排'));
    expect(text).toContain('| 3 open actions, 2 overdue |');
  });

  it('sees the register from now: before the due dates nothing is overdue', () => {
    expect(md('2026-11-17', 'zh-CN')).toContain('| 概况 | 未完成 3 项，其中逾期 0 项 |');
  });

  it('says none when every action is done', () => {
    expect(
      renderTemplate('open-actions', example(), { locale: 'en', format: 'markdown', now: '2026-11-26' }),
    ).toContain('| 0 open actions, 0 overdue |\n\nNone\n');
  });

  it('needs a real date in now', () => {
    const missing = safeRenderTemplate('open-actions', example(), { locale: 'en', format: 'markdown' });
    expect(missing).toMatchObject({
      success: false,
      issues: [{ code: 'missing_now', pointer: '/options/now' }],
    });
    const bad = safeRenderTemplate('open-actions', example(), {
      locale: 'zh-CN',
      format: 'html',
      now: '2026-13-01',
    });
    expect(bad).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_now', message: '日期 "2026-13-01" 不是有效日期（格式 YYYY-MM-DD）' }],
    });
  });
});
