import type { RuleDefinition } from '../../types.js';

/**
 * goal.smart.time-bound: the goal has a deadline inside the period.
 *
 * @example
 * ```ts
 * goalSmartTimeBound.id; // 'goal.smart.time-bound'
 * ```
 */
export const goalSmartTimeBound: RuleDefinition = {
  id: 'goal.smart.time-bound',
  scope: 'collaboration',
  severity: 'error',
  phase: 'initiating',
  params: {},
  conditions: {
    any: [
      { name: 'missing', fact: 'goalDeadlineStated', operator: 'equal', value: false },
      { name: 'before', fact: 'goalDeadlineDay', operator: 'lessThan', value: { fact: 'periodStartDay' } },
      { name: 'after', fact: 'goalDeadlineDay', operator: 'greaterThan', value: { fact: 'periodEndDay' } },
    ],
  },
  path: '/goal/deadline',
  message: {
    'zh-CN':
      '目标截止日期 {goalDeadlineDay:date} 不在协作周期 {periodStartDay:date} 至 {periodEndDay:date} 内',
    en: 'The goal deadline {goalDeadlineDay:date} is outside the period {periodStartDay:date} to {periodEndDay:date}',
  },
  variants: {
    missing: {
      message: {
        'zh-CN': '目标没有截止日期（goal.deadline）',
        en: 'The goal has no deadline (goal.deadline)',
      },
    },
    before: {
      message: {
        'zh-CN': '目标截止日期 {goalDeadlineDay:date} 早于协作周期开始日期 {periodStartDay:date}',
        en: 'The goal deadline {goalDeadlineDay:date} is before the period starts on {periodStartDay:date}',
      },
    },
    after: {
      message: {
        'zh-CN': '目标截止日期 {goalDeadlineDay:date} 晚于协作周期结束日期 {periodEndDay:date}',
        en: 'The goal deadline {goalDeadlineDay:date} is after the period ends on {periodEndDay:date}',
      },
    },
  },
  description: { 'zh-CN': '目标须有时限（SMART 之 T）', en: 'The goal is time-bound (the T of SMART)' },
};
