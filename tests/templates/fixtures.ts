import type { Locale } from '../../src/i18n/locale.js';
import type { Collaboration } from '../../src/model/types.js';
import { evaluateSync } from '../../src/rules/evaluate.js';
import type { Report } from '../../src/rules/report.js';
import { exampleInput, parsed } from '../fixtures/example.js';

/** The worked example plus one incident: the test environment failing three weeks before launch. */
export function exampleWithIncident(): Collaboration {
  const input = exampleInput();
  input.incidents = [
    {
      id: 'test-env-outage',
      description: '测试环境服务器故障，缺陷回归测试中断',
      occurredOn: '2026-11-09',
      department: 'rd',
      temporaryOwner: 'wu',
      measures: [
        '切换至备用测试环境，当天恢复回归测试',
        '每日 18:00 向组长同步修复进度',
        '暂停非阻断缺陷修复，优先回归影响上市的缺陷',
      ],
      impact: { summary: '售后培训验收推迟 2 天，上市日期不受影响', scheduleDays: 2, cost: 20000 },
      affects: ['cs-training', 'launch'],
      status: 'contained',
    },
  ];
  return parsed(input);
}

/** The worked example after its retrospective. */
export function exampleWithRetrospective(): Collaboration {
  const input = exampleInput();
  input.phase = 'closed';
  input.goal.measures[0].actuals = [
    { on: '2026-11-15', value: 1800000 },
    { on: '2026-11-30', value: 3200000, note: '财务口径' },
  ];
  input.goal.measures.push({ metric: '签约经销商', target: 40, actuals: [{ on: '2026-11-30', value: 46 }] });
  input.retrospective = {
    heldOn: '2026-12-04',
    highlights: [
      '测试版按期交付后，推广、铺货与售后培训三条线并行启动',
      '周例会纪要当天同步给全体成员，信息传递及时',
    ],
    improvements: ['供应商产能风险识别偏晚，渠道铺货一度延迟', '线上与线下预算分歧到第6周才暴露'],
    lessons: ['跨部门预算的优先级应在启动阶段就写进启动表'],
    reusablePractices: ['跨部门会议纪要模板', '部门经理 → 分管副总 → 总经理的问题升级机制'],
    recognitions: [
      { who: 'sales', for: '协调采购部加急处理，提前一周完成铺货' },
      { who: 'qian', for: '售后培训材料被采纳为客服部标准教材' },
    ],
    report: '新产品于 2026-11-30 如期上市，首月销售额目标的达成情况将在 12 月底复核。',
  };
  return parsed(input);
}

/** What `evaluate` returns for the worked example: nothing to report. */
export const EMPTY_REPORT: Report = {
  findings: [],
  actions: [],
  upcoming: [],
  summary: { error: 0, warning: 0, info: 0 },
};

/**
 * A realistic report for the worked example, built by hand (evaluate is written elsewhere): errors, warnings
 * and a note, explanations with a fact-to-fact comparison and a negated condition, and one escalation. The
 * messages are in the locale `evaluate` would have used.
 */
