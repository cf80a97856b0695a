import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';
import { exampleWithRegisters } from './fixtures.js';

const md = (
  name: 'raci' | 'decision-log' | 'problem-log',
  c = exampleWithRegisters(),
  locale: 'zh-CN' | 'en' = 'en',
) => renderTemplate(name, c, { locale, format: 'markdown' });

describe('the register templates', () => {
  it('raci: departments across, responsibilities down, the letters in the cells and the problems', () => {
    const text = md('raci');
    expect(text).toContain('| Responsibility | 研发部 | 市场部 | 销售部 | 客服部 | 总经办 |');
    expect(text).toContain('| 完成产品功能开发 (研发部) | RA | C |  | I | I |');
    expect(text).toContain(
      '- Row 4 of the responsibility table (“完成售后培训”): the accountable person (A) 吴涛 holds no decision authority',
    );
  });

  it('raci: without RACI every row lacks an A', () => {
    expect(md('raci', example(), 'zh-CN')).toContain('- 职责表第 1 行「完成产品功能开发」没有批准人（A）');
  });

  it('decision-log: DACI roles, date order, the source in words', () => {
    const text = md('decision-log', exampleWithRegisters(), 'zh-CN');
    expect(text.indexOf('线上推广预算分配')).toBeLessThan(text.indexOf('上市日期确认'));
    expect(text).toContain('| 推动人（D） | 批准人（A） | 参与意见（C） | 知会（I） |');
    expect(text).toContain('线上推广预算与线下渠道投入的优先级升级至第 2 级（分管副总）');
    expect(text).toContain('会议：2026-10-12 新产品上市第6周进度同步会');
  });

  it('problem-log: open first, resolved with resolution and date', () => {
    const text = md('problem-log');
    expect(text.indexOf('## Open problems')).toBeLessThan(text.indexOf('## Resolved problems'));
    expect(text).toContain(
      '| venue-power | 2026-11-24 李娜 (市场部主管) | 发布会场地供电不足 | 行政部协调临时电源 |  | Open |  |',
    );
    expect(text).toContain('采购部锁定加急产能 (2026-10-16)');
  });
});
