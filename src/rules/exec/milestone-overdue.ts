import type { RuleDefinition } from '../types.js';

/**
 * exec.milestone-overdue: milestones past their due date are done.
 *
 * @example
 * ```ts
 * execMilestoneOverdue.id; // 'exec.milestone-overdue'
 * ```
 */
export const execMilestoneOverdue: RuleDefinition = {
  id: 'exec.milestone-overdue',
  scope: 'milestone',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'done', operator: 'equal', value: false },
      { fact: 'dueDay', operator: 'lessThan', value: { fact: 'nowDay' } },
    ],
  },
  path: '{subject}',
  message: {
    'zh-CN': '里程碑「{name}」时限 {dueDay:date} 已过 {daysOverdue} 天，仍未完成',
    en: 'Milestone “{name}” was due on {dueDay:date}, {daysOverdue} days ago, and is not done',
  },
  description: { 'zh-CN': '里程碑按时完成', en: 'Milestones are done on time' },
};
