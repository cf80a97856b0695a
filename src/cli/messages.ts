import type { Locale } from '../i18n/locale.js';
import type { Phase, Scenario } from '../model/collaboration.js';
import type { DepartmentRole } from '../model/department.js';
import type { Severity } from '../rules/report.js';

/** Counts shown in a summary line. @example `const c: Counts = { error: 1, warning: 2, info: 0 };` */
export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * Every sentence the command line prints, in one catalogue per locale (house style: messages never live inline
 * in the logic). Help texts, error messages and report labels.
 *
 * @example `const m: CliMessages = cliMessages('zh-CN'); m.noFindings; // '没有发现问题'`
 */
export interface CliMessages {
  // Help
  readonly description: string;
  readonly helpTitles: Readonly<Record<string, string>>;
  readonly helpOption: string;
  readonly helpCommand: string;
  readonly versionOption: string;
  readonly cmdCheck: string;
  readonly cmdSummary: string;
  readonly cmdRender: string;
  readonly cmdInit: string;
  readonly cmdSchema: string;
  readonly cmdRules: string;
  readonly cmdRulesList: string;
  readonly cmdRulesShow: string;
  readonly cmdRulesExport: string;
  readonly cmdConfig: string;
  readonly cmdConfigCheck: string;
  readonly argInputs: string;
  readonly argTemplate: string;
  readonly argFile: string;
  readonly argRenderFile: string;
  readonly argInitFile: string;
  readonly argSchema: string;
  readonly argRuleId: string;
  readonly argConfigFile: string;
  readonly optConfig: string;
  readonly optNow: string;
  readonly optLocale: string;
  readonly optCheckFormat: string;
  readonly optSummaryFormat: string;
  readonly optRenderFormat: string;
  readonly optExportFormat: string;
  readonly optListFormat: string;
  readonly optOutput: string;
  readonly optMeeting: string;
  readonly optIncident: string;
  readonly optForce: string;
  readonly optInputFormat: string;

  // Errors (exit code 2)
  /** The prefix of an error line, with its colon (and a space where the locale wants one). */
  readonly error: string;
  /** Appends a did-you-mean to a message (nothing when `suggestion` is undefined). */
  readonly suggest: (message: string, suggestion: string | undefined) => string;
  /** A message about a path: `a.yaml: …` / `a.yaml：…`. */
  readonly at: (path: string, message: string) => string;
  readonly unknownCommand: (name: string) => string;
  readonly unknownOption: (flag: string) => string;
  readonly missingArgument: (name: string) => string;
  readonly optionMissingArgument: (flag: string) => string;
  readonly excessArguments: (expected: number, received: number) => string;
  readonly conflictingOptions: (a: string, b: string) => string;
  readonly invalidChoice: (option: string, value: string, allowed: readonly string[]) => string;
  readonly invalidDate: (option: string, value: string) => string;
  readonly notFound: string;
  readonly unreadable: (detail: string) => string;
  readonly noFiles: string;
  readonly invalidCollaboration: (path: string, count: number) => string;
  readonly invalidConfig: (path: string, count: number) => string;
  readonly fileExists: (path: string) => string;
  readonly initYamlOnly: (path: string) => string;
  readonly writeFailed: (path: string, detail: string) => string;
  readonly unknownTemplate: (name: string, known: readonly string[]) => string;
  readonly unknownMeeting: (id: string, known: readonly string[]) => string;
  readonly unknownIncident: (id: string, known: readonly string[]) => string;
  readonly unknownRule: (id: string) => string;
  readonly notApplicable: (flag: string, template: string, expected: string) => string;
  readonly missingSubject: (
    kind: 'meeting' | 'incident',
    template: string,
    known: readonly string[],
  ) => string;
  readonly unknownSchema: (name: string, known: readonly string[]) => string;
  readonly renderFailed: (template: string, detail: string) => string;
  readonly internal: (detail: string) => string;
  /** stdout or stderr failed for a reason other than a closed pipe. */
  readonly outputFailed: (detail: string) => string;
  /** `--config -` with an input `-`. */
  readonly stdinTwice: string;
  /** How messages name stdin (`-` as an input). */
  readonly stdinName: string;

