import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, NOW } from '../helpers.js';

const closing = (c: Input) => {
  c.phase = 'closing';
};

describe('goal.outcome', () => {
  it('fires at closing for a measure without an actual on or after the deadline (en)', async () => {
    const report = await evaluateChanged((c) => {
      closing(c);
      c.goal.measures[0].actuals = [{ on: '2026-11-20', value: 2000000 }];
    });
    expect(findingsOf(report, 'goal.outcome')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        scope: 'measure',
        subjectId: '首月销售额',
        path: '/goal/measures/0',
        message:
          'Measure “首月销售额” has no actual dated on or after the goal deadline 2026-11-30, so the retrospective cannot compare the result with the promise (record it under actuals)',
      }),
    ]);
  });

  it('speaks Chinese', async () => {
    const report = await evaluateChanged(closing, { locale: 'zh-CN' });
    expect(findingsOf(report, 'goal.outcome')[0]?.message).toBe(
      '指标「首月销售额」没有目标期限 2026-11-30 当天或之后的实际值，复盘无法对比承诺与结果（请在 actuals 中登记）',
    );
  });

  it('does not fire with the final actual (the worked example at closing), nor before closing', async () => {
    const report = await evaluateChanged((c) => {
      closing(c);
      c.goal.measures[0].actuals = [{ on: '2026-11-30', value: 3200000 }];
    });
    expect(findingsOf(report, 'goal.outcome')).toEqual([]);
    expect(findingsOf(await evaluateChanged(), 'goal.outcome')).toEqual([]);
    expect(NOW).toBe('2026-11-26');
  });
});
