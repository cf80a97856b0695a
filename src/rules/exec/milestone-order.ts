import type { RuleDefinition } from '../types.js';

/**
 * exec.milestone-order: no milestone is due before one of its prerequisites.
 *
 * @example
 * ```ts
 * execMilestoneOrder.id; // 'exec.milestone-order'
 * ```
 */
export const execMilestoneOrder: RuleDefinition = {
  id: 'exec.milestone-order',
  scope: 'milestone',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'cycleAffected', operator: 'equal', value: false },
      { fact: 'dueDay', operator: 'lessThan', value: { fact: 'latestPrerequisiteDueDay' } },
    ],
  },
  path: '{subject}/due',
  message: {
    'zh-CN':
      '里程碑「{name}」的时限 {dueDay:date} 早于其前置里程碑「{latestPrerequisiteName}」的时限 {latestPrerequisiteDueDay:date}',
    en: 'Milestone “{name}” is due on {dueDay:date}, before its prerequisite “{latestPrerequisiteName}” is due on {latestPrerequisiteDueDay:date}',
  },
  description: {
    'zh-CN': '里程碑时限不早于其前置里程碑',
    en: 'Milestones are not due before their prerequisites',
  },
};
