import { toDayNumber } from '../../schedule/day.js';
import type { EscalationRecord } from '../subjects.js';
import type { FactContext } from './context.js';
import { defineFacts } from './define.js';
import { deciderAt, LADDER_RULES, ladderOf, workdaysSince } from './ladder.js';

/** The ladder state of the record's subject. */
function stateOf(r: EscalationRecord, ctx: FactContext) {
  return ladderOf(ctx, r.kind, r.subjectIndex);
}

/** Who decides at the record's level (its id), as the ladder resolves it. */
function decider(r: EscalationRecord, ctx: FactContext): string | undefined {
  return deciderAt(ctx, r.kind, r.subjectIndex, r.record.level);
}

/** Whether this record is the one its subject's ladder stands on. */
function isCurrent(r: EscalationRecord, ctx: FactContext, index: number): boolean {
  return stateOf(r, ctx).current?.index === index;
}

/** Facts about one escalation record of a milestone, conflict or incident. */
export const escalationFacts = defineFacts('escalation', {
  kind: [
    'text',
    '被升级事项的类型（milestone、conflict、incident）',
    'The kind of what was escalated (milestone, conflict, incident)',
    (r) => r.kind,
  ],
  subjectName: [
    'text',
    '被升级事项的名称（里程碑名称、冲突事由、突发事件描述）',
    'The name of what was escalated (milestone name, conflict subject, incident description)',
    (r, ctx) => stateOf(r, ctx).name,
  ],
  level: ['number', '升级层级', 'The escalation level', (r) => r.record.level],
  levelTitle: [
    'text',
    '该层级的职务（无则为空）',
    'The title at the level (empty when none)',
    (r, ctx) => ctx.levels.get(r.record.level)?.title ?? '',
  ],
  levelDeciderName: [
    'text',
    '该层级的决策人姓名（升级路径指定的人，否则按汇报关系推出；无则为空）',
    'The name of who decides at the level (named by the path, else found along reportsTo; empty when none)',
    (r, ctx) => ctx.personName(decider(r, ctx)) ?? '',
  ],
  levelHolder: [
    'text',
    '该层级的职务与决策人（如“分管副总 周平”）',
    'The level’s title and who decides there (such as “分管副总 周平”)',
    (r, ctx) => {
      const title = ctx.levels.get(r.record.level)?.title ?? '';
      const name = ctx.personName(decider(r, ctx)) ?? '';
      return [title, name].filter((t) => t !== '').join(' ');
    },
  ],
  escalatedOnDay: [
    'day',
    '升级日期（日期）',
    'When it was escalated (a date)',
    (r) => toDayNumber(r.record.on),
  ],
  workdaysSinceEscalated: [
    'number',
    '自升级日期至评估日期的工作日数（按协作日历）',
    'Working days from the escalation to now (collaboration calendar)',
    (r, ctx) => workdaysSince(ctx, toDayNumber(r.record.on)),
  ],
  acknowledged: [
    'boolean',
    '已确认收到（acknowledgedOn 不晚于评估日期）',
    'Acknowledged (acknowledgedOn on or before now)',
    (r, ctx) => r.record.acknowledgedOn !== undefined && toDayNumber(r.record.acknowledgedOn) <= ctx.nowDay,
  ],
  decided: [
    'boolean',
    '已记录决定',
    'A decision is recorded',
    (r) => r.record.decision !== undefined && r.record.decision.trim() !== '',
  ],
  subjectResolved: [
    'boolean',
    '被升级事项已了结（冲突已解决、里程碑已完成、突发事件已关闭）',
    'What was escalated is settled (conflict resolved, milestone done, incident closed)',
    (r, ctx) => stateOf(r, ctx).resolved,
  ],
  subjectInBreach: [
    'boolean',
    '被升级事项仍处于违约状态',
    'What was escalated is still in breach',
    (r, ctx) => stateOf(r, ctx).inBreach,
  ],
  currentRecord: [
    'boolean',
    '是该事项当前所在层级的记录（最高层级中最近的一条）',
    'It is the record its subject stands on (the latest at the highest level)',
    (r, ctx, s) => isCurrent(r, ctx, s.index),
  ],
  levelTimeboxDays: [
    'number',
    '该层级的处理时限（工作日）：升级路径中的 timeboxDays，未设置时取升级规则的 levelTimeboxDays 参数',
    'The level’s timebox in working days: its timeboxDays in the path, else the escalating rule’s levelTimeboxDays param',
    (r, ctx) =>
      ctx.levels.get(r.record.level)?.timeboxDays ?? ctx.param(LADDER_RULES[r.kind], 'levelTimeboxDays'),
  ],
  topLevel: [
    'number',
    '升级路径的最高层级（无路径为 0）',
    'The highest level of the escalation path (0 without one)',
    (_, ctx) => ctx.topLevel,
  ],
  ladderExhausted: [
    'boolean',
    '是当前记录，且事项已在最高层级、时限已过：无更高层级可升',
    'It is the current record, and its subject is at the top level with its timebox run out: no level is left',
    (r, ctx, s) => isCurrent(r, ctx, s.index) && stateOf(r, ctx).exhausted,
  ],
});
