import type { Milestone } from '../../model/types.js';
import { toDayNumber } from '../../schedule/day.js';
import type { FactContext } from './context.js';
import { defineFacts } from './define.js';
import { ladderFacts } from './ladder-facts.js';

/** The prerequisite due last: its position and due day (the first such in `dependsOn` order). */
function latestPrerequisite(m: Milestone, ctx: FactContext): { at: number; day: number } | undefined {
  const { index, due } = ctx.milestones;
  let best: { at: number; day: number } | undefined;
  for (const id of m.dependsOn ?? []) {
    const at = index.get(id);
    if (at === undefined) continue;
    const day = due[at]!;
    if (!Number.isNaN(day) && (best === undefined || day > best.day)) best = { at, day };
  }
  return best;
}

/** Facts about one milestone. */
export const milestoneFacts = defineFacts('milestone', {
  name: ['text', '里程碑名称', 'The milestone’s name', (m) => m.name],
  status: [
    'text',
    '状态（planned、in-progress、blocked、done）',
    'Status (planned, in-progress, blocked, done)',
    (m) => m.status,
  ],
  done: ['boolean', '已完成', 'The milestone is done', (m) => m.status === 'done'],
  dueDay: ['day', '解析后的完成时限', 'The resolved due date', (m, ctx) => ctx.dueDay(m.due)],
  daysOverdue: [
    'number',
    '评估日期晚于时限的天数（可为负）',
    'Days from the due date to now (negative before it)',
    (m, ctx) => ctx.nowDay - (ctx.dueDay(m.due) ?? Number.NaN),
  ],
  hasBaselineDue: [
    'boolean',
    '写明了启动时约定的时限（baselineDue）',
    'The due date agreed at kickoff (baselineDue) is given',
    (m) => m.baselineDue !== undefined,
  ],
  baselineDueDay: [
    'day',
    '启动时约定的时限（日期；未写明时无值）',
    'The due date agreed at kickoff (a date; absent when not given)',
    (m, ctx) => (m.baselineDue === undefined ? undefined : ctx.dueDay(m.baselineDue)),
  ],
  dueDriftDays: [
    'number',
    '当前时限晚于约定时限的天数（提前为负；未写明约定时限时无值）',
    'Days the due date is later than the one agreed at kickoff (negative when earlier; absent without baselineDue)',
    (m, ctx) =>
      m.baselineDue === undefined
        ? undefined
        : (ctx.dueDay(m.due) ?? Number.NaN) - (ctx.dueDay(m.baselineDue) ?? Number.NaN),
  ],
  prerequisiteCount: ['number', '前置里程碑数', 'Number of prerequisites', (m) => m.dependsOn?.length ?? 0],
  latestPrerequisiteDueDay: [
    'day',
    '前置里程碑中最晚的完成时限（无前置时无值）',
    'The latest due date among the prerequisites (absent without prerequisites)',
    (m, ctx) => latestPrerequisite(m, ctx)?.day,
  ],
  latestPrerequisiteName: [
    'text',
    '时限最晚的前置里程碑名称（无则为空）',
    'The name of the prerequisite due last (empty when none)',
    (m, ctx) => {
      const p = latestPrerequisite(m, ctx);
      return p === undefined ? '' : ctx.c.milestones[p.at]!.name;
    },
  ],
  cycleAffected: [
    'boolean',
    '处于依赖循环上或依赖于循环（其顺序与预测无定义）',
    'On a dependency cycle or depending on one (its order and forecast are undefined)',
    (_, ctx, s) => ctx.milestones.scheduled[s.index] === undefined,
  ],
  critical: [
    'boolean',
    '位于关键路径上（总浮动 ≤ 0）',
    'On the critical path (total float ≤ 0)',
    (_, ctx, s) => ctx.milestones.scheduled[s.index]?.critical ?? false,
  ],
  totalFloatDays: [
    'number',
    '总浮动天数（关键路径法）',
    'Total float in days (critical path method)',
    (_, ctx, s) => ctx.milestones.scheduled[s.index]?.totalFloat,
  ],
  forecastDay: [
    'day',
    '预测完成日期',
    'The forecast finish',
    (_, ctx, s) => {
      const f = ctx.milestones.forecast[s.index];
      return f === undefined ? undefined : toDayNumber(f.forecastFinish);
    },
  ],
  slipDays: [
    'number',
    '预测延误天数（预测完成 − 时限）',
    'Forecast slip in days (forecast finish − due date)',
    (_, ctx, s) => ctx.milestones.forecast[s.index]?.slipDays,
  ],
  slipBeyondFloat: [
    'number',
    '预测延误超出总浮动的天数（延误 − 总浮动）',
    'Days the forecast slip exceeds the total float (slip − float)',
    (_, ctx, s) => {
      const f = ctx.milestones.forecast[s.index];
      const planned = ctx.milestones.scheduled[s.index];
      return f === undefined || planned === undefined ? undefined : f.slipDays - planned.totalFloat;
    },
  ],
  incidentDelayDays: [
    'number',
    '未关闭突发事件使预测完成推迟的天数（impact.scheduleDays 之和）',
    'Days open incidents push the forecast finish back (their impact.scheduleDays summed)',
    (_, ctx, s) => ctx.milestones.forecast[s.index]?.incidentDelayDays ?? 0,
  ],
  ...ladderFacts('milestone'),
});
