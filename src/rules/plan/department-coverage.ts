import type { RuleDefinition } from '../types.js';

/**
 * plan.department-coverage: every execution or support department has a responsibility row.
 *
 * @example
 * ```ts
 * planDepartmentCoverage.id; // 'plan.department-coverage'
 * ```
 */
export const planDepartmentCoverage: RuleDefinition = {
  id: 'plan.department-coverage',
  scope: 'department',
  severity: 'warning',
  phase: 'planning',
  params: {},
  conditions: {
    all: [
      {
        any: [
          { name: 'execution', fact: 'role', operator: 'equal', value: 'execution' },
          { name: 'support', fact: 'role', operator: 'equal', value: 'support' },
        ],
      },
      { fact: 'responsibilityCount', operator: 'equal', value: 0 },
    ],
  },
  path: '{subject}',
  message: { 'zh-CN': '{name}在职责表中没有职责行', en: '{name} has no row in the responsibility table' },
  variants: {
    execution: {
      message: {
        'zh-CN': '执行部门{name}在职责表中没有职责行',
        en: 'Execution department {name} has no row in the responsibility table',
      },
    },
    support: {
      message: {
        'zh-CN': '支持部门{name}在职责表中没有职责行',
        en: 'Support department {name} has no row in the responsibility table',
      },
    },
  },
  description: {
    'zh-CN': '每个执行或支持部门在职责表中都有职责',
    en: 'Every execution or support department has duties in the responsibility table',
  },
};
