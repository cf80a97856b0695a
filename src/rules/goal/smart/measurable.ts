import type { RuleDefinition } from '../../types.js';

/**
 * goal.smart.measurable: at least one goal measure has a numeric target.
 *
 * @example
 * ```ts
 * goalSmartMeasurable.id; // 'goal.smart.measurable'
 * ```
 */
export const goalSmartMeasurable: RuleDefinition = {
  id: 'goal.smart.measurable',
  scope: 'collaboration',
  severity: 'error',
  phase: 'initiating',
  params: {},
  conditions: { all: [{ fact: 'goalMeasureTargetCount', operator: 'equal', value: 0 }] },
  path: '/goal/measures',
  message: {
    'zh-CN': '目标不可衡量：带数值目标（target）的衡量指标为 {goalMeasureTargetCount} 个，至少需要 1 个',
    en: 'The goal is not measurable: {goalMeasureTargetCount} measures have a numeric target, at least 1 is needed',
  },
  description: { 'zh-CN': '目标须可衡量（SMART 之 M）', en: 'The goal is measurable (the M of SMART)' },
};
