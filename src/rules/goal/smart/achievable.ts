import type { RuleDefinition } from '../../types.js';

/**
 * goal.smart.achievable: the goal says why it is achievable.
 *
 * @example
 * ```ts
 * goalSmartAchievable.id; // 'goal.smart.achievable'
 * ```
 */
export const goalSmartAchievable: RuleDefinition = {
  id: 'goal.smart.achievable',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'initiating',
  params: {},
  conditions: { all: [{ fact: 'goalAchievableStated', operator: 'equal', value: false }] },
  path: '/goal/achievable',
  message: {
    'zh-CN': '目标缺少可实现性说明：goal.achievable 未填写或为空白',
    en: 'The goal does not say why it is achievable: goal.achievable is missing or blank',
  },
  description: { 'zh-CN': '目标须可实现（SMART 之 A）', en: 'The goal is achievable (the A of SMART)' },
};
