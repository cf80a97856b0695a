import type { RuleDefinition } from '../types.js';

/**
 * exec.problem-owner: a problem raised in the group gets an owner within `ownerTimeboxDays` working days.
 *
 * @example
 * ```ts
 * execProblemOwner.params.ownerTimeboxDays?.default; // 1
 * ```
 */
export const execProblemOwner: RuleDefinition = {
  id: 'exec.problem-owner',
  scope: 'problem',
  severity: 'warning',
  phase: 'any',
  params: {
    ownerTimeboxDays: {
      type: 'day',
      default: 1,
      min: 0,
      max: 365,
      description: {
        'zh-CN': '问题提出后指定负责人的时限（工作日）',
        en: 'Working days after a problem is raised by which it has an owner',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'open', operator: 'equal', value: true },
      { fact: 'ownerNamed', operator: 'equal', value: false },
      { fact: 'workdaysSinceRaised', operator: 'greaterThanInclusive', value: { param: 'ownerTimeboxDays' } },
    ],
  },
  path: '{subject}/owner',
  message: {
    'zh-CN':
      '问题「{name}」由{raisedByName}于 {raisedOnDay:date} 提出，{workdaysSinceRaised} 个工作日后仍没有负责人（时限 {ownerTimeboxDays} 个工作日）',
    en: 'Problem “{name}”, raised by {raisedByName} on {raisedOnDay:date}, still has no owner {workdaysSinceRaised} working days later (timebox: {ownerTimeboxDays})',
  },
  description: {
    'zh-CN': '群内提出的问题及时有人负责',
    en: 'Problems raised in the group get an owner at once',
  },
};
