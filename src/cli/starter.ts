import { type Locale, resolveDue } from '../index.js';

/** The values a starter file is filled with. @example `const options: StarterOptions = { locale: 'en', schema: './schema.json', start: '2027-01-04' };` */
export interface StarterOptions {
  /** Comment and sample-value language. */
  readonly locale: Locale;
  /** The `$schema` reference written on the first line (a relative path or a URL). */
  readonly schema: string;
  /** The first day of the collaboration, ISO; the period runs three months from it. */
  readonly start: string;
}

/**
 * The first line of every YAML file `crossdept init` writes: it tells the YAML language server (VS Code's YAML
 * extension, JetBrains IDEs, …) which JSON Schema validates and completes the file.
 *
 * @param schema - Path or URL of the schema.
 * @returns The comment line, without a newline.
 * @example
 * ```ts
 * schemaComment('./node_modules/crossdept/schemas/collaboration.schema.json');
 * // '# yaml-language-server: $schema=./node_modules/crossdept/schemas/collaboration.schema.json'
 * ```
 */
export function schemaComment(schema: string): string {
  return `# yaml-language-server: $schema=${schema}`;
}

/**
 * A commented starter collaboration: every section of the playbook with one or two sample entries, comments
 * that name the allowed values, and due dates relative to the period so that it stays valid whatever the start.
 * It parses with `loadCollaboration`.
 *
 * @param options - Locale, schema reference, start date.
 * @returns YAML text, starting with the `yaml-language-server` line.
 * @example
 * ```ts
 * const text = starterCollaboration({ locale: 'en', schema: './schema.json', start: '2027-01-04' });
 * ```
 */
export function starterCollaboration(options: StarterOptions): string {
  const { locale, schema, start } = options;
  const end = resolveDue({ month: 3, part: 'end' }, { start });
  const body = locale === 'en' ? english(start, end) : chinese(start, end);
  return `${schemaComment(schema)}\n${body}`;
}

