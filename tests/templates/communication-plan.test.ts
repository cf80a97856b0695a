import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';
import { exampleWith } from './helpers.js';

describe('communication-plan', () => {
  it('lists cadences with purpose, ticks forms and contents, and names contacts', () => {
    const text = renderTemplate('communication-plan', example(), { locale: 'en', format: 'markdown' });
    expect(text).toContain('| Every two weeks | 推进会 |');
    expect(text).toContain('☑ Progress updates\u2003☑ Issues raised\u2003☑ Decisions needed');
    expect(text).toContain('| 客服部 | 钱晨 (客服培训专员) |');
  });

  it('shows the negotiation timebox, then the escalation path in level order with time limits', () => {
    const c = exampleWith((e) => ({ escalationPath: [...(e.escalationPath ?? [])].reverse() }));
    const text = renderTemplate('communication-plan', c, { locale: 'zh-CN', format: 'markdown' });
    expect(text).toContain('| 组长协商时限 | 5个工作日 |');
    expect(text).toContain('| 升级路径 | 部门经理 → 分管副总 → 总经理 |');
    expect(text).toContain(
      '| 第1级 | 部门经理 |  | 3个工作日 |\n| 第2级 | 分管副总 | 周平（分管副总） | 3个工作日 |\n| 第3级 | 总经理 |  | 5个工作日 |',
    );
    const en = renderTemplate(
      'communication-plan',
      exampleWith(() => ({ negotiationTimeboxDays: 1 })),
      {
        locale: 'en',
        format: 'markdown',
      },
    );
    expect(en).toContain('| Time for the team leader to mediate | 1 working day |');
  });
});
