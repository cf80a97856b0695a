import { isActionDone, meetingDays, meetingsBetween } from '../../registers/carried.js';
import { toDayNumber } from '../../schedule/day.js';
import type { FactContext } from './context.js';
import { defineFacts } from './define.js';

// The sorted meeting days, once per evaluation: every action's carriedOver is then O(log n).
const DAYS = new WeakMap<FactContext, Float64Array>();
function daysOf(ctx: FactContext): Float64Array {
  let days = DAYS.get(ctx);
  if (days === undefined) {
    days = meetingDays(ctx.c);
    DAYS.set(ctx, days);
  }
  return days;
}

/** Facts about one action item of a meeting. */
export const actionFacts = defineFacts('action', {
  name: ['text', '行动项内容', 'The action item', (a) => a.item.item],
  meetingName: ['text', '所在会议的主题', 'The topic of its meeting', (a) => a.meeting.topic],
  raisedOnDay: [
    'day',
    '提出它的会议的日期（日期）',
    'When the meeting that raised it was held (a date)',
    (a) => toDayNumber(a.meeting.heldOn),
  ],
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
  done: [
    'boolean',
    '已完成（done 为 true，或未写 done 而完成日期 doneOn 不晚于评估日期）',
    'The action is done (done is true, or done is not set and doneOn is on or before now)',
    (a, ctx) => isActionDone(a.item, ctx.nowDay),
  ],
  carriedOver: [
    'number',
    '提出它的会议之后、评估日期之前（含）又召开的会议次数',
    'Meetings held after the one that raised it, up to now',
    (a, ctx) => meetingsBetween(daysOf(ctx), toDayNumber(a.meeting.heldOn), ctx.nowDay),
  ],
});
