import type { RuleDefinition } from '../../types.js';

/**
 * goal.smart.specific: the goal states what exactly is to be achieved.
 *
 * @example
 * ```ts
 * goalSmartSpecific.id; // 'goal.smart.specific'
 * ```
 */
export const goalSmartSpecific: RuleDefinition = {
  id: 'goal.smart.specific',
  scope: 'collaboration',
  severity: 'error',
  phase: 'initiating',
  params: {},
  conditions: { all: [{ fact: 'goalSpecificStated', operator: 'equal', value: false }] },
  path: '/goal/specific',
  message: {
    'zh-CN': '目标缺少具体描述：goal.specific 未填写或为空白',
    en: 'The goal is not specific: goal.specific is missing or blank',
  },
  description: { 'zh-CN': '目标须具体（SMART 之 S）', en: 'The goal is specific (the S of SMART)' },
};
