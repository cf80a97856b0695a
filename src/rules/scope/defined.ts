import type { RuleDefinition } from '../types.js';

/**
 * scope.defined: the scope lists what is included and states what is excluded.
 *
 * @example
 * ```ts
 * scopeDefined.id; // 'scope.defined'
 * ```
 */
export const scopeDefined: RuleDefinition = {
  id: 'scope.defined',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'initiating',
  params: {},
  conditions: {
    any: [
      { name: 'included', fact: 'scopeIncludedCount', operator: 'equal', value: 0 },
      { name: 'excluded', fact: 'scopeExcludedStated', operator: 'equal', value: false },
    ],
  },
  path: '/scope',
  message: { 'zh-CN': '协作范围不明确', en: 'The scope is not defined' },
  variants: {
    included: {
      path: '/scope/included',
      message: {
        'zh-CN': '协作范围没有列出包含的事项（scope.included 缺失或为空）',
        en: 'The scope lists nothing it includes (scope.included is missing or empty)',
      },
    },
    excluded: {
      path: '/scope/excluded',
      message: {
        'zh-CN': '协作范围没有写明不包含的事项（scope.excluded 缺失；若没有请写 []）',
        en: 'The scope does not state what it excludes (scope.excluded is missing; write [] for nothing)',
      },
    },
  },
  description: {
    'zh-CN': '划清协作边界，避免范围蔓延',
    en: 'The scope has clear boundaries, to avoid scope creep',
  },
};
