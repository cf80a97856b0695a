import type { RuleDefinition } from '../types.js';

/**
 * exec.action-owner: every action item has an owner and a due date.
 *
 * @example
 * ```ts
 * execActionOwner.id; // 'exec.action-owner'
 * ```
 */
export const execActionOwner: RuleDefinition = {
  id: 'exec.action-owner',
  scope: 'action',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    any: [
      { name: 'owner', fact: 'ownerNamed', operator: 'equal', value: false },
      { name: 'due', fact: 'dueStated', operator: 'equal', value: false },
    ],
  },
  path: '{subject}',
  message: { 'zh-CN': '行动项「{name}」不完整', en: 'Action “{name}” is incomplete' },
  variants: {
    owner: {
      path: '{subject}/owner',
      message: {
        'zh-CN': '会议「{meetingName}」的行动项「{name}」没有负责人',
        en: 'Action “{name}” of “{meetingName}” has no owner',
      },
    },
    due: {
      path: '{subject}/due',
      message: {
        'zh-CN': '会议「{meetingName}」的行动项「{name}」没有完成时限',
        en: 'Action “{name}” of “{meetingName}” has no due date',
      },
    },
  },
  description: { 'zh-CN': '行动项有负责人和时限', en: 'Action items have an owner and a due date' },
};
