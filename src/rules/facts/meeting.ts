import { toDayNumber } from '../../schedule/day.js';
import { defineFacts } from './define.js';

/** Facts about one meeting and its minutes. */
export const meetingFacts = defineFacts('meeting', {
  name: ['text', '会议主题', 'The meeting’s topic', (m) => m.topic],
  kind: [
    'text',
    '会议类型（progress-sync、review、decision、ad-hoc、retrospective）',
    'Meeting kind (progress-sync, review, decision, ad-hoc, retrospective)',
    (m) => m.kind,
  ],
  heldOnDay: ['day', '召开日期', 'When it was held', (m) => toDayNumber(m.heldOn)],
  attendeeCount: ['number', '与会人数', 'Number of attendees', (m) => m.attendees?.length ?? 0],
  doneItemCount: ['number', '已完成事项数', 'Number of done items', (m) => m.progress?.done?.length ?? 0],
  undoneItemCount: [
    'number',
    '未完成事项数',
    'Number of undone items',
    (m) => m.progress?.undone?.length ?? 0,
  ],
  actionCount: ['number', '行动项数', 'Number of action items', (m) => m.actions?.length ?? 0],
});
