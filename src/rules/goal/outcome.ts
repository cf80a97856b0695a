import type { RuleDefinition } from '../types.js';

/**
 * goal.outcome: at closing, every measure has an actual dated on or after the goal deadline, so the
 * retrospective can compare what was achieved with what was promised.
 *
 * @example
 * ```ts
 * goalOutcome.phase; // 'closing'
 * ```
 */
export const goalOutcome: RuleDefinition = {
  id: 'goal.outcome',
  scope: 'measure',
  severity: 'warning',
  phase: 'closing',
  params: {},
  conditions: {
    all: [{ fact: 'hasOutcomeActual', operator: 'equal', value: false }],
  },
  path: '{subject}',
  message: {
    'zh-CN':
      '指标「{metric}」没有目标期限 {outcomeDueDay:date} 当天或之后的实际值，复盘无法对比承诺与结果（请在 actuals 中登记）',
    en: 'Measure “{metric}” has no actual dated on or after the goal deadline {outcomeDueDay:date}, so the retrospective cannot compare the result with the promise (record it under actuals)',
  },
  description: {
    'zh-CN': '收尾时每个指标都有最终实际值',
    en: 'At closing, every measure has its final actual',
  },
};
