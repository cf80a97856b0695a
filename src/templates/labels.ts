import type { Locale } from '../i18n/locale.js';
import type {
  CadenceKind,
  Channel,
  CommunicationContent,
  DecisionMechanism,
} from '../model/communication.js';
import type { IncidentStatus } from '../model/incident.js';
import type { MonthPart } from '../model/primitives.js';
import type { RuleScope, Severity } from '../rules/report.js';

/**
 * What a field of a findings report must be, for the `invalid_report` messages.
 *
 * @example
 * ```ts
 * const kind: ReportValueKind = 'severity';
 * ```
 */
export type ReportValueKind = 'object' | 'list' | 'text' | 'number' | 'boolean' | 'severity';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const zhCN = {
  /** Headers of the two-column field tables (Markdown needs a header row). */
  fieldHeader: ['栏目', '内容'] as const,
  none: '无',
  /** Shown in place of an absent value inside a sentence (explanations). */
  absent: '（无）',
  period: (start: string, end: string) => `${start} 至 ${end}`,
  person: (name: string, title: string | undefined) => (title ? `${name}（${title}）` : name),
  /** A value with a parenthetical: `第1个月末（2026-09-30）`, `3楼会议室（线下）`. */
  aside: (main: string, note: string) => `${main}（${note}）`,
  monthPart: (month: number, part: MonthPart) =>
    `第${month}个月${({ start: '初', mid: '中', end: '末' } satisfies Record<MonthPart, string>)[part]}`,
  dayOfPeriod: (days: number) => `第${days}天`,
  workingDays: (n: number) => `${n}个工作日`,
  listSeparator: '；',
  labelled: (label: string, value: string) => `${label}：${value}`,
  /** A filling hint after the tick boxes of a blank form. */
  tickHint: '（根据实际情况勾选）',

  projectName: '项目/任务名称',
  initiatingDepartment: '发起部门',
  initiatedOn: '发起日期',
  goal: '协作目标（SMART原则）',
  collaborationPeriod: '协作周期',
  leader: '组长',
  department: '部门',
  owner: '负责人',
  due: '完成时限',

  smart: {
    specific: '具体',
    measurable: '可衡量',
    achievable: '可实现',
    relevant: '相关性',
    timeBound: '时限',
    baseline: (value: string) => `（基线：${value}）`,
  },

  cadence: {
    weekly: '周例会',
    biweekly: '双周会',
    monthly: '月度会',
    'ad-hoc': '临时会议',
  } satisfies Record<CadenceKind, string>,
  channel: {
    'in-person': '线下',
    online: '线上',
    'shared-docs': '文档协同',
  } satisfies Record<Channel, string>,
  channelOption: {
    'in-person': '线下',
    online: '线上',
    'shared-docs': '文档协同（如飞书/钉钉文档）',
  } satisfies Record<Channel, string>,
  content: {
    progress: '进度同步',
    issues: '问题反馈',
    decisions: '决策事项',
  } satisfies Record<CommunicationContent, string>,
  decision: {
    'leader-decides': '组长决策',
    'department-vote': '部门投票',
    'superior-approval': '共同上级审批',
  } satisfies Record<DecisionMechanism, string>,
  incidentStatus: {
    open: '处理中',
    contained: '已控制',
    closed: '已关闭',
  } satisfies Record<IncidentStatus, string>,

  kickoff: {
    title: '跨部门协作启动表',
    participants: '参与部门及职责',
    participantColumns: ['部门名称', '负责人', '核心职责', '输出物', '完成时限'] as const,
    communication: '沟通机制',
    frequency: '沟通频率',
    form: '沟通形式',
    decision: '决策机制',
    risks: '风险预判与应对',
    riskColumns: ['潜在风险', '应对措施', '责任部门'] as const,
  },

  minutes: {
    title: '跨部门会议纪要',
    topic: '会议主题',
    time: '会议时间',
    place: '会议地点/形式',
    attendees: '参会部门及人员',
    attendeeColumns: ['部门', '姓名', '职务'] as const,
    agenda: '会议议程与内容',
    agendaItem: (n: number, name: string, lead: string | undefined) =>
      `议程${n}：${name}${lead === undefined ? '' : `（负责人：${lead}）`}`,
    /** Room to write the agenda item's lead on a blank form (ideographic spaces). */
    blankLead: '\u3000\u3000\u3000\u3000\u3000',
    progress: '进度同步',
    done: '已完成事项',
    doneColumns: ['部门', '事项'] as const,
    undone: '未完成事项及原因',
    undoneColumns: ['部门', '事项', '原因'] as const,
    needs: '需支持资源',
    needsColumns: ['部门', '事项', '需支持资源'] as const,
    discussion: '问题讨论',
    discussionColumns: ['争议点', '各方观点', '结论'] as const,
    actions: '行动项',
    actionColumns: ['事项', '负责人', '完成时限'] as const,
  },

  responsibilities: {
    title: '跨部门协作分工表',
    columns: ['部门', '负责人', '具体职责', '任务输出物', '完成时限'] as const,
  },

  communicationPlan: {
    title: '跨部门沟通计划',
    cadences: '沟通频率',
    cadenceColumns: ['会议', '沟通目的'] as const,
    forms: '沟通形式',
    contents: '沟通内容',
    decision: '决策机制',
    liaisons: '日常对接人',
    liaisonColumns: ['部门', '对接人'] as const,
    conflict: '冲突协商与问题升级',
    negotiation: '组长协商时限',
    escalationPath: '升级路径',
    escalationColumns: ['层级', '职务', '人员', '处理时限'] as const,
    level: (n: number) => `第${n}级`,
    arrow: ' → ',
  },

  emergencyPlan: {
    title: '应急预案',
    incident: '突发事件',
    occurredOn: '发生日期',
    department: '涉及部门',
    temporaryOwner: '临时负责人',
    status: '处理状态',
    measures: '应对措施',
    measureColumns: ['序号', '措施'] as const,
    impact: '影响评估',
    impactSummary: '影响概述',
    scheduleImpact: '进度影响',
    scheduleDays: (n: number) => `延期${n}天`,
    costImpact: '成本影响',
    affected: '受影响的里程碑',
    affectedColumns: ['里程碑', '负责部门', '完成时限'] as const,
  },

  retrospective: {
    title: '跨部门协作复盘报告',
    heldOn: '复盘日期',
    highlights: '协作亮点',
    improvements: '待改进问题',
    lessons: '经验教训',
    reusablePractices: '可复用的协作流程',
    recognitions: '表彰与认可',
    recognitionColumns: ['部门/个人', '表彰事由'] as const,
    report: '复盘总结',
  },

  findings: {
    title: '协作检查报告',
    summary: '检查结果',
    counts: (error: number, warning: number, info: number) =>
      `错误 ${error} 项，警告 ${warning} 项，提示 ${info} 项`,
    severity: {
      error: '错误',
      warning: '警告',
      info: '提示',
    } satisfies Record<Severity, string>,
    group: (severity: string, n: number) => `${severity}（${n}）`,
    columns: ['规则', '对象', '位置', '说明', '判定依据'] as const,
    noFindings: '未发现问题。',
    escalations: '升级事项',
    escalationColumns: ['对象', '升级至', '通知人员', '原因', '规则'] as const,
    noEscalations: '无需升级。',
    scope: {
      collaboration: '协作',
      department: '部门',
      person: '人员',
      responsibility: '分工',
      milestone: '里程碑',
      risk: '风险',
      meeting: '会议',
      'undone-item': '未完成事项',
      action: '行动项',
      conflict: '冲突',
      incident: '突发事件',
    } satisfies Record<RuleScope, string>,
    subject: (scope: string, name: string) => `${scope}：${name}`,
    level: (n: number, title: string | undefined) => `第${n}级${title ? `：${title}` : ''}`,
    condition: (text: string, actual: string, met: boolean) =>
      `${text}：实际为 ${actual}（${met ? '成立' : '不成立'}）`,
    negated: (text: string) => `非（${text}）`,
    factValue: (fact: string, value: string) => `${fact}（= ${value}）`,
    operators: {
      equal: '=',
      notEqual: '≠',
      lessThan: '<',
      lessThanInclusive: '≤',
      greaterThan: '>',
      greaterThanInclusive: '≥',
      in: '属于',
      notIn: '不属于',
      contains: '包含',
      doesNotContain: '不包含',
    } as Readonly<Record<string, string>>,
  },

  errors: {
    invalid_options: () => '渲染选项应为对象：{ locale, format, meeting?, incident?, report? }',
    unknown_template: (value: string, options: string) => `未知的模板 "${value}"，可选：${options}`,
    invalid_locale: (value: string) => `不支持的语言 "${value}"，可选：zh-CN、en`,
    invalid_format: (value: string) => `不支持的输出格式 "${value}"，可选：markdown、html`,
    invalid_collaboration: () => '协作数据应为解析后的协作对象，或为 null（空白表单）',
    missing_meeting: () => '模板 minutes 需要在 meeting 中指定会议编号',
    unknown_meeting: (value: string, known: string) =>
      `会议 "${value}" 不存在${known ? `，现有会议：${known}` : '，该协作没有会议'}`,
    missing_incident: () => '模板 emergency-plan 需要在 incident 中指定突发事件编号',
    unknown_incident: (value: string, known: string) =>
      `突发事件 "${value}" 不存在${known ? `，现有突发事件：${known}` : '，该协作没有突发事件'}`,
    missing_report: () => '模板 findings 需要在 report 中传入 evaluate 的检查结果',
    invalid_report: () => 'report 应为 evaluate 返回的检查结果：{ findings, actions, summary }',
    unreadable_option: (name: string, detail: string) =>
      `渲染选项 ${name} 无法读取${detail ? `（${detail}）` : ''}`,
    unreadable_collaboration: (detail: string) =>
      `协作数据无法读取或渲染${detail ? `（${detail}）` : ''}：应为解析后的协作对象，或为 null（空白表单）`,
    invalid_report_value: (where: string, kind: ReportValueKind) =>
      `report 中的 ${where} 应为${
        (
          {
            object: '对象',
            list: '列表',
            text: '文本',
            number: '数字',
            boolean: '布尔值（true/false）',
            severity: 'error、warning 或 info 之一',
          } satisfies Record<ReportValueKind, string>
        )[kind]
      }`,
    unreadable_report: (where: string, detail: string) =>
      `report 中的 ${where || 'report'} 无法读取${detail ? `（${detail}）` : ''}`,
    suggestion: (s: string) => `；是否想写 "${s}"？`,
  },
};

