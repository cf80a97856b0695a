import type { RuleDefinition } from '../types.js';

/**
 * plan.due-within-period: responsibility and milestone due dates fall inside the period.
 *
 * @example
 * ```ts
 * planDueWithinPeriod.id; // 'plan.due-within-period'
 * ```
 */
export const planDueWithinPeriod: RuleDefinition = {
  id: 'plan.due-within-period',
  scope: ['responsibility', 'milestone'],
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    any: [
      { name: 'before', fact: 'dueDay', operator: 'lessThan', value: { fact: 'periodStartDay' } },
      { name: 'after', fact: 'dueDay', operator: 'greaterThan', value: { fact: 'periodEndDay' } },
    ],
  },
  path: '{subject}/due',
  message: {
    'zh-CN':
      '「{name}」的完成时限 {dueDay:date} 不在协作周期 {periodStartDay:date} 至 {periodEndDay:date} 内',
    en: 'The due date of “{name}”, {dueDay:date}, is outside the period {periodStartDay:date} to {periodEndDay:date}',
  },
  variants: {
    before: {
      message: {
        'zh-CN': '「{name}」的完成时限 {dueDay:date} 早于协作周期开始日期 {periodStartDay:date}',
        en: 'The due date of “{name}”, {dueDay:date}, is before the period starts on {periodStartDay:date}',
      },
    },
    after: {
      message: {
        'zh-CN': '「{name}」的完成时限 {dueDay:date} 晚于协作周期结束日期 {periodEndDay:date}',
        en: 'The due date of “{name}”, {dueDay:date}, is after the period ends on {periodEndDay:date}',
      },
    },
  },
  description: {
    'zh-CN': '职责与里程碑的时限在协作周期内',
    en: 'Responsibility and milestone due dates fall inside the period',
  },
};
