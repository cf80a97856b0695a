import { toDayNumber } from '../../schedule/day.js';
import { defineFacts } from './define.js';

/** Facts about one change of the scope. */
export const scopeChangeFacts = defineFacts('scope-change', {
  item: ['text', '变更的范围事项', 'The scope item changed', (x) => x.item],
  change: ['text', '变更类型（added、removed）', 'The kind of change (added, removed)', (x) => x.change],
  changeDay: ['day', '变更日期（日期）', 'The date of the change (a date)', (x) => toDayNumber(x.on)],
  agreedDay: [
    'day',
    '范围约定日期：发起日期（initiatedOn），未填写时为周期开始日（日期）',
    'When the scope was agreed: initiatedOn, else the start of the period (a date)',
    (_, ctx) => toDayNumber(ctx.c.initiatedOn ?? ctx.c.period.start),
  ],
  approved: [
    'boolean',
    '已写明批准人（approvedBy）',
    'An approver (approvedBy) is named',
    (x) => x.approvedBy !== undefined,
  ],
  approverHasAuthority: [
    'boolean',
    '批准人有决策权（decisionAuthority）',
    'The approver has decision authority (decisionAuthority)',
    (x, ctx) =>
      x.approvedBy === undefined ? false : ctx.people.get(x.approvedBy)?.decisionAuthority === true,
  ],
  approverName: [
    'text',
    '批准人姓名（无则为空）',
    'The approver’s name (empty when none)',
    (x, ctx) => (x.approvedBy === undefined ? '' : (ctx.people.get(x.approvedBy)?.name ?? x.approvedBy)),
  ],
});
