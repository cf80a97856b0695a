import type { RuleDefinition } from '../types.js';

const KINDS = {
  milestone: { 'zh-CN': '里程碑', en: 'milestone' },
  conflict: { 'zh-CN': '冲突', en: 'conflict' },
  incident: { 'zh-CN': '突发事件', en: 'incident' },
} as const;

/**
 * escalation.unacknowledged: the escalation a subject stands on (its latest record at the highest level) is
 * acknowledged within `ackTimeboxDays` working days while the subject is unresolved; otherwise the level's title
 * and decider are named, so someone calls them.
 *
 * @example
 * ```ts
 * escalationUnacknowledged.id; // 'escalation.unacknowledged'
 * ```
 */
export const escalationUnacknowledged: RuleDefinition = {
  id: 'escalation.unacknowledged',
  scope: 'escalation',
  severity: 'warning',
  phase: 'any',
  params: {
    ackTimeboxDays: {
      type: 'day',
      default: 1,
      min: 0,
      max: 365,
      description: {
        'zh-CN': '确认时限（工作日）：升级后超过这么多个工作日仍未确认（acknowledgedOn）即提醒',
        en: 'Acknowledgement timebox in working days: an escalation not acknowledged (acknowledgedOn) after this many working days is flagged',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'subjectResolved', operator: 'equal', value: false },
      { fact: 'currentRecord', operator: 'equal', value: true },
      { fact: 'acknowledged', operator: 'equal', value: false },
      { fact: 'workdaysSinceEscalated', operator: 'greaterThan', value: { param: 'ackTimeboxDays' } },
      {
        any: (['milestone', 'conflict', 'incident'] as const).map((kind) => ({
          name: kind,
          fact: 'kind',
          operator: 'equal',
          value: kind,
        })),
      },
    ],
  },
  path: '{subject}',
  message: {
    'zh-CN':
      '「{subjectName}」于 {escalatedOnDay:date} 升级至第 {level} 级（{levelHolder}），{workdaysSinceEscalated} 个工作日仍未确认，超过确认时限 {ackTimeboxDays} 个工作日',
    en: '“{subjectName}” was escalated to level {level} ({levelHolder}) on {escalatedOnDay:date} and is not acknowledged after {workdaysSinceEscalated} working days, beyond the acknowledgement timebox of {ackTimeboxDays}',
  },
  variants: Object.fromEntries(
    (['milestone', 'conflict', 'incident'] as const).map((kind) => [
      kind,
      {
        message: {
          'zh-CN': `${KINDS[kind]['zh-CN']}「{subjectName}」于 {escalatedOnDay:date} 升级至第 {level} 级（{levelHolder}），{workdaysSinceEscalated} 个工作日仍未确认，超过确认时限 {ackTimeboxDays} 个工作日`,
          en: `The escalation of ${KINDS[kind].en} “{subjectName}” to level {level} ({levelHolder}) on {escalatedOnDay:date} is not acknowledged after {workdaysSinceEscalated} working days, beyond the acknowledgement timebox of {ackTimeboxDays}`,
        },
      },
    ]),
  ),
  description: {
    'zh-CN': '升级后在时限内确认收到',
    en: 'An escalation is acknowledged within its timebox',
  },
};