export function sampleReport(locale: Locale): Report {
  const zh = locale === 'zh-CN';
  return {
    findings: [
      {
        ruleId: 'conflict.escalate',
        severity: 'error',
        scope: 'conflict',
        subjectId: 'budget-priority',
        path: '/conflicts/0',
        message: zh
          ? '冲突在第 1 级已停留 4 个工作日，超过时限 3 个工作日'
          : 'The conflict has been at level 1 for 4 working days, above the limit of 3',
        explanation: [
          {
            fact: 'conflictStatus',
            operator: 'in',
            expected: ['open', 'escalated'],
            actual: 'escalated',
            result: true,
          },
          {
            fact: 'workdaysAtLevel',
            operator: 'greaterThan',
            expected: { fact: 'levelTimeboxDays' },
            actual: 4,
            valueResult: 3,
            result: true,
          },
        ],
      },
      {
        ruleId: 'milestone.overdue',
        severity: 'error',
        scope: 'milestone',
        subjectId: 'launch',
        path: '/milestones/4',
        message: zh
          ? '里程碑“产品上市”已超过完成时限 2026-11-30 共 3 天，仍未完成'
          : 'Milestone “产品上市” is 3 days past its due date 2026-11-30 and not done',
        explanation: [
          {
            fact: 'milestoneStatus',
            operator: 'notEqual',
            expected: 'done',
            actual: 'in-progress',
            result: true,
          },
          { fact: 'daysOverdue', operator: 'greaterThan', expected: 0, actual: 3, result: true },
        ],
      },
      {
        ruleId: 'team.core-member-authority',
        severity: 'warning',
        scope: 'person',
        subjectId: 'wu',
        path: '/team/core/1',
        message: zh
          ? '核心成员吴涛没有所在部门的决策权，且未注明执行职责'
          : 'Core member 吴涛 has no decision authority in their department and no execution duty',
        explanation: [
          {
            fact: 'person',
            path: '$.decisionAuthority',
            operator: 'equal',
            expected: true,
            actual: false,
            result: false,
            negated: true,
          },
          { fact: 'ownedResponsibilities', operator: 'equal', expected: 0, actual: 0, result: true },
        ],
      },
      {
        ruleId: 'team.core-size',
        severity: 'warning',
        scope: 'collaboration',
        path: '/team/core',
        message: zh
          ? '核心小组有 9 名成员，超过上限 8 名'
          : 'The core team has 9 members, above the maximum of 8',
        explanation: [
          { fact: 'coreTeamSize', operator: 'greaterThan', expected: 8, actual: 9, result: true },
        ],
      },
      {
        ruleId: 'meeting.minutes-actions',
        severity: 'info',
        scope: 'meeting',
        subjectId: 'sync-2026-11-23',
        path: '/meetings/2',
        message: zh ? '会议纪要没有行动项' : 'The minutes record no action items',
        explanation: [{ fact: 'actionCount', operator: 'equal', expected: 0, actual: 0, result: true }],
      },
    ],
    actions: [
      {
        type: 'escalate',
        ruleId: 'conflict.escalate',
        scope: 'conflict',
        subjectId: 'budget-priority',
        toLevel: 2,
        title: '分管副总',
        person: 'zhou',
        reason: zh
          ? '冲突在第 1 级已停留 4 个工作日，超过时限 3 个工作日'
          : 'The conflict has been at level 1 for 4 working days, above the limit of 3',
      },
    ],
    upcoming: [],
    summary: { error: 2, warning: 2, info: 1 },
  };
}

/**
 * The worked example keeping its registers: RACI on the responsibility table, a problem log, a decision log, the
 * minutes' recorder, distribution, next meeting and part owners, and an action of 16 November still open.
 */
