import type { RuleDefinition } from '../types.js';

/**
 * incident.measures: every incident lists response measures.
 *
 * @example
 * ```ts
 * incidentMeasures.id; // 'incident.measures'
 * ```
 */
export const incidentMeasures: RuleDefinition = {
  id: 'incident.measures',
  scope: 'incident',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: { all: [{ fact: 'measureCount', operator: 'equal', value: 0 }] },
  path: '{subject}/measures',
  message: {
    'zh-CN': '突发事件「{name}」没有应对措施（措施 {measureCount} 项）',
    en: 'Incident “{name}” has no response measures ({measureCount} listed)',
  },
  description: { 'zh-CN': '突发事件有应对措施', en: 'Incidents have response measures' },
};
