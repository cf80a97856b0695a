import type { RuleDefinition } from '../types.js';

/**
 * scope.roles: some department decides and some department executes.
 *
 * @example
 * ```ts
 * scopeRoles.id; // 'scope.roles'
 * ```
 */
export const scopeRoles: RuleDefinition = {
  id: 'scope.roles',
  scope: 'collaboration',
  severity: 'error',
  phase: 'initiating',
  params: {},
  conditions: {
    any: [
      { name: 'decision', fact: 'decisionDepartmentCount', operator: 'equal', value: 0 },
      { name: 'execution', fact: 'executionDepartmentCount', operator: 'equal', value: 0 },
    ],
  },
  path: '/departments',
  message: { 'zh-CN': '部门角色不完整', en: 'Department roles are incomplete' },
  variants: {
    decision: {
      message: {
        'zh-CN':
          '没有部门承担决策角色（decision）：{departmentCount} 个参与部门中决策部门为 {decisionDepartmentCount} 个',
        en: 'No department has the decision role: {decisionDepartmentCount} of {departmentCount} departments decide',
      },
    },
    execution: {
      message: {
        'zh-CN':
          '没有部门承担执行角色（execution）：{departmentCount} 个参与部门中执行部门为 {executionDepartmentCount} 个',
        en: 'No department has the execution role: {executionDepartmentCount} of {departmentCount} departments execute',
      },
    },
  },
  description: {
    'zh-CN': '须有决策部门和执行部门',
    en: 'Some department decides and some department executes',
  },
};
