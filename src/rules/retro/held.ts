import type { RuleDefinition } from '../types.js';

/**
 * retro.held: a retrospective is held within `days` days after the period ends.
 *
 * @example
 * ```ts
 * retroHeld.id; // 'retro.held'
 * ```
 */
export const retroHeld: RuleDefinition = {
  id: 'retro.held',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'any',
  params: {
    days: {
      type: 'day',
      default: 14,
      min: 0,
      max: 3650,
      description: {
        'zh-CN': '周期结束后须在多少天内复盘',
        en: 'Days after the end of the period by which a retrospective is held',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'retrospectiveHeld', operator: 'equal', value: false },
      { fact: 'daysAfterPeriodEnd', operator: 'greaterThan', value: { param: 'days' } },
    ],
  },
  path: '/retrospective',
  message: {
    'zh-CN': '协作周期已于 {periodEndDay:date} 结束 {daysAfterPeriodEnd} 天（超过 {days} 天），仍未复盘',
    en: 'The period ended on {periodEndDay:date}, {daysAfterPeriodEnd} days ago (more than {days}), and no retrospective is recorded',
  },
  description: { 'zh-CN': '项目结束后及时复盘', en: 'A retrospective follows the end of the period' },
};
