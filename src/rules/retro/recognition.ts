import type { RuleDefinition } from '../types.js';

/**
 * retro.recognition: the retrospective recognises outstanding departments or people.
 *
 * @example
 * ```ts
 * retroRecognition.id; // 'retro.recognition'
 * ```
 */
export const retroRecognition: RuleDefinition = {
  id: 'retro.recognition',
  scope: 'collaboration',
  severity: 'info',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'retrospectiveHeld', operator: 'equal', value: true },
      { fact: 'retroRecognitionCount', operator: 'equal', value: 0 },
    ],
  },
  path: '/retrospective/recognitions',
  message: {
    'zh-CN': '复盘没有表彰表现突出的部门或个人',
    en: 'The retrospective recognises no department or person',
  },
  description: {
    'zh-CN': '表彰表现突出的部门或个人',
    en: 'Outstanding departments or people are recognised',
  },
};
