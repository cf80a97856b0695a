import type { RuleDefinition } from '../types.js';

/**
 * exec.critical-slip: no open milestone is forecast to slip beyond its float (plus a tolerance); one that does is
 * in breach and climbs the escalation ladder: level 1 at once, each next level when the current level's timebox
 * runs out (see docs/escalation.md). The finding stays while it slips; the action appears while a level is due.
 *
 * @example
 * ```ts
 * execCriticalSlip.id; // 'exec.critical-slip'
 * ```
 */
export const execCriticalSlip: RuleDefinition = {
  id: 'exec.critical-slip',
  scope: 'milestone',
  severity: 'error',
  phase: 'any',
  params: {
    toleranceDays: {
      type: 'day',
      default: 0,
      min: 0,
      max: 3650,
      description: {
        'zh-CN': '延误超出总浮动后仍可容忍的天数',
        en: 'Days of slip beyond the total float that are tolerated',
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
      { fact: 'done', operator: 'equal', value: false },
      { fact: 'cycleAffected', operator: 'equal', value: false },
      { fact: 'slipBeyondFloat', operator: 'greaterThan', value: { param: 'toleranceDays' } },
      {
        any: [
          { name: 'not-escalated', fact: 'escalationCount', operator: 'equal', value: 0 },
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
    'zh-CN':
      '里程碑「{name}」预计 {forecastDay:date} 完成，比时限 {dueDay:date} 晚 {slipDays} 天，超出总浮动 {totalFloatDays} 天与容差 {toleranceDays} 天，应升级处理',
    en: 'Milestone “{name}” is forecast to finish on {forecastDay:date}, {slipDays} days after its due date {dueDay:date}, beyond its float of {totalFloatDays} days and the tolerance of {toleranceDays} days; escalate',
  },
  variants: {
    'level-timebox': {
      message: {
        'zh-CN':
          '里程碑「{name}」预计 {forecastDay:date} 完成，比时限 {dueDay:date} 晚 {slipDays} 天，超出总浮动 {totalFloatDays} 天与容差 {toleranceDays} 天；在第 {currentLevel} 级（{currentLevelTitle}）已停留 {workdaysAtCurrentLevel} 个工作日，超过时限 {currentLevelTimeboxDays} 个工作日，应升级至第 {nextEscalationLevel} 级（{nextLevelTitle}）',
        en: 'Milestone “{name}” is forecast to finish on {forecastDay:date}, {slipDays} days after its due date {dueDay:date}, beyond its float of {totalFloatDays} days and the tolerance of {toleranceDays} days; it has been at level {currentLevel} ({currentLevelTitle}) for {workdaysAtCurrentLevel} working days, beyond its timebox of {currentLevelTimeboxDays}; escalate it to level {nextEscalationLevel} ({nextLevelTitle})',
      },
    },
    'at-level': {
      message: {
        'zh-CN':
          '里程碑「{name}」预计 {forecastDay:date} 完成，比时限 {dueDay:date} 晚 {slipDays} 天，超出总浮动 {totalFloatDays} 天与容差 {toleranceDays} 天；自 {currentLevelDay:date} 起在第 {currentLevel} 级（{currentLevelTitle}）处理，已 {workdaysAtCurrentLevel} 个工作日（时限 {currentLevelTimeboxDays} 个工作日）',
        en: 'Milestone “{name}” is forecast to finish on {forecastDay:date}, {slipDays} days after its due date {dueDay:date}, beyond its float of {totalFloatDays} days and the tolerance of {toleranceDays} days; it is at level {currentLevel} ({currentLevelTitle}) since {currentLevelDay:date}, for {workdaysAtCurrentLevel} working days (timebox {currentLevelTimeboxDays})',
      },
    },
  },
  description: {
    'zh-CN': '关键路径不延误；延误超出浮动即逐级升级',
    en: 'The critical path does not slip; a slip beyond the float climbs the escalation ladder',
  },
};
