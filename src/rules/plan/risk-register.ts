import type { RuleDefinition } from '../types.js';

/**
 * plan.risk-register: risks are registered.
 *
 * @example
 * ```ts
 * planRiskRegister.id; // 'plan.risk-register'
 * ```
 */
export const planRiskRegister: RuleDefinition = {
  id: 'plan.risk-register',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'planning',
  params: {},
  conditions: { all: [{ fact: 'riskCount', operator: 'equal', value: 0 }] },
  path: '/risks',
  message: {
    'zh-CN': '风险登记为空：已登记风险 {riskCount} 项',
    en: 'The risk register is empty: {riskCount} risks are registered',
  },
  description: { 'zh-CN': '登记风险及应对措施', en: 'Risks and responses are registered' },
};
