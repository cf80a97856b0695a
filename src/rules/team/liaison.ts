import type { RuleDefinition } from '../types.js';

/**
 * team.liaison: every department has a daily liaison from its own ranks.
 *
 * @example
 * ```ts
 * teamLiaison.id; // 'team.liaison'
 * ```
 */
export const teamLiaison: RuleDefinition = {
  id: 'team.liaison',
  scope: 'department',
  severity: 'warning',
  phase: 'forming',
  params: {},
  conditions: {
    any: [
      { name: 'missing', fact: 'liaisonNamed', operator: 'equal', value: false },
      { name: 'other', fact: 'liaisonInDepartment', operator: 'equal', value: false },
    ],
  },
  path: '/team/liaisons/{id}',
  message: { 'zh-CN': '{name}的对接人设置有误', en: 'The liaison of {name} is not set up correctly' },
  variants: {
    missing: {
      message: { 'zh-CN': '{name}没有指定日常对接人', en: '{name} has no daily liaison' },
    },
    other: {
      message: {
        'zh-CN': '{name}的对接人{liaisonName}属于{liaisonDepartmentName}，不属于本部门',
        en: 'The liaison of {name}, {liaisonName}, belongs to {liaisonDepartmentName}, not to this department',
      },
    },
  },
  description: {
    'zh-CN': '每个部门指定本部门的日常对接人',
    en: 'Each department names a daily liaison of its own',
  },
};