  // Reports
  readonly severity: { readonly [S in Severity]: string };
  readonly columnSeverity: string;
  readonly columnRule: string;
  readonly columnSubject: string;
  readonly columnPath: string;
  readonly columnMessage: string;
  readonly counts: (counts: Counts) => string;
  readonly noFindings: string;
  readonly actionsTitle: string;
  readonly escalate: (subject: string, level: number, to: string) => string;
  readonly portfolioTitle: string;
  /** A label and its value: `Summary: …` / `汇总：…`. */
  readonly labelled: (label: string, value: string) => string;
  readonly portfolioLine: (files: number, invalid: number, counts: Counts) => string;
  readonly worstTitle: string;
  readonly columnCollaboration: string;
  readonly columnFile: string;
  readonly columnErrors: string;
  readonly columnWarnings: string;
  readonly columnInfo: string;
  readonly more: (n: number) => string;
  readonly invalidMark: string;
  readonly progress: string;
  readonly wrote: (path: string) => string;
  readonly configValid: (path: string, rules: number) => string;

  // Rules
  readonly columnId: string;
  readonly columnScope: string;
  readonly columnPhase: string;
  readonly columnEnabled: string;
  readonly yes: string;
  readonly no: string;
  readonly anyPhase: string;
  readonly labelParams: string;
  readonly labelMessage: string;
  readonly labelConditions: string;
  /** One parameter of a rule: its value, default, bounds and description. */
  readonly param: (
    name: string,
    value: number,
    defaultValue: number,
    min: number | undefined,
    max: number | undefined,
    description: string,
  ) => string;

  // Summary
  readonly scenario: { readonly [S in Scenario]: string };
  readonly phase: { readonly [P in Phase]: string };
  readonly role: { readonly [R in DepartmentRole]: string };
  /** The heading: the collaboration's name, its id, scenario and phase. */
  readonly summaryTitle: (name: string, id: string, scenario: string, phase: string) => string;
  /** A phase derived from the period and `now`, not stated in the file. */
  readonly derivedPhase: (phase: string) => string;
  readonly labelPeriod: string;
  readonly labelGoal: string;
  readonly labelDepartments: string;
  readonly labelTeam: string;
  readonly labelCriticalPath: string;
  readonly period: (start: string, end: string) => string;
  /** A department with its role: `研发部 (execution)`. */
  readonly departmentRole: (name: string, role: string) => string;
  /** A person with their title: `王磊（研发部经理）`. */
  readonly person: (name: string, title: string | undefined) => string;
  readonly team: (leader: string | undefined, coreSize: number) => string;
  readonly listSeparator: string;
  readonly notStated: string;
  readonly criticalPath: (ids: readonly string[], finish: string) => string;
  readonly noMilestones: string;
  /** The critical path cannot be computed: the milestones depend on each other in a circle. */
  readonly dependencyCycle: (ids: readonly string[]) => string;
  readonly unscheduled: (ids: readonly string[]) => string;
  readonly forecastTitle: (now: string) => string;
  readonly columnName: string;
  readonly columnDue: string;
  readonly columnForecast: string;
  readonly columnSlip: string;
  readonly columnFloat: string;
  readonly columnStatus: string;
  readonly statusDone: string;
  readonly statusOpen: string;
}

