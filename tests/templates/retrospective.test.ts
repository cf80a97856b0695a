import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';
import { exampleWithRetrospective } from './fixtures.js';

describe('retrospective', () => {
  it('lists highlights, improvements, lessons and practices, and names who is recognised', () => {
    const text = renderTemplate('retrospective', exampleWithRetrospective(), {
      locale: 'en',
      format: 'markdown',
    });
    expect(text).toContain('## What went well\n\n- 测试版按期交付后');
    expect(text).toContain('| 销售部 | 协调采购部加急处理，提前一周完成铺货 |');
    expect(text).toContain('| 钱晨 (客服培训专员) | 售后培训材料被采纳为客服部标准教材 |');
    expect(text).toContain('## Summary\n\n新产品于 2026-11-30 如期上市');
  });

  it('before the retrospective: the project fields filled, the rest a form to fill in', () => {
    const text = renderTemplate('retrospective', example(), { locale: 'zh-CN', format: 'markdown' });
    expect(text).toContain('| 项目/任务名称 | 新产品上市 |');
    expect(text).toContain('| 复盘日期 |  |');
    expect(text).toContain('## 协作亮点\n\n-\n-\n-\n');
    expect(text).toContain('| 部门/个人 | 表彰事由 |\n| --- | --- |\n|  |  |');
  });
});
