import type { RuleDefinition } from '../types.js';

/**
 * plan.escalation-path: the escalation path has at least `minLevels` levels.
 *
 * @example
 * ```ts
 * planEscalationPath.id; // 'plan.escalation-path'
 * ```
 */
export const planEscalationPath: RuleDefinition = {
  id: 'plan.escalation-path',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'planning',
  params: {
    minLevels: {
      type: 'number',
      default: 2,
      min: 0,
      max: 100,
      description: { 'zh-CN': '升级路径最少层级数', en: 'Minimum number of escalation levels' },
    },
  },
  conditions: {
    all: [{ fact: 'escalationLevelCount', operator: 'lessThan', value: { param: 'minLevels' } }],
  },
  path: '/escalationPath',
  message: {
    'zh-CN': '升级路径只有 {escalationLevelCount} 级，少于要求的 {minLevels} 级',
    en: 'The escalation path has {escalationLevelCount} level(s), fewer than the required {minLevels}',
  },
  description: { 'zh-CN': '定义逐级升级路径', en: 'An escalation path with enough levels is defined' },
};
