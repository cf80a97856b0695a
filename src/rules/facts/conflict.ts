import type { Conflict, Escalation, Person } from '../../model/types.js';
import { toDayNumber } from '../../schedule/day.js';
import { workdaysBetweenDays } from '../../schedule/working-days.js';
import { defineFacts } from './define.js';
import { LADDER_RULES } from './ladder.js';
import { ladderFacts } from './ladder-facts.js';

/** Escalations in date order (document order among the same day). */
function escalationsInOrder(k: Conflict): readonly Escalation[] {
  const list = k.escalations ?? [];
  return list
    .map((e, i) => ({ e, i, d: toDayNumber(e.on) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.e);
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

/** The first negotiation (by date, document order on the same day) and its facilitator, if any. */
function firstFacilitator(k: Conflict, people: ReadonlyMap<string, Person>): Person | undefined {
  let first: { day: number; facilitator: string | undefined } | undefined;
  for (const n of k.negotiations ?? []) {
    const day = toDayNumber(n.on);
    if (first === undefined || day < first.day) first = { day, facilitator: n.facilitator };
  }
  return first?.facilitator === undefined ? undefined : people.get(first.facilitator);
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
    (_, ctx) => ctx.c.negotiationTimeboxDays ?? ctx.param(LADDER_RULES.conflict, 'negotiationTimeboxDays'),
  ],
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
  firstFacilitatorName: [
    'text',
    '首次协商主持人的姓名（无则为空）',
    'The name of who facilitated the first negotiation (empty when none)',
    (k, ctx) => firstFacilitator(k, ctx.people)?.name ?? '',
  ],
  firstFacilitatorDepartmentName: [
    'text',
    '首次协商主持人所属部门名称（无则为空）',
    'The department of who facilitated the first negotiation (empty when none)',
    (k, ctx) => ctx.departmentName(firstFacilitator(k, ctx.people)?.department) ?? '',
  ],
  firstFacilitatorIsParty: [
    'boolean',
    '首次协商由冲突一方的人员主持',
    'The first negotiation was facilitated by someone of one of the parties',
    (k, ctx) => {
      const person = firstFacilitator(k, ctx.people);
      return person !== undefined && k.parties.includes(person.department);
    },
  ],
  ...ladderFacts('conflict'),
});
