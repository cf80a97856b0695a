import type { RuleDefinition } from '../types.js';

/**
 * conflict.negotiate-first: a conflict is negotiated before it is escalated.
 *
 * @example
 * ```ts
 * conflictNegotiateFirst.id; // 'conflict.negotiate-first'
 * ```
 */
export const conflictNegotiateFirst: RuleDefinition = {
  id: 'conflict.negotiate-first',
  scope: 'conflict',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'escalationCount', operator: 'greaterThan', value: 0 },
      { fact: 'negotiatedBeforeEscalation', operator: 'equal', value: false },
    ],
  },
  path: '{subject}/negotiations',
  message: {
    'zh-CN': '冲突「{name}」在首次升级前没有协商记录：应先由组长围绕共同目标居中协商',
    en: 'Conflict “{name}” was escalated with no negotiation recorded before: the leader mediates first',
  },
  description: { 'zh-CN': '先协商，再升级', en: 'Negotiate before escalating' },
};
