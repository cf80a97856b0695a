import type { Meeting } from '../../model/types.js';
import { toDayNumber } from '../../schedule/day.js';
import type { FactContext } from './context.js';
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
  distributionStated: [
    'boolean',
    '已写明纪要分发对象（distribution）',
    'The people or departments the minutes went to are stated (distribution)',
    (m) => m.distribution !== undefined,
  ],
  undistributedCoreMembers: [
    'list',
    '纪要未送达（既未直接分发、所在部门也不在分发名单中）的核心成员姓名',
    'Core members the minutes did not reach, directly or through their department (names)',
    (m, ctx) => undistributed(m, ctx).map((id) => ctx.personName(id) ?? id),
  ],
  undistributedCoreMemberCount: [
    'number',
    '纪要未送达的核心成员数',
    'Number of core members the minutes did not reach',
    (m, ctx) => undistributed(m, ctx).length,
  ],
  absentExecutionDepartments: [
    'list',
    '没有任何人与会的执行部门名称',
    'Execution departments no attendee came from (names)',
    (m, ctx) => absentExecution(m, ctx).map((id) => ctx.departmentName(id) ?? id),
  ],
  absentExecutionDepartmentCount: [
    'number',
    '没有任何人与会的执行部门数',
    'Number of execution departments no attendee came from',
    (m, ctx) => absentExecution(m, ctx).length,
  ],
});

/** The core members (in team order) the minutes did not reach: not listed, nor their department. */
function undistributed(m: Meeting, ctx: FactContext): string[] {
  const to = new Set(m.distribution ?? []);
  return [...ctx.core].filter((id) => {
    if (to.has(id)) return false;
    const department = ctx.people.get(id)?.department;
    return department === undefined || !to.has(department);
  });
}

/** The execution departments (in document order) none of the attendees belongs to. */
function absentExecution(m: Meeting, ctx: FactContext): string[] {
  const present = new Set<string>();
  for (const id of m.attendees ?? []) {
    const department = ctx.people.get(id)?.department;
    if (department !== undefined) present.add(department);
  }
  return ctx.c.departments.filter((d) => d.role === 'execution' && !present.has(d.id)).map((d) => d.id);
}
