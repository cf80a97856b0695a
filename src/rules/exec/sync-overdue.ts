import type { RuleDefinition } from '../types.js';

/**
 * exec.sync-overdue: progress syncs happen at the planned cadence (checked while executing).
 *
 * @example
 * ```ts
 * execSyncOverdue.id; // 'exec.sync-overdue'
 * ```
 */
export const execSyncOverdue: RuleDefinition = {
  id: 'exec.sync-overdue',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'executing',
  lastPhase: 'executing',
  params: {
    graceDays: {
      type: 'day',
      default: 2,
      min: 0,
      max: 365,
      description: { 'zh-CN': '同步会逾期的宽限天数', en: 'Days of grace before a sync counts as overdue' },
    },
  },
  conditions: {
    all: [
      { fact: 'hasRegularCadence', operator: 'equal', value: true },
      { fact: 'daysPastSyncDue', operator: 'greaterThan', value: { param: 'graceDays' } },
    ],
  },
  path: '/meetings',
  message: {
    'zh-CN':
      '最近一次进度同步在 {lastSyncDay:date}，按{regularCadence:label}节奏下一次应在 {nextSyncDueDay:date} 前召开，已超出 {daysPastSyncDue} 天（宽限 {graceDays} 天）',
    en: 'The last progress sync was on {lastSyncDay:date}; at the {regularCadence:label} cadence the next was due by {nextSyncDueDay:date}, {daysPastSyncDue} days ago (grace: {graceDays} days)',
  },
  description: { 'zh-CN': '按计划节奏召开进度同步会', en: 'Progress syncs happen at the planned cadence' },
};
