import type { RuleDefinition } from '../types.js';

/**
 * retro.complete: the retrospective records highlights, improvements and lessons.
 *
 * @example
 * ```ts
 * retroComplete.id; // 'retro.complete'
 * ```
 */
export const retroComplete: RuleDefinition = {
  id: 'retro.complete',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'retrospectiveHeld', operator: 'equal', value: true },
      {
        any: [
          { name: 'highlights', fact: 'retroHighlightCount', operator: 'equal', value: 0 },
          { name: 'improvements', fact: 'retroImprovementCount', operator: 'equal', value: 0 },
          { name: 'lessons', fact: 'retroLessonCount', operator: 'equal', value: 0 },
        ],
      },
    ],
  },
  path: '/retrospective',
  message: { 'zh-CN': '复盘记录不完整', en: 'The retrospective is incomplete' },
  variants: {
    highlights: {
      path: '/retrospective/highlights',
      message: { 'zh-CN': '复盘没有记录亮点', en: 'The retrospective records no highlights' },
    },
    improvements: {
      path: '/retrospective/improvements',
      message: { 'zh-CN': '复盘没有记录待改进问题', en: 'The retrospective records no improvements' },
    },
    lessons: {
      path: '/retrospective/lessons',
      message: { 'zh-CN': '复盘没有记录经验教训', en: 'The retrospective records no lessons' },
    },
  },
  description: {
    'zh-CN': '复盘涵盖亮点、待改进问题和经验教训',
    en: 'The retrospective covers highlights, improvements and lessons',
  },
};
