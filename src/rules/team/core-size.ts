import type { RuleDefinition } from '../types.js';

/**
 * team.core-size: the core team has between `min` and `max` members.
 *
 * @example
 * ```ts
 * teamCoreSize.id; // 'team.core-size'
 * ```
 */
export const teamCoreSize: RuleDefinition = {
  id: 'team.core-size',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'forming',
  params: {
    min: {
      type: 'number',
      default: 5,
      min: 0,
      max: 10_000,
      description: { 'zh-CN': '核心成员下限', en: 'Minimum core team size' },
    },
    max: {
      type: 'number',
      default: 8,
      min: 0,
      max: 10_000,
      description: { 'zh-CN': '核心成员上限', en: 'Maximum core team size' },
    },
  },
  conditions: {
    any: [
      { name: 'below', fact: 'coreTeamSize', operator: 'lessThan', value: { param: 'min' } },
      { name: 'above', fact: 'coreTeamSize', operator: 'greaterThan', value: { param: 'max' } },
    ],
  },
  path: '/team/core',
  message: {
    'zh-CN': '核心成员 {coreTeamSize} 人，不在 {min}–{max} 人范围内',
    en: 'The core team has {coreTeamSize} members, outside {min}–{max}',
  },
  variants: {
    below: {
      message: {
        'zh-CN': '核心成员 {coreTeamSize} 人，少于下限 {min} 人',
        en: 'The core team has {coreTeamSize} members, below the minimum of {min}',
      },
    },
    above: {
      message: {
        'zh-CN': '核心成员 {coreTeamSize} 人，超过上限 {max} 人',
        en: 'The core team has {coreTeamSize} members, above the maximum of {max}',
      },
    },
  },
  description: {
    'zh-CN': '核心成员控制在 {min}–{max} 人，保证决策效率',
    en: 'The core team has {min}–{max} members, so decisions stay fast',
  },
};
