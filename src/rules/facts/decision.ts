import type { Decision } from '../../model/types.js';
import { toDayNumber } from '../../schedule/day.js';
import type { FactContext } from './context.js';
import { defineFacts } from './define.js';

function inTeam(d: Decision, ctx: FactContext): boolean {
  return ctx.c.team?.leader === d.approver || ctx.core.has(d.approver);
}

/** Facts about one decision of the decision log. */
export const decisionFacts = defineFacts('decision', {
  name: ['text', '决策事项', 'What was decided (the title)', (d) => d.title],
  onDay: ['day', '决策日期（日期）', 'When it was decided (a date)', (d) => toDayNumber(d.on)],
  driverName: [
    'text',
    '推动人（D）姓名',
    'The driver’s (D) name',
    (d, ctx) => ctx.personName(d.driver) ?? '',
  ],
  approverName: [
    'text',
    '批准人（A）姓名',
    'The approver’s (A) name',
    (d, ctx) => ctx.personName(d.approver) ?? '',
  ],
  approverIsLeader: [
    'boolean',
    '批准人是组长',
    'The approver is the team leader',
    (d, ctx) => ctx.c.team?.leader === d.approver,
  ],
  approverOnEscalationPath: [
    'boolean',
    '批准人是升级路径上某一级的决策人',
    'The approver is the person of a level of the escalation path',
    (d, ctx) => (ctx.c.escalationPath ?? []).some((l) => l.person === d.approver),
  ],
  approverAuthorityOutsideTeam: [
    'boolean',
    '批准人有决策权且不是组长或核心成员（上级）',
    'The approver holds decision authority and is neither the leader nor a core member (a superior)',
    (d, ctx) => ctx.people.get(d.approver)?.decisionAuthority === true && !inTeam(d, ctx),
  ],
  contributorCount: [
    'number',
    '参与意见的人员或部门数（C）',
    'Number of contributors (C), people or departments',
    (d) => d.contributors?.length ?? 0,
  ],
  informedCount: [
    'number',
    '被告知的人员或部门数（I）',
    'Number of people or departments informed (I)',
    (d) => d.informed?.length ?? 0,
  ],
});
