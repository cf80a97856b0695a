import type { RuleDefinition } from '../types.js';

/**
 * team.leader: a leader is named and belongs to the core team.
 *
 * @example
 * ```ts
 * teamLeader.id; // 'team.leader'
 * ```
 */
export const teamLeader: RuleDefinition = {
  id: 'team.leader',
  scope: 'collaboration',
  severity: 'error',
  phase: 'forming',
  params: {},
  conditions: {
    any: [
      { name: 'missing', fact: 'leaderNamed', operator: 'equal', value: false },
      { name: 'outside', fact: 'leaderInCore', operator: 'equal', value: false },
    ],
  },
  path: '/team/leader',
  message: { 'zh-CN': '组长设置有误', en: 'The team leader is not set up correctly' },
  variants: {
    missing: { message: { 'zh-CN': '未指定协作小组组长', en: 'No team leader is named' } },
    outside: {
      message: {
        'zh-CN': '组长{leaderName}不在核心成员中',
        en: 'The team leader {leaderName} is not in the core team',
      },
    },
  },
  description: { 'zh-CN': '指定组长且组长属于核心成员', en: 'A leader is named and is a core member' },
};
