import { defineFacts } from './define.js';

/** Facts about one person. */
export const personFacts = defineFacts('person', {
  name: ['text', '姓名', 'The person’s name', (p) => p.name],
  departmentName: [
    'text',
    '所属部门名称',
    'The name of the person’s department',
    (p, ctx) => ctx.departmentName(p.department) ?? '',
  ],
  inCoreTeam: ['boolean', '属于核心成员', 'The person is a core team member', (p, ctx) => ctx.core.has(p.id)],
  isLeader: ['boolean', '是组长', 'The person is the team leader', (p, ctx) => ctx.c.team?.leader === p.id],
  decisionAuthority: [
    'boolean',
    '在本部门拥有决策权',
    'The person holds decision authority',
    (p) => p.decisionAuthority === true,
  ],
  ownedResponsibilityCount: [
    'number',
    '作为负责人的职责行数',
    'Responsibility rows the person owns',
    (p, ctx) => ctx.owners.responsibilities.get(p.id) ?? 0,
  ],
  ownedMilestoneCount: [
    'number',
    '作为负责人的里程碑数',
    'Milestones the person owns',
    (p, ctx) => ctx.owners.milestones.get(p.id) ?? 0,
  ],
});
