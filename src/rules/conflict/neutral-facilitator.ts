import type { RuleDefinition } from '../types.js';

/**
 * conflict.neutral-facilitator: the first negotiation of a conflict is facilitated by someone neutral, not by a
 * person of one of the parties' departments.
 *
 * @example
 * ```ts
 * conflictNeutralFacilitator.id; // 'conflict.neutral-facilitator'
 * ```
 */
export const conflictNeutralFacilitator: RuleDefinition = {
  id: 'conflict.neutral-facilitator',
  scope: 'conflict',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: { all: [{ fact: 'firstFacilitatorIsParty', operator: 'equal', value: true }] },
  path: '{subject}/negotiations',
  message: {
    'zh-CN':
      '冲突「{name}」的首次协商由冲突一方{firstFacilitatorDepartmentName}的{firstFacilitatorName}主持；应由中立者（如协作组长）主持',
    en: 'The first negotiation on conflict “{name}” was facilitated by {firstFacilitatorName} of {firstFacilitatorDepartmentName}, one of the parties; a neutral person (such as the team leader) should facilitate',
  },
  description: {
    'zh-CN': '首次协商由中立者主持',
    en: 'A neutral person facilitates the first negotiation',
  },
};
