import type { RuleDefinition } from '../types.js';

/**
 * incident.owner: every incident has a temporary owner.
 *
 * @example
 * ```ts
 * incidentOwner.id; // 'incident.owner'
 * ```
 */
export const incidentOwner: RuleDefinition = {
  id: 'incident.owner',
  scope: 'incident',
  severity: 'error',
  phase: 'any',
  params: {},
  conditions: { all: [{ fact: 'temporaryOwnerNamed', operator: 'equal', value: false }] },
  path: '{subject}/temporaryOwner',
  message: {
    'zh-CN': '突发事件「{name}」没有指定临时负责人',
    en: 'Incident “{name}” has no temporary owner',
  },
  description: { 'zh-CN': '突发事件指定临时负责人', en: 'Incidents have a temporary owner' },
};
