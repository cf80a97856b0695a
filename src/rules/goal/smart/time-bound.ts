import type { RuleDefinition } from '../../types.js';

/**
 * goal.smart.time-bound: the goal has a deadline inside the period. Without `goal.deadline`, a deadline or time
 * window in the goal statement (3个月内, 2026年3月31日前, by the end of the month) counts instead, as long as the
 * date it resolves to (relative ones from the period start) still falls inside the period.
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
      {
        name: 'missing',
        all: [
          { fact: 'goalDeadlineStated', operator: 'equal', value: false },
          { fact: 'statementHasDeadline', operator: 'equal', value: false },
        ],
      },
      {
        name: 'statement-outside',
        all: [
          { fact: 'goalDeadlineStated', operator: 'equal', value: false },
          { fact: 'statementDeadlineInPeriod', operator: 'equal', value: false },
        ],
      },
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
        'zh-CN': '目标没有截止日期（goal.deadline），目标陈述中也没有写明期限',
        en: 'The goal has no deadline (goal.deadline), and its statement states no time window either',
      },
    },
    'statement-outside': {
      path: '/goal/statement',
      message: {
        'zh-CN':
          '目标陈述中的期限截止于 {statementDeadlineDay:date}，不在协作周期 {periodStartDay:date} 至 {periodEndDay:date} 内',
        en: 'The deadline in the goal statement, {statementDeadlineDay:date}, is outside the period {periodStartDay:date} to {periodEndDay:date}',
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
  description: {
    'zh-CN': '目标须有时限（SMART 之 T）：截止日期在协作周期内；未填截止日期时，目标陈述中的期限须落在周期内',
    en: 'The goal is time-bound (the T of SMART): a deadline inside the period; without one, the statement’s deadline must fall inside the period',
  },
};
