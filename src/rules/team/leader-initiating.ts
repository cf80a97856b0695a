import type { RuleDefinition } from '../types.js';

/**
 * team.leader-initiating: the team leader usually comes from the initiating department (often its head).
 *
 * @example
 * ```ts
 * teamLeaderInitiating.severity; // 'info'
 * ```
 */
export const teamLeaderInitiating: RuleDefinition = {
  id: 'team.leader-initiating',
  scope: 'collaboration',
  severity: 'info',
  phase: 'forming',
  params: {},
  conditions: {
    all: [
      { fact: 'leaderNamed', operator: 'equal', value: true },
      { fact: 'initiatingDepartmentStated', operator: 'equal', value: true },
      { fact: 'leaderFromInitiatingDepartment', operator: 'equal', value: false },
    ],
  },
  path: '/team/leader',
  message: {
    'zh-CN':
      '组长{leaderName}来自{leaderDepartmentName}，不是发起部门{initiatingDepartmentName}；组长通常由发起部门负责人担任',
    en: 'The team leader {leaderName} is from {leaderDepartmentName}, not the initiating department {initiatingDepartmentName}; the leader is usually its head',
  },
  description: {
    'zh-CN': '组长来自发起部门',
    en: 'The team leader comes from the initiating department',
  },
};
