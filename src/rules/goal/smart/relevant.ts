import type { RuleDefinition } from '../../types.js';

/**
 * goal.smart.relevant: the goal says why it matters.
 *
 * @example
 * ```ts
 * goalSmartRelevant.id; // 'goal.smart.relevant'
 * ```
 */
export const goalSmartRelevant: RuleDefinition = {
  id: 'goal.smart.relevant',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'initiating',
  params: {},
  conditions: { all: [{ fact: 'goalRelevantStated', operator: 'equal', value: false }] },
  path: '/goal/relevant',
  message: {
    'zh-CN': '目标缺少相关性说明：goal.relevant 未填写或为空白',
    en: 'The goal does not say why it is relevant: goal.relevant is missing or blank',
  },
  description: { 'zh-CN': '目标须与公司目标相关（SMART 之 R）', en: 'The goal is relevant (the R of SMART)' },
};
