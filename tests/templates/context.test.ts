import { describe, expect, it } from 'vitest';
import { formatNumber, templateContext } from '../../src/templates/context.js';
import { example } from '../fixtures/example.js';

describe('formatNumber', () => {
  it('groups thousands without depending on the host locale', () => {
    expect(formatNumber(5_000_000)).toBe('5,000,000');
    expect(formatNumber(-1234.5)).toBe('-1,234.5');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});

describe('templateContext', () => {
  it('formats the goal with its SMART parts', () => {
    expect(templateContext(example(), 'en').goal()).toBe(
      [
        '3个月内完成产品上市，首月销售额达500万元',
        'Specific: 新产品完成上市并进入全渠道销售',
        'Measurable: 首月销售额 5,000,000 CNY',
        'Achievable: 研发、市场、销售、客服四个部门的人力与预算已在立项会上确认',
        'Relevant: 支撑公司年度营收增长目标',
        'Deadline: 2026-11-30',
      ].join('\n'),
    );
  });

  it('is empty for a blank form', () => {
    const ctx = templateContext(null, 'zh-CN');
    expect([
      ctx.blank,
      ctx.goal(),
      ctx.period(),
      ctx.person('wang'),
      ctx.due({ month: 1, part: 'end' }),
    ]).toEqual([true, '', '', 'wang', '第1个月末']);
  });
});
