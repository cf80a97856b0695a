import type { RuleDefinition } from '../types.js';

/**
 * plan.decision-mechanism: the team states how it decides.
 *
 * @example
 * ```ts
 * planDecisionMechanism.id; // 'plan.decision-mechanism'
 * ```
 */
export const planDecisionMechanism: RuleDefinition = {
  id: 'plan.decision-mechanism',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'planning',
  params: {},
  conditions: { all: [{ fact: 'decisionMechanismStated', operator: 'equal', value: false }] },
  path: '/decisionMechanism',
  message: {
    'zh-CN': '没有写明决策机制（组长决策、部门投票或共同上级审批）',
    en: 'No decision mechanism is stated (leader decides, department vote or superior approval)',
  },
  description: { 'zh-CN': '写明决策机制', en: 'A decision mechanism is stated' },
};
