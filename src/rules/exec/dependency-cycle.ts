import type { RuleDefinition } from '../types.js';

/**
 * exec.dependency-cycle: milestone dependencies have no cycle.
 *
 * @example
 * ```ts
 * execDependencyCycle.id; // 'exec.dependency-cycle'
 * ```
 */
export const execDependencyCycle: RuleDefinition = {
  id: 'exec.dependency-cycle',
  scope: 'collaboration',
  severity: 'error',
  phase: 'any',
  params: {},
  conditions: { all: [{ fact: 'dependencyCycleLength', operator: 'greaterThan', value: 0 }] },
  path: '/milestones/{dependencyCycleStart}/dependsOn',
  message: {
    'zh-CN': '里程碑依赖存在循环：{dependencyCycle:cycle}',
    en: 'The milestone dependencies contain a cycle: {dependencyCycle:cycle}',
  },
  description: { 'zh-CN': '里程碑依赖无循环', en: 'Milestone dependencies have no cycle' },
};
