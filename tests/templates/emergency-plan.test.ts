import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/templates/index.js';
import { exampleWithIncident } from './fixtures.js';
import { exampleWith } from './helpers.js';

describe('emergency-plan', () => {
  it('shows the temporary owner, measures, impact and status ticked', () => {
    const text = renderTemplate('emergency-plan', exampleWithIncident(), {
      locale: 'zh-CN',
      format: 'markdown',
      incident: 'test-env-outage',
    });
    expect(text).toContain('| 临时负责人 | 吴涛（项目负责人） |');
    expect(text).toContain('| 处理状态 | □ 处理中　☑ 已控制　□ 已关闭 |');
    expect(text).toContain('| 2 | 每日 18:00 向组长同步修复进度 |');
    expect(text).toContain('| 进度影响 | 延期2天 |');
    expect(text).toContain('| 成本影响 | 20,000 |');
    expect(text).toContain('| 售后培训完成 | 客服部 | 第3个月中（2026-11-15） |');
  });

  it('leaves absent parts empty and shows unknown milestones by id', () => {
    const c = exampleWith(() => ({
      incidents: [{ id: 'i', description: 'd', occurredOn: '2026-10-01', affects: ['gone'], status: 'open' }],
    }));
    const text = renderTemplate('emergency-plan', c, { locale: 'en', format: 'markdown', incident: 'i' });
    expect(text).toContain('| Interim owner |  |');
    expect(text).toContain('| Status | ☑ Open\u2003□ Contained\u2003□ Closed |');
    expect(text).toContain('## Response measures\n\nNone\n');
    expect(text).toContain('| Schedule |  |');
    expect(text).toContain('| gone |  |  |');
  });
});
