import { describe, expect, it } from 'vitest';
import { evaluateChanged, type Input, ruleIds } from '../helpers.js';

const distribute = (to: string[]) => (c: Input) => {
  c.meetings[2].distribution = to;
};

describe('exec.minutes-distributed', () => {
  it('does not fire when the minutes reach every core member directly or through the department', async () => {
    expect((await evaluateChanged(distribute(['rd', 'li', 'sales', 'cs']))).findings).toEqual([]);
  });

  it('fires for the core members the minutes missed, in both locales', async () => {
    const en = await evaluateChanged(distribute(['rd', 'mkt']));
    expect(ruleIds(en)).toEqual(['exec.minutes-distributed']);
    expect(en.findings[0]).toMatchObject({
      severity: 'warning',
      subjectId: 'sync-2026-11-23',
      path: '/meetings/2/distribution',
      message:
        'The minutes of progress sync “新产品上市第12周进度同步会” did not go to these core members: 赵强, 孙悦',
    });
    const zh = await evaluateChanged(distribute(['rd', 'mkt']), { locale: 'zh-CN' });
    expect(zh.findings[0]?.message).toBe(
      '进度同步会「新产品上市第12周进度同步会」的纪要没有发给核心成员：赵强、孙悦',
    );
  });

  it('applies only to progress syncs whose distribution is recorded', async () => {
    const review = await evaluateChanged((c) => {
      distribute([])(c);
      c.meetings[2].kind = 'review';
    });
    expect(ruleIds(review)).not.toContain('exec.minutes-distributed');
  });
});
