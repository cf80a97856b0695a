import type { RuleDefinition } from '../types.js';

/**
 * team.leader-authority: the leader may coordinate, allocate resources and decide conflicts.
 *
 * @example
 * ```ts
 * teamLeaderAuthority.id; // 'team.leader-authority'
 * ```
 */
export const teamLeaderAuthority: RuleDefinition = {
  id: 'team.leader-authority',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'forming',
  params: {},
  conditions: {
    any: [
      { fact: 'leaderAuthority', operator: 'doesNotContain', value: 'coordinate' },
      { fact: 'leaderAuthority', operator: 'doesNotContain', value: 'allocate-resources' },
      { fact: 'leaderAuthority', operator: 'doesNotContain', value: 'decide-conflicts' },
    ],
  },
  path: '/team/leaderAuthority',
  message: {
    'zh-CN': '组长权限缺少：{matched:label}',
    en: 'The team leader’s authority lacks: {matched:label}',
  },
  description: {
    'zh-CN': '组长有权协调进度、调配资源、裁决冲突',
    en: 'The leader may coordinate progress, allocate resources and decide conflicts',
  },
};