const zh: CliMessages = {
  description: '检查并渲染跨部门协作文件：目标明确 → 责任到人 → 过程可控 → 结果复盘',
  helpTitles: {
    'Usage:': '用法：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Arguments:': '参数：',
    'Global Options:': '全局选项：',
  },
  helpOption: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  versionOption: '显示版本号',
  cmdCheck: '按规则检查协作文件（或目录下所有 .yaml/.yml/.json 文件）',
  cmdSummary: '一屏概览协作：参与部门、组长、关键路径与里程碑预测',
  cmdRender: '用协作文件渲染模板（立项表、会议纪要、检查报告等）',
  cmdInit: '生成一份带注释的协作文件模板（不给文件名时输出到标准输出）',
  cmdSchema: '在标准输出打印 JSON Schema（collaboration 或 config）',
  cmdRules: '查看规则：列表、详情、导出生效的规则包',
  cmdRulesList: '以表格列出所有规则',
  cmdRulesShow: '显示一条规则的全部内容',
  cmdRulesExport: '导出生效的规则包（默认规则合并 --config）',
  cmdConfig: 'PMO 规则配置文件',
  cmdConfigCheck: '校验一份 PMO 规则配置文件',
  argInputs: '协作文件或目录；"-" 表示标准输入',
  argTemplate: '模板名称',
  argFile: '协作文件（"-" 表示标准输入）',
  argRenderFile: '协作文件（"-" 表示标准输入；省略时渲染空白表单）',
  argInitFile: '要生成的文件（"-" 表示标准输出；省略时也输出到标准输出）',
  argSchema: 'collaboration 或 config',
  argRuleId: '规则编号，如 team.core-size',
  argConfigFile: 'PMO 规则配置文件（YAML 或 JSON；"-" 表示标准输入）',
  optConfig: 'PMO 规则配置文件（阈值、严重程度、自定义规则；"-" 表示标准输入）',
  optNow: '评估日期 YYYY-MM-DD（默认今天）',
  optLocale: '语言：zh-CN 或 en（默认取自 LANG）',
  optCheckFormat: '输出格式：text、json 或 markdown',
  optSummaryFormat: '输出格式：text 或 json',
  optRenderFormat: '输出格式：markdown 或 html',
  optExportFormat: '输出格式：yaml 或 json',
  optListFormat: '输出格式：text 或 json',
  optOutput: '写入文件而不是标准输出（"-" 表示标准输出）',
  optMeeting: '会议编号（会议纪要模板）',
  optIncident: '突发事件编号（应急预案模板）',
  optForce: '覆盖已存在的文件',
  optInputFormat: '输入格式：yaml 或 json（默认按扩展名；标准输入按 YAML 读取，YAML 也能读 JSON）',

  error: '错误：',
  suggest: (message, s) => (s === undefined ? message : `${message}；是否想写 "${s}"？`),
  at: (path, message) => `${path}：${message}`,
  unknownCommand: (name) => `未知命令 "${name}"`,
  unknownOption: (flag) => `未知选项 "${flag}"`,
  missingArgument: (name) => `缺少参数 <${name}>`,
  optionMissingArgument: (flag) => `选项 ${flag} 缺少取值`,
  excessArguments: (expected, received) => `参数过多：应为 ${expected} 个，实际为 ${received} 个`,
  conflictingOptions: (a, b) => `选项 ${a} 与 ${b} 不能同时使用`,
  invalidChoice: (option, value, allowed) =>
    `${option} 的取值 "${value}" 无效，可选值：${allowed.join('、')}`,
  invalidDate: (option, value) => `${option} 的取值 "${value}" 不是有效日期（格式 YYYY-MM-DD）`,
  notFound: '文件或目录不存在',
  unreadable: (detail) => `无法读取（${detail}）`,
  noFiles: '目录中没有 .yaml、.yml 或 .json 文件',
  invalidCollaboration: (path, count) => `${path} 不是有效的协作文件（${count} 个问题）`,
  invalidConfig: (path, count) => `${path} 不是有效的规则配置（${count} 个问题）`,
  fileExists: (path) => `${path} 已存在；如需覆盖请加 --force`,
  initYamlOnly: (path) => `${path}：init 只生成 YAML 文件（.yaml 或 .yml），以便保留注释`,
  writeFailed: (path, detail) => `无法写入 ${path}（${detail}）`,
  unknownTemplate: (name, known) => `未知模板 "${name}"，可用模板：${known.join('、')}`,
  unknownMeeting: (id, known) =>
    `未找到会议 "${id}"${known.length > 0 ? `，文件中的会议：${list(known, '、')}` : '，文件中没有会议'}`,
  unknownIncident: (id, known) =>
    `未找到突发事件 "${id}"${known.length > 0 ? `，文件中的突发事件：${list(known, '、')}` : '，文件中没有突发事件'}`,
  unknownRule: (id) => `未知规则 "${id}"`,
  notApplicable: (flag, template, expected) => `${flag} 只用于模板 ${expected}，不用于 ${template}`,
  missingSubject: (kind, template, known) =>
    kind === 'meeting'
      ? `模板 ${template} 需要 --meeting <编号>${known.length > 0 ? `，文件中的会议：${list(known, '、')}` : '，但文件中没有会议'}`
      : `模板 ${template} 需要 --incident <编号>${known.length > 0 ? `，文件中的突发事件：${list(known, '、')}` : '，但文件中没有突发事件'}`,
  unknownSchema: (name, known) => `未知 Schema "${name}"，可选：${known.join('、')}`,
  renderFailed: (template, detail) => `无法渲染模板 ${template}：${detail}`,
  internal: (detail) => `内部错误：${detail}（请报告此问题）`,
  outputFailed: (detail) => `无法写出结果（${detail}）`,
  stdinTwice: '标准输入只能读取一次：请把配置或输入之一作为文件给出',
  stdinName: '<标准输入>',

  severity: { error: '错误', warning: '警告', info: '提示' },
  columnSeverity: '级别',
  columnRule: '规则',
  columnSubject: '对象',
  columnPath: '位置',
  columnMessage: '说明',
  counts: (c) => `${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示`,
  noFindings: '没有发现问题',
  actionsTitle: '需要升级处理',
  escalate: (subject, level, to) => `${subject} → 第 ${level} 级${to ? `（${to}）` : ''}`,
  portfolioTitle: '汇总',
  labelled: (label, value) => `${label}：${value}`,
  portfolioLine: (files, invalid, c) =>
    `${files} 个文件${invalid > 0 ? `（${invalid} 个无效）` : ''}：${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示`,
  worstTitle: '问题最多的协作',
  columnCollaboration: '协作',
  columnFile: '文件',
  columnErrors: '错误',
  columnWarnings: '警告',
  columnInfo: '提示',
  more: (n) => `……另有 ${n} 个`,
  invalidMark: '无效',
  progress: '检查中',
  wrote: (path) => `已写入 ${path}`,
  configValid: (path, rules) => `${path}：配置有效（生效规则 ${rules} 条）`,

  columnId: '编号',
  columnScope: '范围',
  columnPhase: '阶段',
  columnEnabled: '启用',
  yes: '是',
  no: '否',
  anyPhase: '全部',
  labelParams: '参数',
  labelMessage: '提示语',
  labelConditions: '条件',
  param: (name, value, d, min, max, description) =>
    `${name} = ${value}（默认 ${d}${min === undefined ? '' : `，最小 ${min}`}${max === undefined ? '' : `，最大 ${max}`}）${description}`,

  scenario: {
    project: '项目协同',
    'problem-solving': '问题解决',
    'resource-integration': '资源整合',
    strategy: '战略落地',
  },
  phase: {
    initiating: '发起阶段',
    forming: '组建阶段',
    planning: '计划阶段',
    executing: '执行阶段',
    closing: '收尾阶段',
    closed: '已结束',
  },
  role: { decision: '决策', execution: '执行', support: '支持' },
  summaryTitle: (name, id, scenario, phase) => `${name}（${id}）· ${scenario} · ${phase}`,
  derivedPhase: (phase) => `${phase}（按日期推算）`,
  labelPeriod: '周期',
  labelGoal: '目标',
  labelDepartments: '部门',
  labelTeam: '团队',
  labelCriticalPath: '关键路径',
  period: (start, end) => `${start} 至 ${end}`,
  departmentRole: (name, role) => `${name}（${role}）`,
  person: (name, title) => (title ? `${name}（${title}）` : name),
  team: (leader, core) => `组长 ${leader ?? '未指定'}，核心成员 ${core} 人`,
  listSeparator: '、',
  notStated: '未填写',
  criticalPath: (ids, finish) => `${ids.join(' → ')}（计划 ${finish} 完成）`,
  noMilestones: '没有里程碑',
  dependencyCycle: (ids) => `无法计算（里程碑依赖存在循环：${[...ids, ids[0]].join(' → ')}）`,
  unscheduled: (ids) => `处于循环上或依赖循环、无法排期的里程碑：${list(ids, '、')}`,
  forecastTitle: (now) => `里程碑预测（截至 ${now}；延误与浮动时间以天计）`,
  columnName: '名称',
  columnDue: '截止日期',
  columnForecast: '预计完成',
  columnSlip: '延误',
  columnFloat: '浮动',
  columnStatus: '状态',
  statusDone: '已完成',
  statusOpen: '未完成',
};

