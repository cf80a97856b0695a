import type { RuleDefinition } from '../types.js';

/**
 * exec.minutes-distributed: the minutes of a progress sync (when their distribution is recorded) reach every core
 * team member, directly or through their department.
 *
 * @example
 * ```ts
 * execMinutesDistributed.scope; // 'meeting'
 * ```
 */
export const execMinutesDistributed: RuleDefinition = {
  id: 'exec.minutes-distributed',
  scope: 'meeting',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'kind', operator: 'equal', value: 'progress-sync' },
      { fact: 'distributionStated', operator: 'equal', value: true },
      { fact: 'undistributedCoreMemberCount', operator: 'greaterThan', value: 0 },
    ],
  },
  path: '{subject}/distribution',
  message: {
    'zh-CN': '进度同步会「{name}」的纪要没有发给核心成员：{undistributedCoreMembers:list}',
    en: 'The minutes of progress sync “{name}” did not go to these core members: {undistributedCoreMembers:list}',
  },
  description: {
    'zh-CN': '会议纪要发给每位核心成员',
    en: 'Minutes go to every core team member',
  },
};