/**
 * The shape of a label catalogue: every word a template prints, and the template error messages.
 *
 * @example
 * ```ts
 * import type { TemplateLabels } from './labels.js';
 *
 * const title = (labels: TemplateLabels) => labels.kickoff.title;
 * ```
 */
export type TemplateLabels = Widen<typeof zhCN>;

/** The catalogue's shape with every literal string widened to `string`, so each locale fills in its own words. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

const en: TemplateLabels = {
  fieldHeader: ['Field', 'Entry'],
  none: 'None',
  absent: '(none)',
  period: (start, end) => `${start} to ${end}`,
  person: (name, title) => (title ? `${name} (${title})` : name),
  aside: (main, note) => `${main} (${note})`,
  monthPart: (month, part) =>
    `${({ start: 'start of', mid: 'mid', end: 'end of' } satisfies Record<MonthPart, string>)[part]} month ${month}`,
  dayOfPeriod: (days) => `day ${days}`,
  workingDays: (n) => plural(n, 'working day', 'working days'),
  listSeparator: '; ',
  labelled: (label, value) => `${label}: ${value}`,
  tickHint: '(tick all that apply)',

  projectName: 'Project or task',
  initiatingDepartment: 'Initiating department',
  initiatedOn: 'Start date',
  goal: 'Goal (SMART)',
  collaborationPeriod: 'Timeframe',
  leader: 'Team leader',
  department: 'Department',
  owner: 'Owner',
  due: 'Due',

  smart: {
    specific: 'Specific',
    measurable: 'Measurable',
    achievable: 'Achievable',
    relevant: 'Relevant',
    timeBound: 'Deadline',
    baseline: (value) => ` (baseline: ${value})`,
  },

  cadence: {
    weekly: 'Weekly',
    biweekly: 'Every two weeks',
    monthly: 'Monthly',
    'ad-hoc': 'As needed',
  },
  channel: {
    'in-person': 'In person',
    online: 'Online',
    'shared-docs': 'Shared documents',
  },
  channelOption: {
    'in-person': 'In person',
    online: 'Online',
    'shared-docs': 'Shared documents (e.g. Feishu or DingTalk Docs)',
  },
  content: {
    progress: 'Progress updates',
    issues: 'Issues raised',
    decisions: 'Decisions needed',
  },
  decision: {
    'leader-decides': 'Team leader decides',
    'department-vote': 'Departments vote',
    'superior-approval': 'Common manager approves',
  },
  incidentStatus: {
    open: 'Open',
    contained: 'Contained',
    closed: 'Closed',
  },

  kickoff: {
    title: 'Cross-Department Collaboration Kickoff',
    participants: 'Departments and responsibilities',
    participantColumns: ['Department', 'Owner', 'Core responsibility', 'Deliverable', 'Due'],
    communication: 'Communication',
    frequency: 'Meetings',
    form: 'Channels',
    decision: 'Decision-making',
    risks: 'Risks and responses',
    riskColumns: ['Risk', 'Response', 'Responsible department'],
  },

  minutes: {
    title: 'Cross-Department Meeting Minutes',
    topic: 'Topic',
    time: 'Date and time',
    place: 'Place or format',
    attendees: 'Attendees',
    attendeeColumns: ['Department', 'Name', 'Title'],
    agenda: 'Agenda and notes',
    agendaItem: (n, name, lead) => `Item ${n}: ${name}${lead === undefined ? '' : ` (lead: ${lead})`}`,
    blankLead: '\u2003\u2003\u2003\u2003\u2003\u2003',
    progress: 'Progress update',
    done: 'Done',
    doneColumns: ['Department', 'Item'],
    undone: 'Not done yet, and why',
    undoneColumns: ['Department', 'Item', 'Reason'],
    needs: 'Support needed',
    needsColumns: ['Department', 'Item', 'Support needed'],
    discussion: 'Discussion',
    discussionColumns: ['Issue', 'Positions', 'Conclusion'],
    actions: 'Action items',
    actionColumns: ['Action', 'Owner', 'Due'],
  },

  responsibilities: {
    title: 'Cross-Department Responsibilities',
    columns: ['Department', 'Owner', 'Responsibility', 'Deliverables', 'Due'],
  },

  communicationPlan: {
    title: 'Cross-Department Communication Plan',
    cadences: 'Meetings',
    cadenceColumns: ['How often', 'Purpose'],
    forms: 'Channels',
    contents: 'What we communicate',
    decision: 'Decision-making',
    liaisons: 'Day-to-day contacts',
    liaisonColumns: ['Department', 'Contact'],
    conflict: 'Conflicts and escalation',
    negotiation: 'Time for the team leader to mediate',
    escalationPath: 'Escalation path',
    escalationColumns: ['Level', 'Role', 'Person', 'Time limit'],
    level: (n) => `Level ${n}`,
    arrow: ' → ',
  },

  emergencyPlan: {
    title: 'Emergency Response Plan',
    incident: 'Incident',
    occurredOn: 'Occurred on',
    department: 'Department involved',
    temporaryOwner: 'Interim owner',
    status: 'Status',
    measures: 'Response measures',
    measureColumns: ['No.', 'Measure'],
    impact: 'Impact assessment',
    impactSummary: 'Summary',
    scheduleImpact: 'Schedule',
    scheduleDays: (n) => `${plural(n, 'day', 'days')} late`,
    costImpact: 'Cost',
    affected: 'Milestones affected',
    affectedColumns: ['Milestone', 'Department', 'Due'],
  },

  retrospective: {
    title: 'Cross-Department Retrospective',
    heldOn: 'Held on',
    highlights: 'What went well',
    improvements: 'What to improve',
    lessons: 'Lessons learned',
    reusablePractices: 'Practices worth reusing',
    recognitions: 'Recognition',
    recognitionColumns: ['Department or person', 'For'],
    report: 'Summary',
  },

  findings: {
    title: 'Collaboration Check Report',
    summary: 'Result',
    counts: (error, warning, info) =>
      `${plural(error, 'error', 'errors')}, ${plural(warning, 'warning', 'warnings')}, ${plural(info, 'note', 'notes')}`,
    severity: {
      error: 'Errors',
      warning: 'Warnings',
      info: 'Notes',
    },
    group: (severity, n) => `${severity} (${n})`,
    columns: ['Rule', 'Subject', 'Location', 'Finding', 'Why'],
    noFindings: 'No findings.',
    escalations: 'Escalations',
    escalationColumns: ['Subject', 'Escalate to', 'Notify', 'Reason', 'Rule'],
    noEscalations: 'Nothing to escalate.',
    scope: {
      collaboration: 'Collaboration',
      department: 'Department',
      person: 'Person',
      responsibility: 'Responsibility',
      milestone: 'Milestone',
      risk: 'Risk',
      meeting: 'Meeting',
      'undone-item': 'Open item',
      action: 'Action item',
      conflict: 'Conflict',
      incident: 'Incident',
    },
    subject: (scope, name) => `${scope}: ${name}`,
    level: (n, title) => `Level ${n}${title ? `: ${title}` : ''}`,
    condition: (text, actual, met) => `${text}: actual ${actual} (${met ? 'met' : 'not met'})`,
    negated: (text) => `not (${text})`,
    factValue: (fact, value) => `${fact} (= ${value})`,
    operators: {
      equal: '=',
      notEqual: '≠',
      lessThan: '<',
      lessThanInclusive: '≤',
      greaterThan: '>',
      greaterThanInclusive: '≥',
      in: 'in',
      notIn: 'not in',
      contains: 'contains',
      doesNotContain: 'does not contain',
    },
  },

  errors: {
    invalid_options: () => 'The options must be an object: { locale, format, meeting?, incident?, report? }',
    unknown_template: (value, options) => `Unknown template "${value}"; choose one of: ${options}`,
    invalid_locale: (value) => `Unsupported locale "${value}"; use zh-CN or en`,
    invalid_format: (value) => `Unsupported format "${value}"; use markdown or html`,
    invalid_collaboration: () => 'The collaboration must be a parsed collaboration, or null for a blank form',
    missing_meeting: () => 'The minutes template needs a meeting id in `meeting`',
    unknown_meeting: (value, known) =>
      `There is no meeting "${value}"${known ? `; the meetings are: ${known}` : '; the collaboration has no meetings'}`,
    missing_incident: () => 'The emergency-plan template needs an incident id in `incident`',
    unknown_incident: (value, known) =>
      `There is no incident "${value}"${known ? `; the incidents are: ${known}` : '; the collaboration has no incidents'}`,
    missing_report: () => 'The findings template needs the report `evaluate` returned, in `report`',
    invalid_report: () => 'The report must be what `evaluate` returns: { findings, actions, summary }',
    unreadable_option: (name, detail) => `The option ${name} cannot be read${detail ? ` (${detail})` : ''}`,
    unreadable_collaboration: (detail) =>
      `The collaboration cannot be read or rendered${detail ? ` (${detail})` : ''}: pass a parsed collaboration, or null for a blank form`,
    invalid_report_value: (where, kind) =>
      `In the report, ${where} must be ${
        (
          {
            object: 'an object',
            list: 'a list',
            text: 'text',
            number: 'a number',
            boolean: 'true or false',
            severity: 'one of error, warning or info',
          } satisfies Record<ReportValueKind, string>
        )[kind]
      }`,
    unreadable_report: (where, detail) =>
      `In the report, ${where || 'the report'} cannot be read${detail ? ` (${detail})` : ''}`,
    suggestion: (s) => `; did you mean "${s}"?`,
  },
};

/**
 * Every word the templates print, per locale: field labels mirroring the playbook's templates in Chinese, and
 * natural English labels (not word-for-word translations); enum values; date, person and count formats; and
 * the template error messages.
 *
 * @example
 * ```ts
 * import { TEMPLATE_LABELS } from './labels.js';
 *
 * TEMPLATE_LABELS['zh-CN'].kickoff.title; // '跨部门协作启动表'
 * TEMPLATE_LABELS.en.cadence.biweekly; // 'Every two weeks'
 * ```
 */
export const TEMPLATE_LABELS: { readonly [L in Locale]: TemplateLabels } = { 'zh-CN': zhCN, en };
