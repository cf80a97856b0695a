import type { RuleDefinition } from '../types.js';

/**
 * retro.practices: the retrospective records reusable practices.
 *
 * @example
 * ```ts
 * retroPractices.id; // 'retro.practices'
 * ```
 */
export const retroPractices: RuleDefinition = {
  id: 'retro.practices',
  scope: 'collaboration',
  severity: 'info',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'retrospectiveHeld', operator: 'equal', value: true },
      { fact: 'retroPracticeCount', operator: 'equal', value: 0 },
    ],
  },
  path: '/retrospective/reusablePractices',
  message: {
    'zh-CN': '复盘没有沉淀可复用的做法（如标准沟通模板、升级机制）',
    en: 'The retrospective records no reusable practices (such as communication templates or the escalation mechanism)',
  },
  description: { 'zh-CN': '沉淀可复用做法', en: 'Reusable practices are recorded' },
};
