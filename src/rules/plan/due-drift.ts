import type { RuleDefinition } from '../types.js';

/**
 * plan.due-drift: no milestone's due date has moved later than the one agreed at kickoff (`baselineDue`) by more
 * than a tolerance — a slip that was re-planned rather than escalated.
 *
 * @example
 * ```ts
 * planDueDrift.params.toleranceDays?.default; // 0
 * ```
 */
export const planDueDrift: RuleDefinition = {
  id: 'plan.due-drift',
  scope: 'milestone',
  severity: 'warning',
  phase: 'any',
  params: {
    toleranceDays: {
      type: 'day',
      default: 0,
      min: 0,
      max: 3650,
      description: {
        'zh-CN': '时限晚于约定时限仍可容忍的天数',
        en: 'Days a due date may move later than the one agreed at kickoff',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'hasBaselineDue', operator: 'equal', value: true },
      { fact: 'dueDriftDays', operator: 'greaterThan', value: { param: 'toleranceDays' } },
    ],
  },
  path: '{subject}/due',
  message: {
    'zh-CN':
      '里程碑「{name}」的时限 {dueDay:date} 比启动时约定的 {baselineDueDay:date} 晚 {dueDriftDays} 天（容差 {toleranceDays} 天）：延误被重新计划而没有升级',
    en: 'Milestone “{name}” is now due on {dueDay:date}, {dueDriftDays} days after the {baselineDueDay:date} agreed at kickoff (tolerance {toleranceDays} days): the slip was re-planned rather than escalated',
  },
  description: {
    'zh-CN': '里程碑时限不偏离启动时的约定',
    en: 'Milestones keep the due dates agreed at kickoff',
  },
};
