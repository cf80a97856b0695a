import { toDayNumber } from '../../schedule/day.js';
import { stated } from './context.js';
import { defineFacts } from './define.js';
import { containmentDueDay, LADDER_RULES, slippingAffected, workdaysSince } from './ladder.js';
import { ladderFacts } from './ladder-facts.js';

/** Facts about one incident (a sudden problem) and its emergency plan. */
export const incidentFacts = defineFacts('incident', {
  name: ['text', '突发事件描述', 'The incident’s description', (i) => i.description],
  status: ['text', '状态（open、contained、closed）', 'Status (open, contained, closed)', (i) => i.status],
  temporaryOwnerNamed: [
    'boolean',
    '已指定临时负责人',
    'A temporary owner is named',
    (i) => i.temporaryOwner !== undefined,
  ],
  measureCount: [
    'number',
    '应对措施数',
    'Number of response measures',
    (i) => (i.measures ?? []).filter((m) => stated(m)).length,
  ],
  cost: [
    'number',
    '评估的成本影响（impact.cost；未评估时无值）',
    'The cost impact assessed (impact.cost; absent when not assessed)',
    (i) => i.impact?.cost,
  ],
  impactAssessed: [
    'boolean',
    '已做影响评估（impact.summary 非空白）',
    'The impact is assessed (impact.summary not blank)',
    (i) => stated(i.impact?.summary),
  ],
  occurredOnDay: ['day', '发生日期（日期）', 'When it occurred (a date)', (i) => toDayNumber(i.occurredOn)],
  workdaysSinceOccurred: [
    'number',
    '自发生日期至评估日期的工作日数（按协作日历）',
    'Working days from when it occurred to now (collaboration calendar)',
    (i, ctx) => workdaysSince(ctx, toDayNumber(i.occurredOn)),
  ],
  containTimeboxDays: [
    'number',
    '控制时限（工作日）：incident.escalate 规则的 containTimeboxDays 参数',
    'Containment timebox in working days: the incident.escalate param containTimeboxDays',
    (_, ctx) => ctx.param(LADDER_RULES.incident, 'containTimeboxDays'),
  ],
  containmentOverdue: [
    'boolean',
    '仍未控制（open）且超过控制时限',
    'Still open (not contained) beyond the containment timebox',
    (i, ctx) => {
      const day = containmentDueDay(ctx, i);
      return day !== undefined && day <= ctx.nowDay;
    },
  ],
  scheduleDays: [
    'number',
    '对进度的影响天数（impact.scheduleDays；无则为 0）',
    'Schedule impact in days (impact.scheduleDays; 0 when none)',
    (i) => i.impact?.scheduleDays ?? 0,
  ],
  affectedMilestoneCount: [
    'number',
    '受影响的里程碑数（affectedMilestoneNames 的个数）',
    'Number of milestones it affects (the size of affectedMilestoneNames)',
    (i) => (i.affects ?? []).length,
  ],
  affectedMilestoneNames: [
    'list',
    '受影响的里程碑名称',
    'Names of the milestones it affects',
    (i, ctx) =>
      (i.affects ?? []).map((id) => ctx.c.milestones[ctx.milestones.index.get(id) ?? -1]?.name ?? id),
  ],
  criticalSlipMilestoneNames: [
    'list',
    '受其影响而关键延误（延误超出总浮动与容差）的里程碑名称',
    'Names of the affected milestones in a critical slip (beyond their float and the tolerance)',
    (i, ctx) => slippingAffected(ctx, i).map((m) => m.name),
  ],
  criticalSlipMilestoneCount: [
    'number',
    '受其影响而关键延误的里程碑数（criticalSlipMilestoneNames 的个数）',
    'Number of affected milestones in a critical slip (the size of criticalSlipMilestoneNames)',
    (i, ctx) => slippingAffected(ctx, i).length,
  ],
  causesCriticalSlip: [
    'boolean',
    '有进度影响，且受影响的里程碑处于关键延误',
    'It has a schedule impact and an affected milestone is in a critical slip',
    (i, ctx) => slippingAffected(ctx, i).length > 0,
  ],
  ...ladderFacts('incident'),
});
