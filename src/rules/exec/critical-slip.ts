import type { RuleDefinition } from '../types.js';

/**
 * exec.critical-slip: no open milestone is forecast to slip beyond its float; otherwise escalate to level 1.
 *
 * @example
 * ```ts
 * execCriticalSlip.id; // 'exec.critical-slip'
 * ```
 */
export const execCriticalSlip: RuleDefinition = {
  id: 'exec.critical-slip',
  scope: 'milestone',
  severity: 'error',
  phase: 'any',
  params: {
    toleranceDays: {
      type: 'day',
      default: 0,
      min: 0,
      max: 3650,
      description: {
        'zh-CN': '延误超出总浮动后仍可容忍的天数',
        en: 'Days of slip beyond the total float that are tolerated',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'done', operator: 'equal', value: false },
      { fact: 'cycleAffected', operator: 'equal', value: false },
      { fact: 'slipBeyondFloat', operator: 'greaterThan', value: { param: 'toleranceDays' } },
    ],
  },
  path: '{subject}',
  action: { type: 'escalate', toLevel: 1 },
  message: {
    'zh-CN':
      '里程碑「{name}」预计 {forecastDay:date} 完成，比时限 {dueDay:date} 晚 {slipDays} 天，超出总浮动 {totalFloatDays} 天与容差 {toleranceDays} 天，应升级处理',
    en: 'Milestone “{name}” is forecast to finish on {forecastDay:date}, {slipDays} days after its due date {dueDay:date}, beyond its float of {totalFloatDays} days and the tolerance of {toleranceDays} days; escalate',
  },
  description: {
    'zh-CN': '关键路径不延误；延误超出浮动即升级',
    en: 'The critical path does not slip; a slip beyond the float is escalated',
  },
};
