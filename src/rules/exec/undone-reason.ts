import type { RuleDefinition } from '../types.js';

/**
 * exec.undone-reason: every undone item states its reason.
 *
 * @example
 * ```ts
 * execUndoneReason.id; // 'exec.undone-reason'
 * ```
 */
export const execUndoneReason: RuleDefinition = {
  id: 'exec.undone-reason',
  scope: 'undone-item',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: { all: [{ fact: 'reasonStated', operator: 'equal', value: false }] },
  path: '{subject}/reason',
  message: {
    'zh-CN': '会议「{meetingName}」中{departmentName}的未完成事项「{name}」没有写明原因',
    en: 'The undone item “{name}” of {departmentName} in “{meetingName}” gives no reason',
  },
  description: { 'zh-CN': '未完成事项写明原因', en: 'Undone items state their reason' },
};
