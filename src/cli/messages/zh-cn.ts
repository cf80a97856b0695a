import type { CatalogueEntries } from '../../index.js';
import type { CliMessageCode, CliMessageParams } from './codes.js';
import { listIds as list } from './list-ids.js';

const none: readonly string[] = [];

/**
 * The command line's messages in simplified Chinese.
 *
 * @example
 * ```ts
 * import { zhCN } from './zh-cn.js';
 *
 * zhCN.noFindings({}); // '没有发现问题'
 * ```
 */
export const zhCN: CatalogueEntries<CliMessageCode, CliMessageParams> = {
  description: () => '检查并渲染跨部门协作文件：目标明确 → 责任到人 → 过程可控 → 结果复盘',
  'help.usage': () => '用法：',
  'help.options': () => '选项：',
  'help.commands': () => '命令：',
  'help.arguments': () => '参数：',
  'help.globalOptions': () => '全局选项：',
  helpOption: () => '显示帮助',
  helpCommand: () => '显示某个命令的帮助',
  versionOption: () => '显示版本号',
  cmdCheck: () => '按规则检查协作文件（或目录下所有 .yaml/.yml/.json 文件）',
  cmdSummary: () => '一屏概览协作：参与部门、组长、关键路径与里程碑预测',
  cmdRender: () =>
    '用协作文件渲染模板：kickoff、minutes、responsibilities、communication-plan、emergency-plan、retrospective 或 findings',
  cmdInit: () => '生成一份带注释的协作文件模板（不给文件名时输出到标准输出）',
  cmdSchema: () => '在标准输出打印 JSON Schema（collaboration 或 config）',
  cmdRules: () => '查看规则：列表、详情、导出生效的规则包',
  cmdRulesList: () => '以表格列出所有规则',
  cmdRulesShow: () => '显示一条规则的全部内容',
  cmdRulesExport: () => '导出生效的规则包（默认规则合并 --config）',
  cmdConfig: () => 'PMO 规则配置文件',
  cmdConfigCheck: () => '校验一份 PMO 规则配置文件',
  argInputs: () => '协作文件或目录；"-" 表示标准输入',
  argTemplate: () => '模板名称',
  argFile: () => '协作文件（"-" 表示标准输入）',
  argRenderFile: () => '协作文件（"-" 表示标准输入；省略时渲染空白表单）',
  argInitFile: () => '要生成的文件（"-" 表示标准输出；省略时也输出到标准输出）',
  argSchema: () => 'collaboration 或 config',
  argRuleId: () => '规则编号，如 team.core-size',
  argConfigFile: () => 'PMO 规则配置文件（YAML 或 JSON；"-" 表示标准输入）',
  optConfig: () => 'PMO 规则配置文件（阈值、严重程度、自定义规则；"-" 表示标准输入）',
  optNow: () => '评估日期 YYYY-MM-DD（默认今天）',
  optLocale: () => '语言：zh-CN 或 en（默认取自 LANG）',
  optCheckFormat: () => '输出格式：text、json 或 markdown',
  optSummaryFormat: () => '输出格式：text 或 json',
  optRenderFormat: () => '输出格式：markdown 或 html',
  optExportFormat: () => '输出格式：yaml 或 json',
  optListFormat: () => '输出格式：text 或 json',
  optOutput: () => '写入文件而不是标准输出（"-" 表示标准输出）',
  optMeeting: () => '会议编号（用于 minutes 模板）',
  optIncident: () => '突发事件编号（用于 emergency-plan 模板）',
  optForce: () => '覆盖已存在的文件',
  optInputFormat: () => '输入格式：yaml 或 json（默认按扩展名；标准输入按 YAML 读取，YAML 也能读 JSON）',

  error: () => '错误：',
  at: (p) => `${p.path}：${p.message}`,
  unknownCommand: (p) => `未知命令 "${p.name}"`,
  unknownOption: (p) => `未知选项 "${p.flag}"`,
  missingArgument: (p) => `缺少参数 <${p.name}>`,
  optionMissingArgument: (p) => `选项 ${p.flag} 缺少取值`,
  excessArguments: (p) => `参数过多：应为 ${p.expected} 个，实际为 ${p.received} 个`,
  conflictingOptions: (p) => `选项 ${p.flag} 与 ${p.other} 不能同时使用`,
  invalidChoice: (p) => `${p.flag} 的取值 "${p.value}" 无效，可选值：${(p.known ?? none).join('、')}`,
  invalidDate: (p) => `${p.flag} 的取值 "${p.value}" 不是有效日期（格式 YYYY-MM-DD）`,
  notFound: () => '文件或目录不存在',
  unreadable: (p) => `无法读取（${p.detail}）`,
  noFiles: () => '目录中没有 .yaml、.yml 或 .json 文件',
  invalidCollaboration: (p) => `${p.path} 不是有效的协作文件（${p.count} 个问题）`,
  invalidConfig: (p) => `${p.path} 不是有效的规则配置（${p.count} 个问题）`,
  fileExists: (p) => `${p.path} 已存在；如需覆盖请加 --force`,
  initYamlOnly: (p) => `${p.path}：init 只生成 YAML 文件（.yaml 或 .yml），以便保留注释`,
  writeFailed: (p) => `无法写入 ${p.path}（${p.detail}）`,
  unknownTemplate: (p) => `未知模板 "${p.name}"，可用模板：${(p.known ?? none).join('、')}`,
  unknownMeeting: (p) => {
    const known = p.known ?? none;
    return `未找到会议 "${p.id}"${known.length > 0 ? `，文件中的会议：${list(known, '、')}` : '，文件中没有会议'}`;
  },
  unknownIncident: (p) => {
    const known = p.known ?? none;
    return `未找到突发事件 "${p.id}"${known.length > 0 ? `，文件中的突发事件：${list(known, '、')}` : '，文件中没有突发事件'}`;
  },
  unknownRule: (p) => `未知规则 "${p.name}"`,
  notApplicable: (p) => `${p.flag} 只用于模板 ${p.template}，不用于 ${p.name}`,
  missingMeeting: (p) => {
    const known = p.known ?? none;
    return `模板 ${p.template} 需要 --meeting <编号>${known.length > 0 ? `，文件中的会议：${list(known, '、')}` : '，但文件中没有会议'}`;
  },
  missingIncident: (p) => {
    const known = p.known ?? none;
    return `模板 ${p.template} 需要 --incident <编号>${known.length > 0 ? `，文件中的突发事件：${list(known, '、')}` : '，但文件中没有突发事件'}`;
  },
  unknownSchema: (p) => `未知 Schema "${p.name}"，可选：${(p.known ?? none).join('、')}`,
  renderFailed: (p) => `无法渲染模板 ${p.template}：${p.detail}`,
  internal: (p) => `内部错误：${p.detail}（请报告此问题）`,
  outputFailed: (p) => `无法写出结果（${p.detail}）`,
  stdinTwice: () => '标准输入只能读取一次：请把配置或输入之一作为文件给出',
  stdinName: () => '<标准输入>',

  'severity.error': () => '错误',
  'severity.warning': () => '警告',
  'severity.info': () => '提示',
  columnSeverity: () => '级别',
  columnRule: () => '规则',
  columnSubject: () => '对象',
  columnPath: () => '位置',
  columnMessage: () => '说明',
  counts: ({ counts: c = { error: 0, warning: 0, info: 0 } }) =>
    `${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示`,
  noFindings: () => '没有发现问题',
  actionsTitle: () => '需要升级处理',
  escalate: (p) => `${p.subject} → 第 ${p.level} 级${p.to ? `（${p.to}）` : ''}`,
  portfolioTitle: () => '汇总',
  labelled: (p) => `${p.label}：${p.value}`,
  portfolioLine: ({ files, invalid = 0, counts: c = { error: 0, warning: 0, info: 0 } }) =>
    `${files} 个文件${invalid > 0 ? `（${invalid} 个无效）` : ''}：${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示`,
  worstTitle: () => '问题最多的协作',
  columnCollaboration: () => '协作',
  columnFile: () => '文件',
  columnErrors: () => '错误',
  columnWarnings: () => '警告',
  columnInfo: () => '提示',
  more: (p) => `……另有 ${p.count} 个`,
  invalidMark: () => '无效',
  progress: () => '检查中',
  wrote: (p) => `已写入 ${p.path}`,
  configValid: (p) => `${p.path}：配置有效（生效规则 ${p.count} 条）`,

  columnId: () => '编号',
  columnScope: () => '范围',
  columnPhase: () => '阶段',
  columnEnabled: () => '启用',
  yes: () => '是',
  no: () => '否',
  optSchemaWrite: () =>
    '把 schema 写入当前目录（collaboration.schema.json 或 rules-config.schema.json），而不是打印',
  schemaNextToFile: (p) =>
    `第一行引用 ${p.path}：用 \`crossdept schema collaboration --write\` 把它写到文件旁边，或在项目中安装 crossdept（npm install -D crossdept）`,
  anyPhase: () => '全部',
  phaseOnly: (p) => `仅 ${p.value ?? ''}`,
  phaseRange: (p) => `${p.value ?? ''} → ${p.other ?? ''}`,
  labelParams: () => '参数',
  labelMessage: () => '提示语',
  labelConditions: () => '条件',
  param: (p) =>
    `${p.name} = ${p.value}（默认 ${p.defaultValue}${p.min === undefined ? '' : `，最小 ${p.min}`}${p.max === undefined ? '' : `，最大 ${p.max}`}）${p.description}`,

  'scenario.project': () => '项目协同',
  'scenario.problem-solving': () => '问题解决',
  'scenario.resource-integration': () => '资源整合',
  'scenario.strategy': () => '战略落地',
  'phase.initiating': () => '发起阶段',
  'phase.forming': () => '组建阶段',
  'phase.planning': () => '计划阶段',
  'phase.executing': () => '执行阶段',
  'phase.closing': () => '收尾阶段',
  'phase.closed': () => '已结束',
  'role.decision': () => '决策',
  'role.execution': () => '执行',
  'role.support': () => '支持',
  summaryTitle: (p) => `${p.name}（${p.id}）· ${p.scenario} · ${p.phase}`,
  derivedPhase: (p) => `${p.phase}（按日期推算）`,
  labelPeriod: () => '周期',
  labelGoal: () => '目标',
  labelDepartments: () => '部门',
  labelTeam: () => '团队',
  labelCriticalPath: () => '关键路径',
  period: (p) => `${p.start} 至 ${p.end}`,
  departmentRole: (p) => `${p.name}（${p.role}）`,
  person: (p) => (p.title ? `${p.name}（${p.title}）` : `${p.name}`),
  team: (p) => `组长 ${p.leader ?? '未指定'}，核心成员 ${p.coreSize} 人`,
  listSeparator: () => '、',
  notStated: () => '未填写',
  criticalPath: (p) => `${(p.ids ?? none).join(' → ')}（计划 ${p.finish} 完成）`,
  noMilestones: () => '没有里程碑',
  dependencyCycle: ({ ids = none }) => `无法计算（里程碑依赖存在循环：${[...ids, ids[0]].join(' → ')}）`,
  unscheduled: (p) => `处于循环上或依赖循环、无法排期的里程碑：${list(p.ids ?? none, '、')}`,
  forecastTitle: (p) => `里程碑预测（截至 ${p.now}；延误与浮动时间以天计）`,
  columnName: () => '名称',
  columnDue: () => '截止日期',
  columnForecast: () => '预计完成',
  columnSlip: () => '延误',
  columnFloat: () => '浮动',
  columnStatus: () => '状态',
  statusDone: () => '已完成',
  statusOpen: () => '未完成',
};