function chinese(start: string, end: string): string {
  return `# 跨部门协作文件（crossdept）。用 \`crossdept check 本文件\` 检查，
# 用 \`crossdept render kickoff 本文件\` 生成立项表。带 * 的字段必填，其余可逐步补充。
# 流程：目标明确 → 责任到人 → 过程可控 → 结果复盘。

id: my-collaboration          # * 编号：字母、数字、"."、"_"、"-"
name: 新产品上市               # * 项目/任务名称
scenario: project             # * project 项目协作 | problem-solving 问题解决 | resource-integration 资源整合 | strategy 战略落地
phase: planning               # initiating | forming | planning | executing | closing | closed
initiatingDepartment: rd      # 发起部门（下方 departments 中的编号）
initiatedOn: ${start}
period:                       # * 协作周期
  start: ${start}
  end: ${end}

# 第一步：明确目标与范围。目标须符合 SMART（具体、可衡量、可实现、相关、有时限）。
goal:
  statement: 3个月内完成产品上市，首月销售额达500万元
  specific: 新产品完成上市并进入全渠道销售
  measures:
    - { metric: 首月销售额, target: 5000000, unit: CNY }
  achievable: 各部门人力与预算已在立项会上确认
  relevant: 支撑公司年度营收增长目标
  deadline: ${end}
scope:
  included: [产品功能实现, 推广方案, 渠道铺货]
  excluded: [海外渠道]

# 参与部门与角色：decision 决策 | execution 执行 | support 支持
departments:
  - { id: rd, name: 研发部, role: execution }
  - { id: mkt, name: 市场部, role: execution }
  - { id: sales, name: 销售部, role: execution }
  - { id: gm, name: 总经办, role: decision }

# 人员：decisionAuthority 表示有决策权
people:
  - { id: wang, name: 王磊, department: rd, title: 研发部经理, decisionAuthority: true }
  - { id: wu, name: 吴涛, department: rd, title: 项目负责人 }
  - { id: li, name: 李娜, department: mkt, title: 市场部主管, decisionAuthority: true }
  - { id: zhao, name: 赵强, department: sales, title: 销售部经理, decisionAuthority: true }
  - { id: chen, name: 陈静, department: sales, title: 销售运营 }
  - { id: zhou, name: 周平, department: gm, title: 分管副总, decisionAuthority: true }

# 第二步：组建跨部门小组。核心成员 5–8 人，另设各部门日常对接人。
team:
  leader: wang                # 组长：通常为发起部门负责人
  leaderAuthority: [coordinate, allocate-resources, decide-conflicts]
  core: [wang, wu, li, zhao, chen]
  liaisons: { rd: wu, mkt: li, sales: chen, gm: zhou }

# 第三步：沟通计划与责任分工表
communication:
  cadences:
    - { kind: weekly, purpose: 进度同步 }      # weekly | biweekly | monthly | ad-hoc
  channels: [in-person, online, shared-docs]   # 线下 | 线上 | 共享文档
  contents: [progress, issues, decisions]      # 进度同步 | 问题反馈 | 决策事项
decisionMechanism: leader-decides              # leader-decides | department-vote | superior-approval

responsibilities:             # 每个部门：负责人、职责、交付物、完成时限
  # due 可写日期 YYYY-MM-DD，或相对周期的 { month: N, part: start|mid|end }、{ days: N }
  - { department: rd, owner: wang, duty: 完成产品功能开发, deliverable: 测试版产品, due: { month: 1, part: end } }
  - { department: mkt, owner: li, duty: 制定推广方案并执行, deliverable: 推广物料、活动报告, due: { month: 2, part: end } }
  - { department: sales, owner: zhao, duty: 完成渠道铺货与销售培训, deliverable: 铺货清单、培训记录, due: { month: 2, part: mid } }

# 第四步：里程碑。dependsOn 写前置里程碑，关键路径据此计算。
milestones:                   # status: planned | in-progress | blocked | done（done 时填 completedOn）
  - { id: beta, name: 测试版产品交付, department: rd, owner: wu, due: { month: 1, part: end }, status: planned }
  - { id: promo-plan, name: 推广方案定稿, department: mkt, due: { month: 2, part: start }, dependsOn: [beta], status: planned }
  - { id: distribution, name: 渠道铺货完成, department: sales, owner: chen, due: { month: 2, part: mid }, dependsOn: [beta], status: planned }
  - { id: launch, name: 产品上市, department: mkt, due: { month: 3, part: end }, dependsOn: [promo-plan, distribution], status: planned }

risks:                        # 风险、应对措施、责任部门
  - { id: supply, description: 供应商产能不足导致铺货延迟, response: 提前协调采购部锁定产能, owner: sales }

# 第五步：冲突管理与升级。先由组长协调；协商超过时限（工作日）仍未达成一致，逐级上报。
negotiationTimeboxDays: 5
escalationPath:
  - { level: 1, title: 部门经理, timeboxDays: 3 }
  - { level: 2, title: 分管副总, person: zhou, timeboxDays: 3 }
  - { level: 3, title: 总经理, timeboxDays: 5 }

meetings: []      # 会议纪要：{ id, kind, topic, heldOn, attendees, progress: { done, undone }, discussions, actions }
conflicts: []     # 冲突：{ id, kind, parties, subject, raisedOn, negotiations, escalations, status }
incidents: []     # 突发事件：{ id, description, occurredOn, temporaryOwner, measures, impact, status }

# 第六步：结项后补充复盘
# retrospective: { heldOn, highlights: [..], improvements: [..], lessons: [..], reusablePractices: [..] }

calendar:         # 工作日历：周一至周五，减去节假日，加上调休上班日
  holidays: []
  workdays: []
`;
}

