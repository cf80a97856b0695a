import type { RuleDefinition } from '../types.js';

/**
 * plan.risk-complete: every risk has a response and an owner.
 *
 * @example
 * ```ts
 * planRiskComplete.id; // 'plan.risk-complete'
 * ```
 */
export const planRiskComplete: RuleDefinition = {
  id: 'plan.risk-complete',
  scope: 'risk',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    any: [
      { name: 'response', fact: 'responseStated', operator: 'equal', value: false },
      { name: 'owner', fact: 'ownerNamed', operator: 'equal', value: false },
    ],
  },
  path: '{subject}',
  message: { 'zh-CN': '风险「{name}」登记不完整', en: 'Risk “{name}” is incomplete' },
  variants: {
    response: {
      path: '{subject}/response',
      message: { 'zh-CN': '风险「{name}」没有应对措施', en: 'Risk “{name}” has no response' },
    },
    owner: {
      path: '{subject}/owner',
      message: { 'zh-CN': '风险「{name}」没有责任部门', en: 'Risk “{name}” has no responsible department' },
    },
  },
  description: { 'zh-CN': '每项风险有应对措施和责任部门', en: 'Every risk has a response and an owner' },
};
