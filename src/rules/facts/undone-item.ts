import { stated } from './context.js';
import { defineFacts } from './define.js';

/** Facts about one undone item of a progress sync. */
export const undoneItemFacts = defineFacts('undone-item', {
  name: ['text', '未完成事项', 'The undone item', (u) => u.item.item],
  departmentName: [
    'text',
    '所属部门名称',
    'The name of its department',
    (u, ctx) => ctx.departmentName(u.item.department) ?? '',
  ],
  meetingName: ['text', '所在会议的主题', 'The topic of its meeting', (u) => u.meeting.topic],
  reasonStated: [
    'boolean',
    '已写明未完成原因（非空白）',
    'A reason is stated (not blank)',
    (u) => stated(u.item.reason),
  ],
  needsStated: [
    'boolean',
    '已写明所需支持（非空白）',
    'The support needed is stated (not blank)',
    (u) => stated(u.item.needs),
  ],
});
