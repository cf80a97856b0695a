import type { RuleDefinition } from '../types.js';

/**
 * plan.decision-approver: a decision is approved as the decision mechanism says — by the team leader under
 * `leader-decides`; by a person of the escalation path, or with decision authority outside the team, under
 * `superior-approval`.
 *
 * @example
 * ```ts
 * planDecisionApprover.scope; // 'decision'
 * ```
 */
export const planDecisionApprover: RuleDefinition = {
  id: 'plan.decision-approver',
  scope: 'decision',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    any: [
      {
        name: 'leader',
        all: [
          { fact: 'decisionMechanism', operator: 'equal', value: 'leader-decides' },
          { fact: 'approverIsLeader', operator: 'equal', value: false },
        ],
      },
      {
        name: 'superior',
        all: [
          { fact: 'decisionMechanism', operator: 'equal', value: 'superior-approval' },
          { fact: 'approverOnEscalationPath', operator: 'equal', value: false },
          { fact: 'approverAuthorityOutsideTeam', operator: 'equal', value: false },
        ],
      },
    ],
  },
  path: '{subject}/approver',
  message: {
    'zh-CN': '决策「{name}」的批准人{approverName}与决策机制不符',
    en: 'The approver of decision “{name}”, {approverName}, does not match the decision mechanism',
  },
  variants: {
    leader: {
      message: {
        'zh-CN': '决策「{name}」由{approverName}批准，但决策机制是组长决策，应由组长{leaderName}批准',
        en: 'Decision “{name}” was approved by {approverName}, but the mechanism is leader-decides: the team leader {leaderName} approves',
      },
    },
    superior: {
      message: {
        'zh-CN':
          '决策「{name}」由{approverName}批准，但决策机制是上级审批，应由升级路径上的人员或团队外有决策权的上级批准',
        en: 'Decision “{name}” was approved by {approverName}, but the mechanism is superior-approval: a person on the escalation path or with decision authority outside the team approves',
      },
    },
  },
  description: {
    'zh-CN': '决策的批准人符合决策机制',
    en: 'Decisions are approved as the decision mechanism says',
  },
};
