import {
  behindShare,
  elapsedShare,
  goalWindow,
  latestActual,
  progressOf,
} from '../../outcomes/measure-progress.js';
import { toDayNumber } from '../../schedule/day.js';
import { defineFacts } from './define.js';

/** Rounds for display: two decimals. */
const shown = (n: number): number => Math.round(n * 100) / 100;

/** Facts about one goal measure and its actuals (check-ins). */
export const measureFacts = defineFacts('measure', {
  metric: ['text', '指标名称', 'The metric’s name', (m) => m.metric],
  hasTarget: ['boolean', '指标有数值目标', 'The measure has a numeric target', (m) => m.target !== undefined],
  actualCount: [
    'number',
    '实际值（actuals）的条数',
    'Number of actuals (check-ins)',
    (m) => m.actuals?.length ?? 0,
  ],
  latestValue: [
    'number',
    '最新实际值（日期最晚的一条；无则无值）',
    'The latest actual value (the one with the latest date; absent when none)',
    (m) => latestActual(m)?.value,
  ],
  latestDay: [
    'day',
    '最新实际值的日期（日期；无则无值）',
    'The date of the latest actual (a date; absent when none)',
    (m) => {
      const a = latestActual(m);
      return a === undefined ? undefined : toDayNumber(a.on);
    },
  ],
  attainmentPercent: [
    'number',
    '达成度（从基线到目标的进度，百分比，保留整数；无目标或无实际值时无值）',
    'Attainment: progress from baseline to target, in percent, rounded (absent without a target or an actual)',
    (m) => {
      const a = latestActual(m);
      if (a === undefined || m.target === undefined) return undefined;
      return Math.round(100 * progressOf(a.value, m.baseline ?? 0, m.target, m.direction === 'decrease'));
    },
  ],
  expectedByNow: [
    'number',
    '按进度此时应达到的值（周期开始为基线、目标期限为目标，线性插值，保留两位小数）',
    'The value expected by now (baseline at the period start, target at the goal deadline, linear; two decimals)',
    (m, ctx) =>
      m.target === undefined
        ? undefined
        : shown(
            (m.baseline ?? 0) + elapsedShare(goalWindow(ctx.c), ctx.nowDay) * (m.target - (m.baseline ?? 0)),
          ),
  ],
  behindShare: [
    'number',
    '最新实际值落后于进度预期的幅度（占基线到目标距离的比例；领先为负；无目标或无实际值时无值）',
    'How far the latest actual is behind the expectation, as a share of the distance from baseline to target (negative when ahead; absent without a target or an actual)',
    (m, ctx) => behindShare(m, goalWindow(ctx.c), ctx.nowDay),
  ],
  behindPercent: [
    'number',
    '落后幅度（百分比，保留整数）',
    'How far behind, in percent, rounded',
    (m, ctx) => {
      const b = behindShare(m, goalWindow(ctx.c), ctx.nowDay);
      return b === undefined ? undefined : Math.round(100 * b);
    },
  ],
  outcomeDueDay: [
    'day',
    '结果应测得的日期：目标期限（goal.deadline），未填写时为周期结束日（日期）',
    'When the result is due: the goal deadline (goal.deadline), else the end of the period (a date)',
    (_, ctx) => goalWindow(ctx.c).deadlineDay,
  ],
  hasOutcomeActual: [
    'boolean',
    '有目标期限当天或之后的实际值',
    'An actual is dated on or after the goal deadline',
    (m, ctx) => {
      const deadline = goalWindow(ctx.c).deadlineDay;
      return (m.actuals ?? []).some((a) => toDayNumber(a.on) >= deadline);
    },
  ],
});
