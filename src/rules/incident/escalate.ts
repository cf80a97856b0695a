import type { RuleDefinition } from '../types.js';

/**
 * incident.escalate: an incident that is not closed is in breach when it is still open (not contained) beyond its
 * containment timebox, or when its schedule impact puts an affected milestone into a critical slip; it then
 * climbs the escalation ladder like a conflict or a slipping milestone (see docs/escalation.md).
 *
 * @example
 * ```ts
 * incidentEscalate.id; // 'incident.escalate'
 * ```
 */
export const incidentEscalate: RuleDefinition = {
  id: 'incident.escalate',
  scope: 'incident',
  severity: 'error',
  phase: 'any',
  params: {
    containTimeboxDays: {
      type: 'day',
      default: 1,
      min: 0,
      max: 365,
      description: {
        'zh-CN': '控制时限（工作日）：发生后超过这么多个工作日仍未控制（open）即升级',
        en: 'Containment timebox in working days: an incident still open this many working days after it occurred is escalated',
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
            name: 'not-contained',
            all: [
              { fact: 'escalationCount', operator: 'equal', value: 0 },
              { fact: 'containmentOverdue', operator: 'equal', value: true },
            ],
          },
          {
            name: 'critical-slip',
            all: [
              { fact: 'escalationCount', operator: 'equal', value: 0 },
              { fact: 'causesCriticalSlip', operator: 'equal', value: true },
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
    'zh-CN': '突发事件「{name}」应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
    en: 'Incident “{name}” should be escalated to level {nextEscalationLevel} ({nextLevelTitle})',
  },
  variants: {
    'not-contained': {
      message: {
        'zh-CN':
          '突发事件「{name}」发生于 {occurredOnDay:date}，已 {workdaysSinceOccurred} 个工作日仍未控制，超过控制时限 {containTimeboxDays} 个工作日，应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
        en: 'Incident “{name}” occurred on {occurredOnDay:date} and is still not contained after {workdaysSinceOccurred} working days, beyond the containment timebox of {containTimeboxDays}; escalate it to level {nextEscalationLevel} ({nextLevelTitle})',
      },
    },
    'critical-slip': {
      message: {
        'zh-CN':
          '突发事件「{name}」使进度推迟 {scheduleDays} 天，里程碑 {criticalSlipMilestoneNames:list} 延误超出浮动，应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
        en: 'Incident “{name}” delays the schedule by {scheduleDays} days and puts {criticalSlipMilestoneNames:list} beyond their float; escalate it to level {nextEscalationLevel} ({nextLevelTitle})',
      },
    },
    'level-timebox': {
      message: {
        'zh-CN':
          '突发事件「{name}」在第 {currentLevel} 级（{currentLevelTitle}）已停留 {workdaysAtCurrentLevel} 个工作日，超过时限 {currentLevelTimeboxDays} 个工作日，应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
        en: 'Incident “{name}” has been at level {currentLevel} ({currentLevelTitle}) for {workdaysAtCurrentLevel} working days, beyond its timebox of {currentLevelTimeboxDays}; escalate it to level {nextEscalationLevel} ({nextLevelTitle})',
      },
    },
    'at-level': {
      message: {
        'zh-CN':
          '突发事件「{name}」仍未了结，自 {currentLevelDay:date} 起在第 {currentLevel} 级（{currentLevelTitle}）处理，已 {workdaysAtCurrentLevel} 个工作日（时限 {currentLevelTimeboxDays} 个工作日）',
        en: 'Incident “{name}” is still unsettled, at level {currentLevel} ({currentLevelTitle}) since {currentLevelDay:date}, for {workdaysAtCurrentLevel} working days (timebox {currentLevelTimeboxDays})',
      },
    },
  },
  description: {
    'zh-CN': '突发事件超过控制时限或造成关键延误即逐级升级',
    en: 'An incident not contained in time, or causing a critical slip, climbs the escalation ladder',
  },
};
