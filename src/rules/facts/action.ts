import { defineFacts } from './define.js';

/** Facts about one action item of a meeting. */
export const actionFacts = defineFacts('action', {
  name: ['text', '行动项内容', 'The action item', (a) => a.item.item],
  meetingName: ['text', '所在会议的主题', 'The topic of its meeting', (a) => a.meeting.topic],
  ownerNamed: ['boolean', '已指定负责人', 'An owner is named', (a) => a.item.owner !== undefined],
  ownerName: [
    'text',
    '负责人姓名（无则为空）',
    'The owner’s name (empty when none)',
    (a, ctx) => ctx.personName(a.item.owner) ?? '',
  ],
  dueStated: ['boolean', '已写明完成时限', 'A due date is stated', (a) => a.item.due !== undefined],
  dueDay: [
    'day',
    '解析后的完成时限（未写明时无值）',
    'The resolved due date (absent when not set)',
    (a, ctx) => ctx.dueDay(a.item.due),
  ],
  daysOverdue: [
    'number',
    '评估日期晚于时限的天数（可为负；无时限时无值）',
    'Days from the due date to now (negative before it; absent without a due date)',
    (a, ctx) => {
      const due = ctx.dueDay(a.item.due);
      return due === undefined ? undefined : ctx.nowDay - due;
    },
  ],
  done: ['boolean', '已完成', 'The action is done', (a) => a.item.done === true],
});
