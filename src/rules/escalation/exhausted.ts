import type { RuleDefinition } from '../types.js';

const KINDS = {
  milestone: { 'zh-CN': '里程碑', en: 'Milestone' },
  conflict: { 'zh-CN': '冲突', en: 'Conflict' },
  incident: { 'zh-CN': '突发事件', en: 'Incident' },
} as const;

/**
 * escalation.exhausted: a subject still in breach at the top level of the escalation path, after that level's
 * timebox ran out, has no level left to go to; the finding sits on its top-level record.
 *
 * @example
 * ```ts
 * escalationExhausted.id; // 'escalation.exhausted'
 * ```
 */
export const escalationExhausted: RuleDefinition = {
  id: 'escalation.exhausted',
  scope: 'escalation',
  severity: 'error',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'ladderExhausted', operator: 'equal', value: true },
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
      '「{subjectName}」自 {escalatedOnDay:date} 起在最高层级第 {level} 级（{levelHolder}），已 {workdaysSinceEscalated} 个工作日，超过时限 {levelTimeboxDays} 个工作日，已无更高层级可升，须当即决策',
    en: '“{subjectName}” has been at the top level {level} ({levelHolder}) since {escalatedOnDay:date}, for {workdaysSinceEscalated} working days, beyond its timebox of {levelTimeboxDays}; no level is left: it needs a decision now',
  },
  variants: Object.fromEntries(
    (['milestone', 'conflict', 'incident'] as const).map((kind) => [
      kind,
      {
        message: {
          'zh-CN': `${KINDS[kind]['zh-CN']}「{subjectName}」自 {escalatedOnDay:date} 起在最高层级第 {level} 级（{levelHolder}），已 {workdaysSinceEscalated} 个工作日，超过时限 {levelTimeboxDays} 个工作日，已无更高层级可升，须当即决策`,
          en: `${KINDS[kind].en} “{subjectName}” has been at the top level {level} ({levelHolder}) since {escalatedOnDay:date}, for {workdaysSinceEscalated} working days, beyond its timebox of {levelTimeboxDays}; no level is left: it needs a decision now`,
        },
      },
    ]),
  ),
  description: {
    'zh-CN': '升级不超出最高层级的时限仍悬而未决',
    en: 'An escalation does not run past the top level’s timebox undecided',
  },
};
