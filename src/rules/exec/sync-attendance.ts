import type { RuleDefinition } from '../types.js';

/**
 * exec.sync-attendance: every execution department has someone at each progress sync.
 *
 * @example
 * ```ts
 * execSyncAttendance.scope; // 'meeting'
 * ```
 */
export const execSyncAttendance: RuleDefinition = {
  id: 'exec.sync-attendance',
  scope: 'meeting',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'kind', operator: 'equal', value: 'progress-sync' },
      // No attendees at all is exec.minutes-complete's finding.
      { fact: 'attendeeCount', operator: 'greaterThan', value: 0 },
      { fact: 'absentExecutionDepartmentCount', operator: 'greaterThan', value: 0 },
    ],
  },
  path: '{subject}/attendees',
  message: {
    'zh-CN':
      '进度同步会「{name}」（{heldOnDay:date}）没有以下执行部门的人员参加：{absentExecutionDepartments:list}',
    en: 'Progress sync “{name}” ({heldOnDay:date}) had no attendee from these execution departments: {absentExecutionDepartments:list}',
  },
  description: {
    'zh-CN': '每个执行部门都有人参加进度同步会',
    en: 'Every execution department attends the progress syncs',
  },
};
