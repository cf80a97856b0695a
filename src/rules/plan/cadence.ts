import type { RuleDefinition } from '../types.js';

/**
 * plan.cadence: the communication plan has a regular cadence.
 *
 * @example
 * ```ts
 * planCadence.id; // 'plan.cadence'
 * ```
 */
export const planCadence: RuleDefinition = {
  id: 'plan.cadence',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'planning',
  params: {},
  conditions: {
    all: [
      { fact: 'cadenceKinds', operator: 'doesNotContain', value: 'weekly' },
      { fact: 'cadenceKinds', operator: 'doesNotContain', value: 'biweekly' },
      { fact: 'cadenceKinds', operator: 'doesNotContain', value: 'monthly' },
    ],
  },
  path: '/communication/cadences',
  message: {
    'zh-CN': '沟通计划没有每周、每两周或每月的固定节奏（现有：{cadenceKinds:label}）',
    en: 'The communication plan has no weekly, biweekly or monthly cadence (it has: {cadenceKinds:label})',
  },
  description: { 'zh-CN': '沟通计划有固定节奏', en: 'The communication plan has a regular cadence' },
};
