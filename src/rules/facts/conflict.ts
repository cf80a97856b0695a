import type { Conflict, Escalation } from '../../model/types.js';
import { toDayNumber } from '../../schedule/day.js';
import { workdaysBetweenDays } from '../../schedule/working-days.js';
import type { FactContext } from './context.js';
import { defineFacts } from './define.js';

/** The rule whose params give the timeboxes a collaboration does not set. */
export const ESCALATION_RULE_ID = 'conflict.escalate';

/** Escalations in date order (document order among the same day). */
function escalationsInOrder(k: Conflict): readonly Escalation[] {
  const list = k.escalations ?? [];
  return list
    .map((e, i) => ({ e, i, d: toDayNumber(e.on) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.e);
}

function latest(k: Conflict): Escalation | undefined {
  const list = escalationsInOrder(k);
  return list[list.length - 1];
}

function skippedLevels(k: Conflict): number[] {
  const skipped: number[] = [];
  let reached = 0;
  for (const e of escalationsInOrder(k)) {
    for (let l = reached + 1; l < e.level; l++) skipped.push(l);
    if (e.level > reached) reached = e.level;
  }
  return skipped;
}

function currentLevel(k: Conflict): number {
  return latest(k)?.level ?? 0;
}

function nextLevel(k: Conflict): number {
  return currentLevel(k) + 1;
}

function levelTimebox(k: Conflict, ctx: FactContext): number {
  return ctx.levels.get(currentLevel(k))?.timeboxDays ?? ctx.param(ESCALATION_RULE_ID, 'levelTimeboxDays');
}

/** Facts about one conflict, its negotiations and escalations. */
export const conflictFacts = defineFacts('conflict', {
  name: ['text', '冲突事由', 'What the conflict is about', (k) => k.subject],
  status: [
    'text',
    '状态（open、negotiating、escalated、resolved）',
    'Status (open, negotiating, escalated, resolved)',
    (k) => k.status,
  ],
  resolved: ['boolean', '已解决', 'The conflict is resolved', (k) => k.status === 'resolved'],
  partyNames: [
    'list',
    '冲突各方部门名称',
    'Names of the departments in conflict',
    (k, ctx) => k.parties.map((p) => ctx.departmentName(p) ?? p),
  ],
  partyCount: [
    'number',
    '冲突方部门数（partyNames 的个数）',
    'Number of departments in conflict (the size of partyNames)',
    (k) => k.parties.length,
  ],
  raisedOnDay: ['day', '提出日期', 'When it was raised', (k) => toDayNumber(k.raisedOn)],
  workdaysSinceRaised: [
    'number',
    '自提出日期至评估日期的工作日数（按协作日历）',
    'Working days from when it was raised to now (collaboration calendar)',
    (k, ctx) => workdaysBetweenDays(toDayNumber(k.raisedOn), ctx.nowDay, ctx.calendar),
  ],
  negotiationCount: [
    'number',
    '协商次数',
    'Number of negotiation rounds',
    (k) => k.negotiations?.length ?? 0,
  ],
  latestNegotiationOutcome: [
    'text',
    '最近一次协商结果（agreed、failed、pending；无则为空）',
    'Outcome of the latest negotiation (agreed, failed, pending; empty when none)',
    (k) => {
      let best: { d: number; outcome: string } | undefined;
      for (const n of k.negotiations ?? []) {
        const d = toDayNumber(n.on);
        if (best === undefined || d >= best.d) best = { d, outcome: n.outcome };
      }
      return best?.outcome ?? '';
    },
  ],
  negotiationTimeboxDays: [
    'number',
    '协商时限（工作日）：协作中的 negotiationTimeboxDays，未设置时取 conflict.escalate 规则的参数',
    'Negotiation timebox in working days: the collaboration’s negotiationTimeboxDays, else the conflict.escalate param',
    (_, ctx) => ctx.c.negotiationTimeboxDays ?? ctx.param(ESCALATION_RULE_ID, 'negotiationTimeboxDays'),
  ],
  escalationCount: ['number', '升级次数', 'Number of escalations', (k) => k.escalations?.length ?? 0],
  negotiatedBeforeEscalation: [
    'boolean',
    '首次升级当天或之前有协商记录',
    'A negotiation is recorded on or before the first escalation',
    (k) => {
      const first = escalationsInOrder(k)[0];
      if (first === undefined) return true;
      const d = toDayNumber(first.on);
      return (k.negotiations ?? []).some((n) => toDayNumber(n.on) <= d);
    },
  ],
  escalationLevels: [
    'list',
    '依时间顺序的升级层级',
    'Escalation levels in date order',
    (k) => escalationsInOrder(k).map((e) => e.level),
  ],
  skippedEscalationLevels: [
    'list',
    '被跳过的升级层级',
    'Escalation levels that were skipped',
    (k) => skippedLevels(k),
  ],
  skippedEscalationLevelCount: [
    'number',
    '被跳过的升级层级数',
    'Number of skipped escalation levels',
    (k) => skippedLevels(k).length,
  ],
  currentLevel: [
    'number',
    '当前所在升级层级（最近一次升级；未升级为 0）',
    'The current escalation level (the latest escalation; 0 when none)',
    (k) => currentLevel(k),
  ],
  topLevel: [
    'number',
    '升级路径的最高层级（无路径为 0）',
    'The highest level of the escalation path (0 without one)',
    (_, ctx) => ctx.topLevel,
  ],
  workdaysAtCurrentLevel: [
    'number',
    '自最近一次升级至评估日期的工作日数（未升级时无值）',
    'Working days from the latest escalation to now (absent when not escalated)',
    (k, ctx) => {
      const e = latest(k);
      return e === undefined ? undefined : workdaysBetweenDays(toDayNumber(e.on), ctx.nowDay, ctx.calendar);
    },
  ],
  currentLevelTimeboxDays: [
    'number',
    '当前层级的处理时限（工作日）：升级路径中该层级的 timeboxDays，未设置时取 conflict.escalate 规则的参数',
    'The current level’s timebox in working days: its timeboxDays in the escalation path, else the conflict.escalate param',
    (k, ctx) => levelTimebox(k, ctx),
  ],
  currentLevelTitle: [
    'text',
    '当前层级的职务（无则为空）',
    'The title at the current level (empty when none)',
    (k, ctx) => ctx.levels.get(currentLevel(k))?.title ?? '',
  ],
  nextEscalationLevel: [
    'number',
    '下一个升级层级（当前层级 + 1）',
    'The next escalation level (current level + 1)',
    (k) => nextLevel(k),
  ],
  nextLevelTitle: [
    'text',
    '下一层级的职务（无则为空）',
    'The title at the next level (empty when none)',
    (k, ctx) => ctx.levels.get(nextLevel(k))?.title ?? '',
  ],
});