function english(start: string, end: string): string {
  return `# A cross-department collaboration (crossdept). Check it with \`crossdept check this-file\`; render the
# kickoff form with \`crossdept render kickoff this-file\`. Fields marked * are required; fill in the
# rest as the collaboration goes. The process: goal clear → owner per task → process under control → results reviewed.

id: my-collaboration          # * letters, digits, ".", "_" and "-"
name: New product launch      # * project or task name
scenario: project             # * project | problem-solving | resource-integration | strategy
phase: planning               # initiating | forming | planning | executing | closing | closed
initiatingDepartment: rd      # an id from departments below
initiatedOn: ${start}
period:                       # * when the collaboration runs
  start: ${start}
  end: ${end}

# Step 1: the goal and scope. The goal should be SMART: specific, measurable, achievable, relevant, time-bound.
goal:
  statement: Launch the product within 3 months with first-month sales of 5,000,000 CNY
  specific: The new product is launched and sold in every channel
  measures:
    - { metric: first-month sales, target: 5000000, unit: CNY }
  achievable: Every department confirmed staff and budget at the kickoff
  relevant: Supports the company's annual revenue growth target
  deadline: ${end}
scope:
  included: [product features, promotion plan, channel distribution]
  excluded: [overseas channels]

# Departments and their roles: decision | execution | support
departments:
  - { id: rd, name: R&D, role: execution }
  - { id: mkt, name: Marketing, role: execution }
  - { id: sales, name: Sales, role: execution }
  - { id: gm, name: General management, role: decision }

# People; decisionAuthority marks those who can decide for their department
people:
  - { id: wang, name: Wang Lei, department: rd, title: R&D manager, decisionAuthority: true }
  - { id: wu, name: Wu Tao, department: rd, title: Project owner }
  - { id: li, name: Li Na, department: mkt, title: Marketing lead, decisionAuthority: true }
  - { id: zhao, name: Zhao Qiang, department: sales, title: Sales manager, decisionAuthority: true }
  - { id: chen, name: Chen Jing, department: sales, title: Sales operations }
  - { id: zhou, name: Zhou Ping, department: gm, title: Vice president, decisionAuthority: true }

# Step 2: the cross-department team. Keep the core at 5–8 members plus one liaison per department.
team:
  leader: wang                # usually the initiating department's head
  leaderAuthority: [coordinate, allocate-resources, decide-conflicts]
  core: [wang, wu, li, zhao, chen]
  liaisons: { rd: wu, mkt: li, sales: chen, gm: zhou }

# Step 3: the communication plan and the responsibility table
communication:
  cadences:
    - { kind: weekly, purpose: progress sync }  # weekly | biweekly | monthly | ad-hoc
  channels: [in-person, online, shared-docs]
  contents: [progress, issues, decisions]
decisionMechanism: leader-decides               # leader-decides | department-vote | superior-approval

responsibilities:             # per department: owner, duty, deliverable, due date
  # due is a date YYYY-MM-DD, or relative to the period: { month: N, part: start|mid|end } or { days: N }
  - { department: rd, owner: wang, duty: Build the product features, deliverable: Beta product, due: { month: 1, part: end } }
  - { department: mkt, owner: li, duty: Plan and run the promotion, deliverable: Materials and campaign report, due: { month: 2, part: end } }
  - { department: sales, owner: zhao, duty: Channel distribution and sales training, deliverable: Distribution list and training records, due: { month: 2, part: mid } }

# Step 4: milestones. dependsOn names the milestones that must finish first; the critical path follows them.
milestones:                   # status: planned | in-progress | blocked | done (with completedOn)
  - { id: beta, name: Beta delivered, department: rd, owner: wu, due: { month: 1, part: end }, status: planned }
  - { id: promo-plan, name: Promotion plan final, department: mkt, due: { month: 2, part: start }, dependsOn: [beta], status: planned }
  - { id: distribution, name: Channels stocked, department: sales, owner: chen, due: { month: 2, part: mid }, dependsOn: [beta], status: planned }
  - { id: launch, name: Product launch, department: mkt, due: { month: 3, part: end }, dependsOn: [promo-plan, distribution], status: planned }

risks:                        # risk, response, responsible department
  - { id: supply, description: Supplier capacity may delay distribution, response: Book capacity with Purchasing early, owner: sales }

# Step 5: conflicts and escalation. The leader mediates first; when negotiation runs past its timebox (in
# working days) without agreement, the conflict goes up the escalation path one level at a time.
negotiationTimeboxDays: 5
escalationPath:
  - { level: 1, title: Department manager, timeboxDays: 3 }
  - { level: 2, title: Vice president in charge, person: zhou, timeboxDays: 3 }
  - { level: 3, title: General manager, timeboxDays: 5 }

meetings: []      # minutes: { id, kind, topic, heldOn, attendees, progress: { done, undone }, discussions, actions }
conflicts: []     # { id, kind, parties, subject, raisedOn, negotiations, escalations, status }
incidents: []     # { id, description, occurredOn, temporaryOwner, measures, impact, status }

# Step 6: add the retrospective when it is held
# retrospective: { heldOn, highlights: [..], improvements: [..], lessons: [..], reusablePractices: [..] }

calendar:         # working days: Monday–Friday, minus holidays, plus make-up workdays
  holidays: []
  workdays: []
`;
}

