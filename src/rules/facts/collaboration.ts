import type { CadenceKind } from '../../model/communication.js';
import type { Collaboration } from '../../model/types.js';
import { fromDayNumber, toDayNumber } from '../../schedule/day.js';
import { resolveDue } from '../../schedule/due.js';
import { stated } from './context.js';
import { defineFacts } from './define.js';
import { statementFactsOf } from './statement.js';

const REGULAR: readonly CadenceKind[] = ['weekly', 'biweekly', 'monthly'];

/** The shortest regular cadence of the plan, if any. */
function shortestCadence(kinds: readonly CadenceKind[]): CadenceKind | undefined {
  return REGULAR.find((k) => kinds.includes(k));
}

/**
 * Facts about the whole collaboration. They are available to rules of every scope.
 */
export const collaborationFacts = defineFacts('collaboration', {
  collaborationName: [
    'text',
    '协作名称（协作范围的消息中也可写 {name}）',
    'The collaboration’s name (a collaboration-scope message may also write {name})',
    (c) => c.name,
  ],
  scenario: [
    'text',
    '协作场景（project、problem-solving、resource-integration、strategy）',
    'The scenario (project, problem-solving, resource-integration, strategy)',
    (c) => c.scenario,
  ],
  nowDay: ['day', '评估日期', 'The evaluation date', (_, ctx) => ctx.nowDay],
  periodStartDay: ['day', '协作周期开始日期', 'Start of the period', (_, ctx) => ctx.periodStartDay],
  periodEndDay: ['day', '协作周期结束日期', 'End of the period', (_, ctx) => ctx.periodEndDay],
  phase: [
    'text',
    '当前阶段（未填写时按评估日期与周期推算）',
    'The current phase (derived from the period when not set)',
    (_, ctx) => ctx.phase,
  ],
  initiatingDepartmentStated: [
    'boolean',
    '已写明发起部门（initiatingDepartment）',
    'The initiating department is stated (initiatingDepartment)',
    (c) => c.initiatingDepartment !== undefined,
  ],
  initiatingDepartmentName: [
    'text',
    '发起部门名称（无则为空）',
    'The initiating department’s name (empty when none)',
    (c, ctx) => ctx.departmentName(c.initiatingDepartment) ?? '',
  ],
  initiatedOnStated: [
    'boolean',
    '已写明发起日期（initiatedOn）',
    'The date it was initiated is stated (initiatedOn)',
    (c) => c.initiatedOn !== undefined,
  ],
  leaderFromInitiatingDepartment: [
    'boolean',
    '组长来自发起部门',
    'The team leader belongs to the initiating department',
    (c, ctx) =>
      c.team?.leader !== undefined && ctx.people.get(c.team.leader)?.department === c.initiatingDepartment,
  ],
  leaderDepartmentName: [
    'text',
    '组长所在部门名称（无则为空）',
    'The name of the team leader’s department (empty when none)',
    (c, ctx) => ctx.departmentName(ctx.people.get(c.team?.leader ?? '')?.department) ?? '',
  ],
  usesRaci: [
    'boolean',
    '职责表使用 RACI（至少一行写明了批准人 accountable）',
    'The responsibility table uses RACI (some row names an accountable person)',
    (c) => c.responsibilities.some((r) => r.accountable !== undefined),
  ],
  departmentCount: ['number', '参与部门数', 'Number of departments taking part', (c) => c.departments.length],
  peopleCount: ['number', '参与人员数', 'Number of people taking part', (c) => c.people.length],
  coreTeamSize: [
    'number',
    '核心成员人数（去重）',
    'Number of core team members (distinct)',
    (_, ctx) => ctx.core.size,
  ],
  goalSpecificStated: [
    'boolean',
    '目标的具体描述（goal.specific）已填写且非空白',
    'goal.specific is present and not blank',
    (c) => stated(c.goal?.specific),
  ],
  goalMeasureCount: [
    'number',
    '目标衡量指标（goal.measures）的个数',
    'Number of goal measures (goal.measures)',
    (c) => c.goal?.measures?.length ?? 0,
  ],
  goalMeasureTargetCount: [
    'number',
    '带数值目标（target）的衡量指标数',
    'Number of goal measures with a numeric target',
    (c) => (c.goal?.measures ?? []).filter((m) => typeof m.target === 'number').length,
  ],
  goalAchievableStated: [
    'boolean',
    '目标可实现性说明（goal.achievable）已填写且非空白',
    'goal.achievable is present and not blank',
    (c) => stated(c.goal?.achievable),
  ],
  goalRelevantStated: [
    'boolean',
    '目标相关性说明（goal.relevant）已填写且非空白',
    'goal.relevant is present and not blank',
    (c) => stated(c.goal?.relevant),
  ],
  goalDeadlineStated: [
    'boolean',
    '目标截止日期已填写',
    'goal.deadline is present',
    (c) => c.goal?.deadline !== undefined,
  ],
  goalDeadlineDay: [
    'day',
    '目标截止日期（未填写时无值）',
    'The goal deadline (absent when not set)',
    (c) => (c.goal?.deadline === undefined ? undefined : toDayNumber(c.goal.deadline)),
  ],
  statementQuantityCount: [
    'number',
    '目标陈述（goal.statement）中有明确衡量对象的数量个数（如「首月销售额达500万元」；没有衡量对象的数字不计）',
    'Number of quantities tied to a metric in goal.statement ("first-month sales of 5 million yuan"; bare numbers do not count)',
    (_, ctx) => statementFactsOf(ctx).statementQuantityCount,
  ],
  statementHasDeadline: [
    'boolean',
    '目标陈述中写明了截止时间或期限（如「3个月内」「2026年3月31日前」「by July 2027」）',
    'goal.statement states a deadline or time window ("within three months", "by July 2027")',
    (_, ctx) => statementFactsOf(ctx).statementHasDeadline,
  ],
  statementDeadlineDay: [
    'day',
    '目标陈述中的截止日期（相对期限从协作周期开始日推算，工作日按协作日历计，无法确定日期时为空）',
    'The deadline goal.statement resolves to, relative ones counted from the period start and working days on the calendar (absent when none)',
    (_, ctx) => {
      const date = statementFactsOf(ctx).statementDeadline;
      return date === undefined ? undefined : toDayNumber(date);
    },
  ],
  statementDeadlineInPeriod: [
    'boolean',
    '目标陈述中的截止日期在协作周期内（无法确定日期时为空）',
    'The deadline goal.statement resolves to falls inside the period (absent when it resolves to no date)',
    (_, ctx) => statementFactsOf(ctx).statementDeadlineInPeriod,
  ],
  statementVagueTerms: [
    'list',
    '目标陈述中未量化的模糊用语（如「提升」「尽快」「最好」「improve」）',
    'The vague terms in goal.statement left unquantified ("improve", "as soon as possible", 最好)',
    (_, ctx) => [...statementFactsOf(ctx).statementVagueTerms],
  ],
  statementVagueTermCount: [
    'number',
    '目标陈述中未量化的模糊用语个数（statementVagueTerms 的个数）',
    'Number of vague terms in goal.statement (the size of statementVagueTerms)',
    (_, ctx) => statementFactsOf(ctx).statementVagueTerms.length,
  ],
  scopeIncludedCount: [
    'number',
    '范围内事项数（scope.included）',
    'Number of items in scope.included',
    (c) => c.scope?.included?.length ?? 0,
  ],
  scopeExcludedStated: [
    'boolean',
    '已写明范围外事项（scope.excluded，空列表也算写明）',
    'scope.excluded is stated (an explicit empty list counts)',
    (c) => c.scope?.excluded !== undefined,
  ],
  decisionDepartmentCount: [
    'number',
    '决策角色的部门数',
    'Number of departments with the decision role',
    (c) => c.departments.filter((d) => d.role === 'decision').length,
  ],
  executionDepartmentCount: [
    'number',
    '执行角色的部门数',
    'Number of departments with the execution role',
    (c) => c.departments.filter((d) => d.role === 'execution').length,
  ],
  supportDepartmentCount: [
    'number',
    '支持角色的部门数',
    'Number of departments with the support role',
    (c) => c.departments.filter((d) => d.role === 'support').length,
  ],
  leaderNamed: ['boolean', '已指定组长', 'A team leader is named', (c) => c.team?.leader !== undefined],
  leaderName: [
    'text',
    '组长姓名',
    'The team leader’s name',
    (c, ctx) => ctx.personName(c.team?.leader) ?? '',
  ],
  leaderInCore: [
    'boolean',
    '组长属于核心成员',
    'The team leader is a core team member',
    (c, ctx) => c.team?.leader !== undefined && ctx.core.has(c.team.leader),
  ],
  leaderAuthority: [
    'list',
    '组长被授予的权限（coordinate、allocate-resources、decide-conflicts）',
    'The leader’s authority (coordinate, allocate-resources, decide-conflicts)',
    (c) => [...(c.team?.leaderAuthority ?? [])],
  ],
  leaderAuthorityCount: [
    'number',
    '组长被授予的权限个数（leaderAuthority 的个数）',
    'Number of authorities granted to the leader (the size of leaderAuthority)',
    (c) => c.team?.leaderAuthority?.length ?? 0,
  ],
  cadenceKinds: [
    'list',
    '沟通节奏种类（weekly、biweekly、monthly、ad-hoc）',
    'Cadence kinds of the communication plan',
    (c) => (c.communication?.cadences ?? []).map((k) => k.kind),
  ],
  cadenceKindCount: [
    'number',
    '沟通节奏个数（cadenceKinds 的个数）',
    'Number of cadences of the communication plan (the size of cadenceKinds)',
    (c) => c.communication?.cadences?.length ?? 0,
  ],
  channelCount: [
    'number',
    '沟通形式数',
    'Number of communication channels',
    (c) => c.communication?.channels?.length ?? 0,
  ],
  communicationContents: [
    'list',
    '沟通内容（progress、issues、decisions）',
    'What the communication covers (progress, issues, decisions)',
    (c) => [...(c.communication?.contents ?? [])],
  ],
  communicationContentCount: [
    'number',
    '沟通内容项数（communicationContents 的个数）',
    'Number of things the communication covers (the size of communicationContents)',
    (c) => c.communication?.contents?.length ?? 0,
  ],
  decisionMechanism: [
    'text',
    '决策机制（leader-decides、department-vote、superior-approval；未写明时为空）',
    'The decision mechanism (leader-decides, department-vote, superior-approval; empty when not stated)',
    (c) => c.decisionMechanism ?? '',
  ],
  decisionMechanismStated: [
    'boolean',
    '已写明决策机制',
    'A decision mechanism is stated',
    (c) => c.decisionMechanism !== undefined,
  ],
  escalationLevelCount: [
    'number',
    '升级路径的层级数',
    'Number of levels of the escalation path',
    (_, ctx) => ctx.levels.size,
  ],
  riskCount: ['number', '已登记风险数', 'Number of registered risks', (c) => c.risks.length],
  milestoneCount: ['number', '里程碑数', 'Number of milestones', (c) => c.milestones.length],
  openConflictCount: [
    'number',
    '未解决的冲突数',
    'Number of unresolved conflicts',
    (c) => c.conflicts.filter((k) => k.status !== 'resolved').length,
  ],
  hasRegularCadence: [
    'boolean',
    '沟通计划含固定节奏（每周、每两周或每月）',
    'The plan has a regular cadence (weekly, biweekly or monthly)',
    (c) => shortestCadence((c.communication?.cadences ?? []).map((k) => k.kind)) !== undefined,
  ],
  regularCadence: [
    'text',
    '最短的固定节奏（weekly、biweekly、monthly；无则为空）',
    'The shortest regular cadence (weekly, biweekly, monthly; empty when none)',
    (c) => shortestCadence((c.communication?.cadences ?? []).map((k) => k.kind)) ?? '',
  ],
  lastSyncDay: [
    'day',
    '评估日期当天或之前最近一次进度同步会的日期（无则为周期开始日期）',
    'The last progress sync held on or before now (else the period start)',
    (c, ctx) => lastSyncDay(c.meetings, ctx.nowDay, ctx.periodStartDay),
  ],
  nextSyncDueDay: [
    'day',
    '按最短固定节奏，下一次进度同步会最晚应召开的日期（无固定节奏时无值）',
    'When the next progress sync is due under the shortest regular cadence (absent without one)',
    (c, ctx) => nextSyncDueDay(c, ctx.nowDay, ctx.periodStartDay),
  ],
  daysPastSyncDue: [
    'number',
    '评估日期超过下一次进度同步应召开日期的天数（可为负）',
    'Days from when the next progress sync was due to now (negative when not yet due)',
    (c, ctx) => {
      const due = nextSyncDueDay(c, ctx.nowDay, ctx.periodStartDay);
      return due === undefined ? undefined : ctx.nowDay - due;
    },
  ],
  daysAfterPeriodEnd: [
    'number',
    '评估日期晚于周期结束日期的天数（可为负）',
    'Days from the end of the period to now (negative before it)',
    (_, ctx) => ctx.nowDay - ctx.periodEndDay,
  ],
  retrospectiveHeld: [
    'boolean',
    '已记录复盘',
    'A retrospective is recorded',
    (c) => c.retrospective !== undefined,
  ],
  retroHighlightCount: [
    'number',
    '复盘亮点数',
    'Number of retrospective highlights',
    (c) => c.retrospective?.highlights?.length ?? 0,
  ],
  retroImprovementCount: [
    'number',
    '复盘待改进问题数',
    'Number of retrospective improvements',
    (c) => c.retrospective?.improvements?.length ?? 0,
  ],
  retroLessonCount: [
    'number',
    '复盘经验教训数',
    'Number of retrospective lessons',
    (c) => c.retrospective?.lessons?.length ?? 0,
  ],
  retroPracticeCount: [
    'number',
    '复盘沉淀的可复用做法数',
    'Number of reusable practices recorded',
    (c) => c.retrospective?.reusablePractices?.length ?? 0,
  ],
  retroRecognitionCount: [
    'number',
    '复盘表彰数',
    'Number of recognitions recorded',
    (c) => c.retrospective?.recognitions?.length ?? 0,
  ],
  dependencyCycle: [
    'list',
    '里程碑依赖中的一个循环（里程碑编号，前置在前；无循环为空列表）',
    'One cycle in the milestone dependencies (ids, prerequisites first; empty when none)',
    (_, ctx) => [...(ctx.milestones.schedule.cycle ?? [])],
  ],
  dependencyCycleLength: [
    'number',
    '该依赖循环包含的里程碑数（无循环为 0）',
    'Number of milestones on that cycle (0 when none)',
    (_, ctx) => ctx.milestones.schedule.cycle?.length ?? 0,
  ],
  dependencyCycleStart: [
    'number',
    '该依赖循环第一个里程碑在列表中的位置（从 0 起；无循环为 -1）',
    'Position in the milestone list of the cycle’s first milestone (from 0; -1 when none)',
    (_, ctx) => {
      const first = ctx.milestones.schedule.cycle?.[0];
      return first === undefined ? -1 : (ctx.milestones.index.get(first) ?? -1);
    },
  ],
});

function lastSyncDay(meetings: Collaboration['meetings'], nowDay: number, startDay: number): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const m of meetings) {
    if (m.kind !== 'progress-sync') continue;
    const d = toDayNumber(m.heldOn);
    if (d <= nowDay && d > last) last = d;
  }
  return Number.isFinite(last) ? last : startDay;
}

function nextSyncDueDay(c: Collaboration, nowDay: number, startDay: number): number | undefined {
  const kind = shortestCadence((c.communication?.cadences ?? []).map((k) => k.kind));
  if (kind === undefined) return undefined;
  const last = lastSyncDay(c.meetings, nowDay, startDay);
  if (kind === 'weekly') return last + 7;
  if (kind === 'biweekly') return last + 14;
  // One calendar month later: month 2 of a period starting on the last sync starts there.
  return toDayNumber(resolveDue({ month: 2, part: 'start' }, { start: fromDayNumber(last) }));
}
