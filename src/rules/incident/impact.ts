import type { RuleDefinition } from '../types.js';

/**
 * incident.impact: every incident has an impact assessment.
 *
 * @example
 * ```ts
 * incidentImpact.id; // 'incident.impact'
 * ```
 */
export const incidentImpact: RuleDefinition = {
  id: 'incident.impact',
  scope: 'incident',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: { all: [{ fact: 'impactAssessed', operator: 'equal', value: false }] },
  path: '{subject}/impact',
  message: {
    'zh-CN': '突发事件「{name}」没有影响评估',
    en: 'Incident “{name}” has no impact assessment',
  },
  description: { 'zh-CN': '突发事件做影响评估', en: 'Incidents have an impact assessment' },
};
