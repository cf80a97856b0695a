import type { RuleDefinition } from '../types.js';

/**
 * exec.action-overdue: action items past their due date are done.
 *
 * @example
 * ```ts
 * execActionOverdue.id; // 'exec.action-overdue'
 * ```
 */
export const execActionOverdue: RuleDefinition = {
  id: 'exec.action-overdue',
  scope: 'action',
  severity: 'info',
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
    'zh-CN': '行动项「{name}」（负责人{ownerName}）时限 {dueDay:date} 已过 {daysOverdue} 天，仍未完成',
    en: 'Action “{name}” (owner {ownerName}) was due on {dueDay:date}, {daysOverdue} days ago, and is not done',
  },
  description: { 'zh-CN': '行动项按时完成', en: 'Action items are done on time' },
};
