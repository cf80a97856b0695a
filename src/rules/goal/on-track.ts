import type { RuleDefinition } from '../types.js';

/**
 * goal.on-track: while the collaboration executes, each measure's latest actual keeps up with the value expected by
 * now (the baseline at the period start, the target at the goal deadline, linear in between), within a tolerance.
 *
 * @example
 * ```ts
 * goalOnTrack.params.tolerance?.default; // 0.1
 * ```
 */
export const goalOnTrack: RuleDefinition = {
  id: 'goal.on-track',
  scope: 'measure',
  severity: 'warning',
  phase: 'executing',
  lastPhase: 'executing',
  params: {
    tolerance: {
      type: 'number',
      default: 0.1,
      min: 0,
      max: 1,
      description: {
        'zh-CN': '可容忍的落后幅度（占基线到目标距离的比例）',
        en: 'How far behind the expectation a measure may be, as a share of the distance from baseline to target',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'hasTarget', operator: 'equal', value: true },
      { fact: 'actualCount', operator: 'greaterThan', value: 0 },
      { fact: 'behindShare', operator: 'greaterThan', value: { param: 'tolerance' } },
    ],
  },
  path: '{subject}/actuals',
  message: {
    'zh-CN':
      '指标「{metric}」最新实际值 {latestValue}（{latestDay:date}）落后于按进度此时应达到的 {expectedByNow}，差距为基线到目标距离的 {behindPercent}%，超过容差 {tolerance}',
    en: 'Measure “{metric}” stands at {latestValue} ({latestDay:date}), behind the {expectedByNow} expected by now; the gap is {behindPercent}% of the distance from baseline to target, beyond the tolerance of {tolerance}',
  },
  description: {
    'zh-CN': '目标指标的实际值跟上进度',
    en: 'The goal’s measures keep up with the plan',
  },
};
