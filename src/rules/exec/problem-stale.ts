import type { RuleDefinition } from '../types.js';

/**
 * exec.problem-stale: a problem the group cannot solve within `timeboxDays` working days becomes a conflict and
 * climbs the escalation path.
 *
 * @example
 * ```ts
 * execProblemStale.params.timeboxDays?.default; // 5
 * ```
 */
export const execProblemStale: RuleDefinition = {
  id: 'exec.problem-stale',
  scope: 'problem',
  severity: 'warning',
  phase: 'any',
  params: {
    timeboxDays: {
      type: 'day',
      default: 5,
      min: 0,
      max: 365,
      description: {
        'zh-CN': '问题在群内解决的时限（工作日），超过后应转为冲突升级',
        en: 'Working days a problem may stay in the group before it becomes a conflict',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'open', operator: 'equal', value: true },
      { fact: 'conflictLinked', operator: 'equal', value: false },
      { fact: 'workdaysSinceRaised', operator: 'greaterThan', value: { param: 'timeboxDays' } },
    ],
  },
  path: '{subject}',
  message: {
    'zh-CN':
      '问题「{name}」自 {raisedOnDay:date} 提出已 {workdaysSinceRaised} 个工作日仍未解决，也未转为冲突升级（时限 {timeboxDays} 个工作日）',
    en: 'Problem “{name}”, raised on {raisedOnDay:date}, is still unresolved after {workdaysSinceRaised} working days and has not become a conflict to escalate (timebox: {timeboxDays})',
  },
  description: {
    'zh-CN': '群内解决不了的问题转为冲突并升级',
    en: 'What the group cannot solve becomes a conflict and climbs',
  },
};
