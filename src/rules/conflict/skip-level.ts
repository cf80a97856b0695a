import type { RuleDefinition } from '../types.js';

/**
 * conflict.skip-level: escalations run 1, 2, 3… without skipping a level.
 *
 * @example
 * ```ts
 * conflictSkipLevel.id; // 'conflict.skip-level'
 * ```
 */
export const conflictSkipLevel: RuleDefinition = {
  id: 'conflict.skip-level',
  scope: 'conflict',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: { all: [{ fact: 'skippedEscalationLevelCount', operator: 'greaterThan', value: 0 }] },
  path: '{subject}/escalations',
  message: {
    'zh-CN': '冲突「{name}」的升级层级依次为 {escalationLevels}，跳过了第 {skippedEscalationLevels} 级',
    en: 'Conflict “{name}” was escalated to levels {escalationLevels}, skipping level {skippedEscalationLevels}',
  },
  description: { 'zh-CN': '逐级升级，不越级', en: 'Escalate level by level, without skipping' },
};
