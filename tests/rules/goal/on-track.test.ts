import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input, ruleIds } from '../helpers.js';

const behind = (c: Input) => {
  c.goal.measures[0].actuals = [{ on: '2026-10-16', value: 1900000 }];
};

describe('goal.on-track', () => {
  it('fires when the latest actual is behind the expectation by more than the tolerance (en)', async () => {
    const report = await evaluateChanged(behind, { now: '2026-10-16' });
    expect(findingsOf(report, 'goal.on-track')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        scope: 'measure',
        subjectId: '首月销售额',
        path: '/goal/measures/0/actuals',
        message:
          'Measure “首月销售额” stands at 1900000 (2026-10-16), behind the 2500000 expected by now; the gap is 12% of the distance from baseline to target, beyond the tolerance of 0.1',
      }),
    ]);
  });

  it('speaks Chinese', async () => {
    const report = await evaluateChanged(behind, { now: '2026-10-16', locale: 'zh-CN' });
    expect(findingsOf(report, 'goal.on-track')[0]?.message).toBe(
      '指标「首月销售额」最新实际值 1900000（2026-10-16）落后于按进度此时应达到的 2500000，差距为基线到目标距离的 12%，超过容差 0.1',
    );
  });

  it('does not fire within the tolerance, when ahead, or without actuals', async () => {
    const loose = { rules: { 'goal.on-track': { params: { tolerance: 0.15 } } } };
    expect(ruleIds(await evaluateChanged(behind, { now: '2026-10-16', config: loose }))).not.toContain(
      'goal.on-track',
    );
    const ahead = await evaluateChanged(
      (c) => {
        c.goal.measures[0].actuals = [{ on: '2026-10-16', value: 2600000 }];
      },
      { now: '2026-10-16' },
    );
    expect(ruleIds(ahead)).not.toContain('goal.on-track');
    expect((await evaluateChanged()).findings).toEqual([]);
  });

  it('reads a decreasing measure the other way round', async () => {
    const report = await evaluateChanged(
      (c) => {
        c.goal.measures = [
          {
            metric: '客诉响应时长',
            baseline: 48,
            target: 24,
            direction: 'decrease',
            actuals: [{ on: '2026-10-16', value: 44 }],
          },
        ];
      },
      { now: '2026-10-16' },
    );
    // Expected 36 by now; 44 is a third of the way behind.
    expect(findingsOf(report, 'goal.on-track').map((f) => f.subjectId)).toEqual(['客诉响应时长']);
  });

  it('leaves the closing phase to goal.outcome', async () => {
    const report = await evaluateChanged((c) => {
      behind(c);
      c.phase = 'closing';
    });
    expect(ruleIds(report)).not.toContain('goal.on-track');
  });
});
