import { describe, expect, it } from 'vitest';
import type { CollaborationInput } from '../../src/model/types.js';
import { OutcomesError } from '../../src/outcomes/errors.js';
import { goalAttainment } from '../../src/outcomes/goal-attainment.js';
import { changed, type Input, NOW } from '../rules/helpers.js';

const input = (mutate?: (c: Input) => void) => changed(mutate) as CollaborationInput & Input;

const withSales = (value: number, on = '2026-11-30') =>
  input((c) => {
    c.goal.measures[0].actuals = [{ on, value }];
  });

describe('goalAttainment', () => {
  it('reports the worked example’s measure without actuals: a target and an expectation, nothing measured', () => {
    expect(goalAttainment(input(), { now: NOW })).toEqual([
      {
        metric: '首月销售额',
        target: 5000000,
        unit: 'CNY',
        baseline: 0,
        direction: 'increase',
        // 86 of the 90 days from 2026-09-01 to the deadline 2026-11-30 have gone.
        expectedByNow: (5000000 * 86) / 90,
      },
    ]);
  });

  it('reports 0.64 for 3,200,000 of a 5,000,000 target (the closing scenario)', () => {
    const closing = withSales(3200000);
    closing.phase = 'closing';
    const [sales] = goalAttainment(closing, { now: NOW });
    expect(sales).toMatchObject({
      metric: '首月销售额',
      latest: 3200000,
      latestOn: '2026-11-30',
      attainment: 0.64,
    });
    expect(sales?.onTrack).toBe(false);
  });

  it('measures progress from the baseline, and the other way round for a decrease', () => {
    const collaboration = input((c) => {
      c.goal.measures = [
        { metric: 'NPS', baseline: 20, target: 60, actuals: [{ on: '2026-10-15', value: 40 }] },
        {
          metric: '客诉响应时长',
          baseline: 48,
          target: 24,
          direction: 'decrease',
          actuals: [
            { on: '2026-10-01', value: 40 },
            { on: '2026-10-16', value: 36 },
          ],
        },
      ];
    });
    const [nps, response] = goalAttainment(collaboration, { now: '2026-10-16' });
    expect(nps).toMatchObject({ attainment: 0.5, latest: 40 });
    // 45 of 90 days: halfway, so 40 is expected; 40 is exactly on the line.
    expect(nps?.expectedByNow).toBe(40);
    expect(nps?.onTrack).toBe(true);
    expect(response).toMatchObject({
      direction: 'decrease',
      latest: 36,
      latestOn: '2026-10-16',
      attainment: 0.5,
    });
    expect(response?.expectedByNow).toBe(36);
    expect(response?.onTrack).toBe(true);
  });

  it('takes the tolerance of goal.on-track from the config', () => {
    const collaboration = input((c) => {
      c.goal.measures[0].actuals = [{ on: '2026-10-16', value: 1900000 }];
    });
    // Expected by 2026-10-16: 2,500,000; 1,900,000 is 12% of the target behind.
    expect(goalAttainment(collaboration, { now: '2026-10-16' })[0]?.onTrack).toBe(false);
    const config = { rules: { 'goal.on-track': { params: { tolerance: 0.15 } } } };
    expect(goalAttainment(collaboration, { now: '2026-10-16', config })[0]?.onTrack).toBe(true);
  });

  it('rejects bad input with a typed error, never anything else', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(OutcomesError);
        return (error as OutcomesError).code;
      }
      return 'returned';
    };
    expect(codeOf(() => goalAttainment(input(), { now: '2026-02-30' }))).toBe('invalid_now');
    expect(codeOf(() => goalAttainment({ id: 'x' } as never, { now: NOW }))).toBe('invalid_collaboration');
    expect(codeOf(() => goalAttainment(input(), null as never))).toBe('invalid_options');
    expect(codeOf(() => goalAttainment(input(), { now: NOW, locale: 'fr' as never }))).toBe('invalid_locale');
    expect(codeOf(() => goalAttainment(input(), { now: NOW, config: { rules: { nope: 'off' } } }))).toBe(
      'invalid_config',
    );
  });
});