export function exampleWithRegisters(): Collaboration {
  const input = exampleInput();
  const accountable = ['wang', 'li', 'zhao', 'wu'];
  input.responsibilities.forEach((r: Record<string, unknown>, i: number) => {
    r.accountable = accountable[i];
  });
  input.responsibilities[0].consulted = ['mkt'];
  input.responsibilities[0].informed = ['gm', 'cs'];
  input.responsibilities[1].consulted = ['sales'];
  input.responsibilities[1].informed = ['zhou'];
  input.responsibilities[2].consulted = ['mkt', 'cs'];
  input.problems = [
    {
      id: 'supply-capacity',
      raisedOn: '2026-10-09',
      raisedBy: 'zhao',
      description: '供应商产能不足，渠道铺货可能延迟',
      needs: '采购部协调加急排产',
      owner: 'zhao',
      status: 'resolved',
      resolvedOn: '2026-10-16',
      resolution: '采购部锁定加急产能',
    },
    {
      id: 'venue-power',
      raisedOn: '2026-11-24',
      raisedBy: 'li',
      description: '发布会场地供电不足',
      needs: '行政部协调临时电源',
      status: 'open',
    },
  ];
  input.decisions = [
    {
      id: 'online-budget',
      title: '线上推广预算分配',
      on: '2026-10-12',
      driver: 'li',
      approver: 'wang',
      contributors: ['sales', 'zhao'],
      informed: ['gm'],
      outcome: '线上推广预算暂定10万元，线下渠道投入保持原预算',
      source: { meeting: 'sync-2026-10-12' },
    },
    {
      id: 'launch-date',
      title: '上市日期确认',
      on: '2026-11-16',
      driver: 'wang',
      approver: 'zhou',
      informed: ['rd', 'mkt', 'sales', 'cs'],
      outcome: '维持 2026-11-30 上市',
      source: { escalation: 'conflict/budget-priority/2' },
    },
  ];
  Object.assign(input.meetings[0], {
    chair: 'wang',
    recorder: 'wu',
    distribution: ['rd', 'mkt', 'sales', 'cs', 'zhou'],
    nextOn: '2026-10-19',
    decisions: ['online-budget'],
  });
  input.meetings[0].progress.owner = 'wu';
  input.meetings[0].discussions[0].owner = 'li';
  Object.assign(input.meetings[0].actions[0], { id: 'supply-rush', doneOn: '2026-10-15' });
  input.meetings[1].actions[0].done = false;
  input.meetings[1].actions.push({ item: '发布会彩排', owner: 'li', due: '2026-11-27' });
  input.meetings[1].actions.push({ item: '售后话术定稿', due: '2026-11-24' });
  input.meetings[2].chair = 'wang';
  return parsed(input);
}

/**
 * The example gone wrong, for the status report: the launch re-planned from its kickoff date and still open, the
 * sales measure behind, an action left open and a conflict still being negotiated.
 */
export function exampleBehind(): Collaboration {
  const input = exampleInput();
  input.milestones[4].baselineDue = '2026-11-25';
  input.goal.measures[0].actuals = [{ on: '2026-11-20', value: 2100000 }];
  input.meetings[2].actions = [{ item: '补充直播渠道备货', owner: 'zhao', due: '2026-12-01' }];
  input.conflicts[0].status = 'negotiating';
  delete input.conflicts[0].resolvedOn;
  delete input.conflicts[0].resolution;
  return parsed(input);
}

/**
 * The worked example at 2026-11-26 with an open incident that delays the launch by 7 days, the launch escalated
 * to level 1 on 2026-11-20 (acknowledged by li, no decision yet) and the budget conflict reopened and escalated:
 * the launch is due for level 2 (zhou), the conflict's level 2 is coming up.
 */
export function exampleEscalated(): Collaboration {
  const input = exampleInput();
  input.incidents = [
    {
      id: 'outage',
      description: '渠道系统故障，订单无法同步',
      occurredOn: '2026-11-20',
      temporaryOwner: 'sun',
      measures: ['切换备用系统', '人工补录订单'],
      impact: { summary: '上市推迟一周', scheduleDays: 7, cost: 20000 },
      affects: ['launch'],
      status: 'open',
    },
  ];
  input.milestones[4].escalations = [
    {
      level: 1,
      on: '2026-11-20',
      acknowledgedOn: '2026-11-20',
      acknowledgedBy: 'li',
      decision: '加派人手补录订单',
      decidedBy: 'li',
    },
  ];
  const k = input.conflicts[0];
  k.status = 'escalated';
  delete k.resolvedOn;
  delete k.resolution;
  k.negotiations = [
    { on: '2026-10-12', facilitator: 'wang', outcome: 'agreed' },
    { on: '2026-11-16', facilitator: 'wang', outcome: 'failed', note: '线上推广追加预算再起分歧' },
  ];
  k.escalations = [{ level: 1, on: '2026-11-24', acknowledgedOn: '2026-11-24' }];
  return parsed(input);
}

/** The report of {@link exampleEscalated} at 2026-11-26. */
export function escalatedReport(locale: Locale): Report {
  return evaluateSync(exampleEscalated(), { now: '2026-11-26', locale });
}
