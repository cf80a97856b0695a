import type { RuleDefinition } from '../types.js';

/**
 * conflict.escalate: an unresolved conflict whose negotiation failed or whose negotiation timebox ran out is in
 * breach; it climbs the escalation ladder one level at a time, each level's timebox after the last (see
 * docs/escalation.md). The finding stays while it is in breach; the escalate action appears while a level is due.
 *
 * @example
 * ```ts
 * conflictEscalate.id; // 'conflict.escalate'
 * ```
 */
export const conflictEscalate: RuleDefinition = {
  id: 'conflict.escalate',
  scope: 'conflict',
  severity: 'error',
  phase: 'any',
  params: {
    negotiationTimeboxDays: {
      type: 'day',
      default: 5,
      min: 0,
      max: 365,
      description: {
        'zh-CN':
          '协商时限（工作日），协作未设置 negotiationTimeboxDays 时使用（经事实 negotiationTimeboxDays）',
        en: 'Negotiation timebox in working days when the collaboration sets no negotiationTimeboxDays (through the fact negotiationTimeboxDays)',
      },
    },
    levelTimeboxDays: {
      type: 'day',
      default: 3,
      min: 0,
      max: 365,
      description: {
        'zh-CN':
          '每级处理时限（工作日），升级路径该级未设置 timeboxDays 时使用（经事实 currentLevelTimeboxDays）',
        en: 'Timebox per level in working days when the level sets no timeboxDays (through the fact currentLevelTimeboxDays)',
      },
    },
  },
  conditions: {
    all: [
      { fact: 'inBreach', operator: 'equal', value: true },
      {
        any: [
          {
            name: 'negotiation-failed',
            all: [
              { fact: 'escalationCount', operator: 'equal', value: 0 },
              { fact: 'latestNegotiationOutcome', operator: 'equal', value: 'failed' },
            ],
          },
          {
            name: 'negotiation-timebox',
            all: [
              { fact: 'escalationCount', operator: 'equal', value: 0 },
              {
                fact: 'workdaysSinceRaised',
                operator: 'greaterThan',
                value: { fact: 'negotiationTimeboxDays' },
              },
            ],
          },
          {
            name: 'level-timebox',
            all: [
              { fact: 'escalationCount', operator: 'greaterThan', value: 0 },
              { fact: 'escalationDue', operator: 'equal', value: true },
            ],
          },
          {
            name: 'at-level',
            all: [
              { fact: 'escalationCount', operator: 'greaterThan', value: 0 },
              { fact: 'escalationDue', operator: 'equal', value: false },
            ],
          },
        ],
      },
    ],
  },
  path: '{subject}',
  action: { type: 'escalate', toLevel: { fact: 'dueEscalationLevel' } },
  message: {
    'zh-CN': '冲突「{name}」应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
    en: 'Conflict “{name}” should be escalated to level {nextEscalationLevel} ({nextLevelTitle})',
  },
  variants: {
    'negotiation-failed': {
      message: {
        'zh-CN': '冲突「{name}」协商未果，应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
        en: 'Negotiation on conflict “{name}” failed; escalate it to level {nextEscalationLevel} ({nextLevelTitle})',
      },
    },
    'negotiation-timebox': {
      message: {
        'zh-CN':
          '冲突「{name}」提出已 {workdaysSinceRaised} 个工作日，超过协商时限 {negotiationTimeboxDays} 个工作日，应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
        en: 'Conflict “{name}” was raised {workdaysSinceRaised} working days ago, beyond the negotiation timebox of {negotiationTimeboxDays}; escalate it to level {nextEscalationLevel} ({nextLevelTitle})',
      },
    },
    'level-timebox': {
      message: {
        'zh-CN':
          '冲突「{name}」在第 {currentLevel} 级（{currentLevelTitle}）已停留 {workdaysAtCurrentLevel} 个工作日，超过时限 {currentLevelTimeboxDays} 个工作日，应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
        en: 'Conflict “{name}” has been at level {currentLevel} ({currentLevelTitle}) for {workdaysAtCurrentLevel} working days, beyond its timebox of {currentLevelTimeboxDays}; escalate it to level {nextEscalationLevel} ({nextLevelTitle})',
      },
    },
    'at-level': {
      message: {
        'zh-CN':
          '冲突「{name}」仍未解决，自 {currentLevelDay:date} 起在第 {currentLevel} 级（{currentLevelTitle}）处理，已 {workdaysAtCurrentLevel} 个工作日（时限 {currentLevelTimeboxDays} 个工作日）',
        en: 'Conflict “{name}” is still unresolved, at level {currentLevel} ({currentLevelTitle}) since {currentLevelDay:date}, for {workdaysAtCurrentLevel} working days (timebox {currentLevelTimeboxDays})',
      },
    },
  },
  description: {
    'zh-CN': '协商未果或超时即沿升级路径逐级升级，每级超时再升一级',
    en: 'Escalate along the path when negotiation fails or its timebox runs out, one level per timebox',
  },
};