const en: CliMessages = {
  description:
    'Check and render cross-department collaboration files: goal clear → owner per task → process under control → results reviewed',
  helpTitles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global Options:',
  },
  helpOption: 'show help',
  helpCommand: 'show help for a command',
  versionOption: 'show the version',
  cmdCheck: 'check collaboration files (or every .yaml/.yml/.json file under a directory) against the rules',
  cmdSummary: 'a collaboration on one screen: departments, leader, critical path and milestone forecast',
  cmdRender:
    'render a template from a collaboration file (kickoff form, meeting minutes, findings report, …)',
  cmdInit: 'write a commented starter collaboration file (to stdout when no file is given)',
  cmdSchema: 'print a JSON Schema on stdout (collaboration or config)',
  cmdRules: 'look at the rules: list, show one, export the effective rule pack',
  cmdRulesList: 'list every rule in a table',
  cmdRulesShow: 'show one rule in full',
  cmdRulesExport: 'print the effective rule pack (the defaults merged with --config)',
  cmdConfig: 'PMO rule configuration files',
  cmdConfigCheck: 'validate a PMO rule configuration file',
  argInputs: 'collaboration files or directories; "-" reads stdin',
  argTemplate: 'template name',
  argFile: 'collaboration file ("-" reads stdin)',
  argRenderFile: 'collaboration file ("-" reads stdin; omit it for the blank form)',
  argInitFile: 'the file to write ("-" writes to stdout, as does leaving it out)',
  argSchema: 'collaboration or config',
  argRuleId: 'a rule id such as team.core-size',
  argConfigFile: 'a PMO rule configuration file (YAML or JSON; "-" reads stdin)',
  optConfig: 'PMO rule configuration (thresholds, severities, custom rules; "-" reads stdin)',
  optNow: 'the date to evaluate at, YYYY-MM-DD (default: today)',
  optLocale: 'language: zh-CN or en (default: from LANG)',
  optCheckFormat: 'output format: text, json or markdown',
  optSummaryFormat: 'output format: text or json',
  optRenderFormat: 'output format: markdown or html',
  optExportFormat: 'output format: yaml or json',
  optListFormat: 'output format: text or json',
  optOutput: 'write to a file instead of stdout ("-" writes to stdout)',
  optMeeting: 'meeting id (for the meeting-minutes template)',
  optIncident: 'incident id (for the incident-plan template)',
  optForce: 'overwrite an existing file',
  optInputFormat:
    'input format: yaml or json (default: by the file extension; stdin reads as YAML, which reads JSON too)',

  error: 'error: ',
  suggest: (message, s) => (s === undefined ? message : `${message}; did you mean "${s}"?`),
  at: (path, message) => `${path}: ${message}`,
  unknownCommand: (name) => `unknown command "${name}"`,
  unknownOption: (flag) => `unknown option "${flag}"`,
  missingArgument: (name) => `missing argument <${name}>`,
  optionMissingArgument: (flag) => `option ${flag} needs a value`,
  excessArguments: (expected, received) => `too many arguments: expected ${expected}, got ${received}`,
  conflictingOptions: (a, b) => `options ${a} and ${b} cannot be used together`,
  invalidChoice: (option, value, allowed) =>
    `"${value}" is not a valid value of ${option}; choose one of: ${allowed.join(', ')}`,
  invalidDate: (option, value) => `"${value}" is not a valid date for ${option} (YYYY-MM-DD)`,
  notFound: 'no such file or directory',
  unreadable: (detail) => `cannot be read (${detail})`,
  noFiles: 'the directory holds no .yaml, .yml or .json files',
  invalidCollaboration: (path, count) =>
    `${path} is not a valid collaboration (${count} ${count === 1 ? 'issue' : 'issues'})`,
  invalidConfig: (path, count) =>
    `${path} is not a valid rule configuration (${count} ${count === 1 ? 'issue' : 'issues'})`,
  fileExists: (path) => `${path} already exists; add --force to overwrite it`,
  initYamlOnly: (path) => `${path}: init writes YAML (.yaml or .yml), which keeps its comments`,
  writeFailed: (path, detail) => `cannot write ${path} (${detail})`,
  unknownTemplate: (name, known) => `unknown template "${name}"; the templates are: ${known.join(', ')}`,
  unknownMeeting: (id, known) =>
    `no meeting "${id}"${known.length > 0 ? `; the file's meetings are: ${list(known, ', ')}` : '; the file has no meetings'}`,
  unknownIncident: (id, known) =>
    `no incident "${id}"${known.length > 0 ? `; the file's incidents are: ${list(known, ', ')}` : '; the file has no incidents'}`,
  unknownRule: (id) => `unknown rule "${id}"`,
  notApplicable: (flag, template, expected) => `${flag} applies to the ${expected} template, not ${template}`,
  missingSubject: (kind, template, known) =>
    kind === 'meeting'
      ? `the ${template} template needs --meeting <id>${known.length > 0 ? `; the file's meetings are: ${list(known, ', ')}` : ', but the file has no meetings'}`
      : `the ${template} template needs --incident <id>${known.length > 0 ? `; the file's incidents are: ${list(known, ', ')}` : ', but the file has no incidents'}`,
  unknownSchema: (name, known) => `unknown schema "${name}"; choose one of: ${known.join(', ')}`,
  renderFailed: (template, detail) => `cannot render template ${template}: ${detail}`,
  internal: (detail) => `internal error: ${detail} (please report this)`,
  outputFailed: (detail) => `cannot write the output (${detail})`,
  stdinTwice: 'stdin can be read once: give the configuration or the input as a file',
  stdinName: '<stdin>',

  severity: { error: 'error', warning: 'warning', info: 'info' },
  columnSeverity: 'severity',
  columnRule: 'rule',
  columnSubject: 'subject',
  columnPath: 'where',
  columnMessage: 'message',
  counts: (c) => `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`,
  noFindings: 'no findings',
  actionsTitle: 'Escalations due',
  escalate: (subject, level, to) => `${subject} → level ${level}${to ? ` (${to})` : ''}`,
  portfolioTitle: 'Summary',
  labelled: (label, value) => `${label}: ${value}`,
  portfolioLine: (files, invalid, c) =>
    `${plural(files, 'file')}${invalid > 0 ? ` (${invalid} invalid)` : ''}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`,
  worstTitle: 'Collaborations with the most findings',
  columnCollaboration: 'collaboration',
  columnFile: 'file',
  columnErrors: 'errors',
  columnWarnings: 'warnings',
  columnInfo: 'info',
  more: (n) => `… and ${n} more`,
  invalidMark: 'invalid',
  progress: 'Checking',
  wrote: (path) => `Wrote ${path}`,
  configValid: (path, rules) => `${path}: valid configuration (${plural(rules, 'rule')} in effect)`,

  columnId: 'id',
  columnScope: 'scope',
  columnPhase: 'phase',
  columnEnabled: 'enabled',
  yes: 'yes',
  no: 'no',
  anyPhase: 'any',
  labelParams: 'Parameters',
  labelMessage: 'Message',
  labelConditions: 'Conditions',
  param: (name, value, d, min, max, description) =>
    `${name} = ${value} (default ${d}${min === undefined ? '' : `, min ${min}`}${max === undefined ? '' : `, max ${max}`}) ${description}`,

  scenario: {
    project: 'project',
    'problem-solving': 'problem solving',
    'resource-integration': 'resource integration',
    strategy: 'strategy',
  },
  phase: {
    initiating: 'initiating',
    forming: 'forming',
    planning: 'planning',
    executing: 'executing',
    closing: 'closing',
    closed: 'closed',
  },
  role: { decision: 'decision', execution: 'execution', support: 'support' },
  summaryTitle: (name, id, scenario, phase) => `${name} (${id}) · ${scenario} · ${phase}`,
  derivedPhase: (phase) => `${phase} (from the dates)`,
  labelPeriod: 'Period',
  labelGoal: 'Goal',
  labelDepartments: 'Departments',
  labelTeam: 'Team',
  labelCriticalPath: 'Critical path',
  period: (start, end) => `${start} to ${end}`,
  departmentRole: (name, role) => `${name} (${role})`,
  person: (name, title) => (title ? `${name} (${title})` : name),
  team: (leader, core) => `leader ${leader ?? 'not named'}, core team of ${core}`,
  listSeparator: ', ',
  notStated: 'not stated',
  criticalPath: (ids, finish) => `${ids.join(' → ')} (planned finish ${finish})`,
  noMilestones: 'no milestones',
  dependencyCycle: (ids) => `none, the milestone dependencies form a cycle: ${[...ids, ids[0]].join(' → ')}`,
  unscheduled: (ids) => `Milestones on or after the cycle, not scheduled: ${list(ids, ', ')}`,
  forecastTitle: (now) => `Milestone forecast at ${now} (slip and float in days)`,
  columnName: 'name',
  columnDue: 'due',
  columnForecast: 'forecast',
  columnSlip: 'slip',
  columnFloat: 'float',
  columnStatus: 'status',
  statusDone: 'done',
  statusOpen: 'open',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Up to ten ids, then an ellipsis. */
function list(ids: readonly string[], separator: string): string {
  return ids.length > 10 ? `${ids.slice(0, 10).join(separator)}${separator}…` : ids.join(separator);
}

/**
 * The command line's messages in a locale.
 *
 * @param locale - `zh-CN` or `en`.
 * @returns The catalogue.
 * @example
 * ```ts
 * cliMessages('en').unknownRule('team.core-sise'); // 'unknown rule "team.core-sise"'
 * ```
 */
export function cliMessages(locale: Locale): CliMessages {
  return locale === 'en' ? en : zh;
}
