import type { RuleDefinition } from '../../types.js';

/**
 * goal.smart.measurable: at least one goal measure has a numeric target. When the goal lists no measures at all,
 * a quantity tied to a metric in the goal statement (首月销售额达500万元, from 70% to 85%) counts instead; a bare
 * number ("more customer-oriented by 13%") does not, and the explanation quotes what the statement offered.
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
  conditions: {
    all: [
      { fact: 'goalMeasureTargetCount', operator: 'equal', value: 0 },
      {
        any: [
          { fact: 'goalMeasureCount', operator: 'greaterThan', value: 0 },
          {
            name: 'statement',
            all: [
              { fact: 'goalMeasureCount', operator: 'equal', value: 0 },
              { fact: 'statementQuantityCount', operator: 'equal', value: 0 },
            ],
          },
        ],
      },
    ],
  },
  path: '/goal/measures',
  message: {
    'zh-CN': '目标不可衡量：带数值目标（target）的衡量指标为 {goalMeasureTargetCount} 个，至少需要 1 个',
    en: 'The goal is not measurable: {goalMeasureTargetCount} measures have a numeric target, at least 1 is needed',
  },
  variants: {
    statement: {
      message: {
        'zh-CN': '目标不可衡量：没有衡量指标（goal.measures），目标陈述中也没有与指标挂钩的数量',
        en: 'The goal is not measurable: it lists no measures (goal.measures) and its statement states no quantity tied to a metric',
      },
    },
  },
  description: {
    'zh-CN': '目标须可衡量（SMART 之 M）：有带数值目标的衡量指标；未列指标时，目标陈述须写明与指标挂钩的数量',
    en: 'The goal is measurable (the M of SMART): a measure has a numeric target; without measures, the statement states a quantity tied to a metric',
  },
};
