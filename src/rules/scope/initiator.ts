import type { RuleDefinition } from '../types.js';

/**
 * scope.initiator: the collaboration names its initiating department and the date it was initiated (step 1: the
 * initiating department leads).
 *
 * @example
 * ```ts
 * scopeInitiator.scope; // 'collaboration'
 * ```
 */
export const scopeInitiator: RuleDefinition = {
  id: 'scope.initiator',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    any: [
      { name: 'department', fact: 'initiatingDepartmentStated', operator: 'equal', value: false },
      { name: 'date', fact: 'initiatedOnStated', operator: 'equal', value: false },
    ],
  },
  path: '/initiatingDepartment',
  message: {
    'zh-CN': '没有写明发起部门或发起日期',
    en: 'The initiating department or the date of initiation is not stated',
  },
  variants: {
    department: {
      path: '/initiatingDepartment',
      message: {
        'zh-CN': '没有写明发起部门（initiatingDepartment）：发起部门牵头推动协作',
        en: 'No initiating department is stated (initiatingDepartment): the initiating department leads the collaboration',
      },
    },
    date: {
      path: '/initiatedOn',
      message: {
        'zh-CN': '没有写明发起日期（initiatedOn）',
        en: 'The date the collaboration was initiated is not stated (initiatedOn)',
      },
    },
  },
  description: {
    'zh-CN': '写明发起部门与发起日期',
    en: 'The initiating department and date are stated',
  },
};
