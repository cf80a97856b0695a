import type { RuleDefinition } from '../types.js';

/**
 * exec.action-carried: an open action is not carried from meeting to meeting more than `maxCarried` times.
 *
 * @example
 * ```ts
 * execActionCarried.params.maxCarried?.default; // 2
 * ```
 */
export const execActionCarried: RuleDefinition = {
  id: 'exec.action-carried',
  scope: 'action',
  severity: 'warning',
  phase: 'any',
  params: {
    maxCarried: {
      type: 'number',
      default: 2,
      min: 0,
      max: 100,
      description: {
        'zh-CN': '未完成行动项最多可跨越的会议次数',
        en: 'Meetings an open action may be carried over at most',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'done', operator: 'equal', value: false },
      { fact: 'carriedOver', operator: 'greaterThan', value: { param: 'maxCarried' } },
    ],
  },
  path: '{subject}',
  message: {
    'zh-CN':
      '行动项「{name}」（负责人{ownerName}）自 {raisedOnDay:date}「{meetingName}」提出后，已跨 {carriedOver} 次会议仍未完成（最多 {maxCarried} 次）',
    en: 'Action “{name}” (owner {ownerName}), raised at “{meetingName}” on {raisedOnDay:date}, has been carried over {carriedOver} meetings and is still open (at most {maxCarried})',
  },
  description: {
    'zh-CN': '行动项不在会议间一拖再拖',
    en: 'Open actions are not carried from meeting to meeting',
  },
};
