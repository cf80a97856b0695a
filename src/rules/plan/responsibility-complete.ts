import type { RuleDefinition } from '../types.js';

/**
 * plan.responsibility-complete: every responsibility row has an owner, a deliverable and a due date.
 *
 * @example
 * ```ts
 * planResponsibilityComplete.id; // 'plan.responsibility-complete'
 * ```
 */
export const planResponsibilityComplete: RuleDefinition = {
  id: 'plan.responsibility-complete',
  scope: 'responsibility',
  severity: 'error',
  phase: 'any',
  params: {},
  conditions: {
    any: [
      { fact: 'ownerNamed', operator: 'equal', value: false },
      { fact: 'deliverableStated', operator: 'equal', value: false },
      { fact: 'dueStated', operator: 'equal', value: false },
    ],
  },
  path: '{subject}/{firstMissingField}',
  message: {
    'zh-CN': '职责表第 {row} 行（{name}）缺少{missingFields:label}',
    en: 'Row {row} of the responsibility table ({name}) lacks: {missingFields:label}',
  },
  description: {
    'zh-CN': '职责表每行都有负责人、交付物和完成时限',
    en: 'Each responsibility row has an owner, a deliverable and a due date',
  },
};
