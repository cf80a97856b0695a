import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';

describe('responsibilities', () => {
  it('has one row per responsibility: department, owner, duty, deliverable, due', () => {
    const text = renderTemplate('responsibilities', example(), { locale: 'zh-CN', format: 'markdown' });
    expect(text).toContain('| 部门 | 负责人 | 具体职责 | 任务输出物 | 完成时限 |');
    expect(text).toContain(
      '| 销售部 | 赵强（销售部经理） | 完成渠道铺货与销售培训 | 铺货清单、培训记录 | 第2个月中（2026-10-15） |',
    );
    expect(text.match(/^\| [^|]+部 \|/gm)).toHaveLength(4);
  });
});