/**
 * A starter PMO rules config: one tuned built-in rule and one custom rule (`acme.max-departments`), with comments
 * in the locale. It loads with `loadRulesConfig`.
 *
 * @param locale - Comment and message language (both messages are written).
 * @param schema - The `$schema` reference of the first line.
 * @returns YAML text.
 * @example
 * ```ts
 * const text = starterRulesConfig('en', './rules-config.schema.json');
 * ```
 */
export function starterRulesConfig(locale: Locale, schema: string): string {
  const comment =
    locale === 'en'
      ? `# The PMO's rules config: built-in rules tuned, and rules of its own.
# \`crossdept rules list --config pmo.yaml\` shows the rules in effect; \`crossdept test\` runs rules-tests/.`
      : `# PMO 规则配置：调整内置规则，添加自己的规则。
# \`crossdept rules list --config pmo.yaml\` 查看生效的规则；\`crossdept test\` 运行 rules-tests/ 中的测试。`;
  return `${schemaComment(schema)}
${comment}
rules:
  team.core-size: { params: { min: 3, max: 8 } }
custom:
  - id: acme.max-departments
    scope: collaboration
    severity: warning
    description: { zh-CN: 参与部门不超过 4 个, en: At most 4 departments take part }
    message:
      zh-CN: '{name} 有 {departmentCount} 个参与部门，超过 {value} 个'
      en: '{name} has {departmentCount} departments, more than {value}'
    conditions:
      all:
        - { fact: departmentCount, operator: greaterThan, value: 4 }
`;
}

/**
 * A starter rule-test suite for {@link starterRulesConfig} and the starter collaboration: the custom rule tested
 * both ways (silent on the collaboration as written, firing on a fifth department).
 *
 * @param locale - Comment and case-name language.
 * @param now - The date the cases are evaluated at (ISO).
 * @returns YAML text, for `rules-tests/` next to `pmo.yaml` and `collaboration.yaml`.
 * @example
 * ```ts
 * const text = starterSuite('en', '2027-01-04');
 * ```
 */
export function starterSuite(locale: Locale, now: string): string {
  const en = locale === 'en';
  return `${en ? '# Tests of the rules in ../pmo.yaml: run `crossdept test` in the folder above.' : '# ../pmo.yaml 中规则的测试：在上一级目录运行 `crossdept test`。'}
config: ../pmo.yaml
cases:
  - name: ${en ? 'four departments are fine' : '四个部门不触发'}
    collaboration: ../collaboration.yaml
    now: ${now}
    expect:
      absent: [acme.max-departments]

  - name: ${en ? 'a fifth department is one too many' : '第五个部门触发'}
    collaboration: ../collaboration.yaml
    patch:
      - { op: add, path: /departments/-, value: { id: legal, name: ${en ? 'Legal' : '法务部'}, role: support } }
    now: ${now}
    expect:
      findings:
        - { rule: acme.max-departments, severity: warning }
`;
}
