import { toDayNumber } from '../../schedule/day.js';
import { workdaysBetweenDays } from '../../schedule/working-days.js';
import { stated } from './context.js';
import { defineFacts } from './define.js';

/** Facts about one problem of the problem log. */
export const problemFacts = defineFacts('problem', {
  name: ['text', '问题描述', 'The problem’s description', (p) => p.description],
  status: [
    'text',
    '状态（open、in-progress、resolved）',
    'Status (open, in-progress, resolved)',
    (p) => p.status,
  ],
  open: [
    'boolean',
    '尚未解决（状态为 open 或 in-progress）',
    'Not resolved yet (status open or in-progress)',
    (p) => p.status !== 'resolved',
  ],
  raisedOnDay: ['day', '提出日期（日期）', 'When it was raised (a date)', (p) => toDayNumber(p.raisedOn)],
  raisedByName: [
    'text',
    '提出人姓名',
    'The name of who raised it',
    (p, ctx) => ctx.personName(p.raisedBy) ?? '',
  ],
  workdaysSinceRaised: [
    'day',
    '自提出日期到评估日期的工作日数（按协作日历）',
    'Working days from when it was raised to now (on the collaboration’s calendar)',
    (p, ctx) => workdaysBetweenDays(toDayNumber(p.raisedOn), ctx.nowDay, ctx.calendar),
  ],
  ownerNamed: ['boolean', '已指定负责人', 'An owner is named', (p) => p.owner !== undefined],
  ownerName: [
    'text',
    '负责人姓名（无则为空）',
    'The owner’s name (empty when none)',
    (p, ctx) => ctx.personName(p.owner) ?? '',
  ],
  needsStated: [
    'boolean',
    '已写明所需资源或支持',
    'The resources it needs are stated',
    (p) => stated(p.needs),
  ],
  conflictLinked: [
    'boolean',
    '已关联到冲突（按冲突流程升级）',
    'It is linked to a conflict (so it climbs the escalation path)',
    (p) => p.conflict !== undefined,
  ],
});
