import type { RuleDefinition } from '../types.js';

/**
 * team.core-authority: every core member decides or owns something.
 *
 * @example
 * ```ts
 * teamCoreAuthority.id; // 'team.core-authority'
 * ```
 */
export const teamCoreAuthority: RuleDefinition = {
  id: 'team.core-authority',
  scope: 'person',
  severity: 'info',
  phase: 'forming',
  params: {},
  conditions: {
    all: [
      { fact: 'inCoreTeam', operator: 'equal', value: true },
      { fact: 'decisionAuthority', operator: 'equal', value: false },
      { fact: 'ownedResponsibilityCount', operator: 'equal', value: 0 },
      { fact: 'ownedMilestoneCount', operator: 'equal', value: 0 },
    ],
  },
  path: '{subject}',
  message: {
    'zh-CN': '核心成员{name}（{departmentName}）既无决策权，也不负责任何职责或里程碑',
    en: 'Core member {name} ({departmentName}) has no decision authority and owns no responsibility or milestone',
  },
  description: {
    'zh-CN': '核心成员应有决策权或执行职责',
    en: 'Core members hold decision authority or execution duties',
  },
};
