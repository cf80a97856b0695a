import type { RuleDefinition } from '../types.js';

/**
 * exec.minutes-complete: minutes record attendees, and progress syncs their done or undone items.
 *
 * @example
 * ```ts
 * execMinutesComplete.id; // 'exec.minutes-complete'
 * ```
 */
export const execMinutesComplete: RuleDefinition = {
  id: 'exec.minutes-complete',
  scope: 'meeting',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    any: [
      { name: 'attendees', fact: 'attendeeCount', operator: 'equal', value: 0 },
      {
        name: 'progress',
        all: [
          { fact: 'kind', operator: 'equal', value: 'progress-sync' },
          { fact: 'doneItemCount', operator: 'equal', value: 0 },
          { fact: 'undoneItemCount', operator: 'equal', value: 0 },
        ],
      },
    ],
  },
  path: '{subject}',
  message: { 'zh-CN': '会议「{name}」的纪要不完整', en: 'The minutes of “{name}” are incomplete' },
  variants: {
    attendees: {
      path: '{subject}/attendees',
      message: {
        'zh-CN': '会议「{name}」的纪要没有记录与会人员',
        en: 'The minutes of “{name}” record no attendees',
      },
    },
    progress: {
      path: '{subject}/progress',
      message: {
        'zh-CN': '进度同步会「{name}」的纪要既没有已完成事项，也没有未完成事项',
        en: 'The minutes of progress sync “{name}” record neither done nor undone items',
      },
    },
  },
  description: { 'zh-CN': '会议纪要完整', en: 'Meeting minutes are complete' },
};
