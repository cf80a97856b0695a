import type { RuleDefinition } from '../types.js';

/**
 * plan.contents: communication covers progress, issues and decisions.
 *
 * @example
 * ```ts
 * planContents.id; // 'plan.contents'
 * ```
 */
export const planContents: RuleDefinition = {
  id: 'plan.contents',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'planning',
  params: {},
  conditions: {
    any: [
      { fact: 'communicationContents', operator: 'doesNotContain', value: 'progress' },
      { fact: 'communicationContents', operator: 'doesNotContain', value: 'issues' },
      { fact: 'communicationContents', operator: 'doesNotContain', value: 'decisions' },
    ],
  },
  path: '/communication/contents',
  message: {
    'zh-CN': '沟通内容缺少：{matched:label}',
    en: 'The communication plan does not cover: {matched:label}',
  },
  description: {
    'zh-CN': '沟通内容涵盖进度同步、问题反馈、决策事项',
    en: 'Communication covers progress, issues and decisions',
  },
};
