// `crossdept summary`: the worked example on one screen, its JSON form, a dependency cycle, and every error
// path with its exit code and message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exampleText } from '../fixtures/example.js';
import { files, minimalText } from './fixtures.js';
import { cli, expectNoStack, tempDir } from './harness.js';

// A file that exists but cannot be read (no permission): simulated, since tests may run as root.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readFile: async (
      path: Parameters<typeof fs.readFile>[0],
      options?: Parameters<typeof fs.readFile>[1],
    ) => {
      if (String(path).endsWith('locked.yaml')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
          code: 'EACCES',
        });
      }
      return fs.readFile(path, options);
    },
  };
});

const EXAMPLE = 'examples/new-product-launch.yaml';

const EXAMPLE_EN = `新产品上市 (new-product-launch) · project · executing
Period: 2026-09-01 to 2026-11-30
Goal: 3个月内完成产品上市，首月销售额达500万元
Departments: 研发部 (execution), 市场部 (execution), 销售部 (execution), 客服部 (support), 总经办 (decision)
Team: leader 王磊 (研发部经理), core team of 5
Critical path: beta → cs-training → launch (planned finish 2026-11-30)
  测试版产品交付 → 售后培训完成 → 产品上市

Milestone forecast at 2026-11-26 (slip and float in days)
┌──────────────┬────────────────┬────────────┬────────────┬──────┬───────┬────────┐
│ id           │ name           │ due        │ forecast   │ slip │ float │ status │
├──────────────┼────────────────┼────────────┼────────────┼──────┼───────┼────────┤
│ beta         │ 测试版产品交付 │ 2026-09-30 │ 2026-09-29 │   -1 │     0 │ done   │
│ promo-plan   │ 推广方案定稿   │ 2026-10-16 │ 2026-10-15 │   -1 │    30 │ done   │
│ distribution │ 渠道铺货完成   │ 2026-10-15 │ 2026-10-23 │   +8 │    31 │ done   │
│ cs-training  │ 售后培训完成   │ 2026-11-15 │ 2026-11-13 │   -2 │     0 │ done   │
│ launch       │ 产品上市       │ 2026-11-30 │ 2026-11-30 │    0 │     0 │ open   │
└──────────────┴────────────────┴────────────┴────────────┴──────┴───────┴────────┘

Health: ● green
`;

const EXAMPLE_ZH = `新产品上市（new-product-launch）· 项目协同 · 执行阶段
周期：2026-09-01 至 2026-11-30
目标：3个月内完成产品上市，首月销售额达500万元
部门：研发部（执行）、市场部（执行）、销售部（执行）、客服部（支持）、总经办（决策）
团队：组长 王磊（研发部经理），核心成员 5 人
关键路径：beta → cs-training → launch（计划 2026-11-30 完成）
  测试版产品交付 → 售后培训完成 → 产品上市

里程碑预测（截至 2026-11-26；延误与浮动时间以天计）
┌──────────────┬────────────────┬────────────┬────────────┬──────┬──────┬────────┐
│ 编号         │ 名称           │ 截止日期   │ 预计完成   │ 延误 │ 浮动 │ 状态   │
├──────────────┼────────────────┼────────────┼────────────┼──────┼──────┼────────┤
│ beta         │ 测试版产品交付 │ 2026-09-30 │ 2026-09-29 │   -1 │    0 │ 已完成 │
│ promo-plan   │ 推广方案定稿   │ 2026-10-16 │ 2026-10-15 │   -1 │   30 │ 已完成 │
│ distribution │ 渠道铺货完成   │ 2026-10-15 │ 2026-10-23 │   +8 │   31 │ 已完成 │
│ cs-training  │ 售后培训完成   │ 2026-11-15 │ 2026-11-13 │   -2 │    0 │ 已完成 │
│ launch       │ 产品上市       │ 2026-11-30 │ 2026-11-30 │    0 │    0 │ 未完成 │
└──────────────┴────────────────┴────────────┴────────────┴──────┴──────┴────────┘

健康状态：● 绿
`;

/** Milestones where `build` and `test` wait for each other, and `ship` waits for them. */
const cycleText = `${minimalText}milestones:
  - { id: design, name: Design, due: 2026-09-15 }
  - { id: build, name: Build, due: 2026-10-15, dependsOn: [design, test] }
  - { id: test, name: Test, due: 2026-11-01, dependsOn: [build] }
  - { id: ship, name: Ship, due: 2026-11-30, dependsOn: [test] }
`;

describe('crossdept summary', () => {
  it('prints the worked example on one screen in English', async () => {
    const { code, stdout, stderr } = await cli(['summary', EXAMPLE, '--now', '2026-11-26']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(EXAMPLE_EN);
    expect(stdout).toContain('beta → cs-training → launch');
    expect(stdout.split('\n').length).toBeLessThanOrEqual(25);
  });

  it('prints it in Chinese, from LANG or --locale', async () => {
    const fromLang = await cli(['summary', EXAMPLE, '--now', '2026-11-26'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(fromLang.code).toBe(0);
    expect(fromLang.stdout).toBe(EXAMPLE_ZH);
    const fromFlag = await cli(['summary', EXAMPLE, '--now', '2026-11-26', '--locale', 'zh-CN']);
    expect(fromFlag.stdout).toBe(EXAMPLE_ZH);
  });

  it('defaults --now to today', async () => {
    const { code, stdout } = await cli(['summary', EXAMPLE], { today: '2026-10-20' });
    expect(code).toBe(0);
    expect(stdout).toContain('Milestone forecast at 2026-10-20');
    // Seen on 2026-10-20, the launch is forecast on its due date; the distribution was done late.
    expect(stdout).toMatch(/│ launch +│ 产品上市 +│ 2026-11-30 │ 2026-11-30 │ +0 │ +0 │ open +│/);
  });

  it('derives the phase from the period when the file has none, and says so', async () => {
    const cwd = files({ 'ok.yaml': minimalText });
    const before = await cli(['summary', 'ok.yaml', '--now', '2026-08-01'], { cwd });
    expect(before.stdout.split('\n')[0]).toBe('OK (ok) · project · planning (from the dates)');
    const after = await cli(['summary', 'ok.yaml', '--now', '2026-12-05', '--locale', 'zh-CN'], { cwd });
    expect(after.stdout.split('\n')[0]).toBe('OK（ok）· 项目协同 · 收尾阶段（按日期推算）');
  });

  it('shows what a bare collaboration lacks instead of failing', async () => {
    const cwd = files({ 'ok.yaml': minimalText });
    const { code, stdout } = await cli(['summary', 'ok.yaml', '--now', '2026-10-01'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `^${[
          'OK \\(ok\\) · project · executing \\(from the dates\\)',
          'Period: 2026-09-01 to 2026-11-30',
          'Goal: not stated',
          'Departments: not stated',
          'Team: leader not named, core team of 0',
          'Critical path: no milestones',
          '',
          // So bare a plan has errors: the health is red, with its reasons.
          'Health: ● red',
          '  • ',
        ].join('\n')}`,
      ),
    );
  });

  it('colours a terminal, and not with NO_COLOR or in a pipe', async () => {
    expect((await cli(['summary', EXAMPLE], { tty: true, env: {} })).stdout).toContain('\x1b[');
    expect((await cli(['summary', EXAMPLE], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\x1b[',
    );
    expect((await cli(['summary', EXAMPLE], { env: {} })).stdout).not.toContain('\x1b[');
  });

  it('is listed in the help', async () => {
    const { stdout } = await cli(['--help']);
    expect(stdout).toContain('  summary ');
    const help = await cli(['summary', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法： crossdept summary \[options\] <file>/);
    expect(help.stdout).toContain('输出格式：text 或 json');
  });
});

describe('crossdept summary --format json', () => {
  it('prints a stable object, the same in every locale', async () => {
    const { code, stdout, stderr } = await cli(['summary', EXAMPLE, '--now', '2026-11-26', '-f', 'json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary)).toEqual([
      'id',
      'name',
      'scenario',
      'phase',
      'phaseDerived',
      'now',
      'period',
      'goal',
      'departments',
      'team',
      'criticalPath',
      'plannedFinish',
      'cycle',
      'milestones',
      'unscheduled',
      'health',
    ]);
    expect(summary).toMatchObject({
      id: 'new-product-launch',
      name: '新产品上市',
      scenario: 'project',
      phase: 'executing',
      phaseDerived: false,
      now: '2026-11-26',
      period: { start: '2026-09-01', end: '2026-11-30' },
      goal: '3个月内完成产品上市，首月销售额达500万元',
      team: { leader: { id: 'wang', name: '王磊', title: '研发部经理' }, coreSize: 5 },
      criticalPath: [
        { id: 'beta', name: '测试版产品交付' },
        { id: 'cs-training', name: '售后培训完成' },
        { id: 'launch', name: '产品上市' },
      ],
      plannedFinish: '2026-11-30',
      cycle: null,
      unscheduled: [],
    });
    expect(summary.departments[0]).toEqual({ id: 'rd', name: '研发部', role: 'execution' });
    expect(summary.departments).toHaveLength(5);
    expect(summary.milestones.map((m: { id: string }) => m.id)).toEqual([
      'beta',
      'promo-plan',
      'distribution',
      'cs-training',
      'launch',
    ]);
    expect(summary.milestones[2]).toEqual({
      id: 'distribution',
      name: '渠道铺货完成',
      due: '2026-10-15',
      forecastFinish: '2026-10-23',
      slipDays: 8,
      totalFloat: 31,
      critical: false,
      done: true,
      incidentDelayDays: 0,
      incidents: [],
    });
    const zh = await cli([
      'summary',
      EXAMPLE,
      '--now',
      '2026-11-26',
      '--format',
      'json',
      '--locale',
      'zh-CN',
    ]);
    // Everything but the health's sentences is the same in every locale.
    const { health: zhHealth, ...zhRest } = JSON.parse(zh.stdout);
    const { health: enHealth, ...enRest } = summary;
    expect(zhRest).toEqual(enRest);
    expect(zhHealth).toEqual({ status: 'green', reasons: [] });
    expect(enHealth).toEqual(zhHealth);
  });

  it('gives null and empty values, never missing keys, for a bare collaboration', async () => {
    const cwd = files({ 'ok.yaml': minimalText });
    const { stdout } = await cli(['summary', 'ok.yaml', '--now', '2026-10-01', '--format', 'json'], { cwd });
    expect(JSON.parse(stdout)).toEqual({
      id: 'ok',
      name: 'OK',
      scenario: 'project',
      phase: 'executing',
      phaseDerived: true,
      now: '2026-10-01',
      period: { start: '2026-09-01', end: '2026-11-30' },
      goal: null,
      departments: [],
      team: { leader: null, coreSize: 0 },
      criticalPath: [],
      plannedFinish: null,
      cycle: null,
      milestones: [],
      unscheduled: [],
      health: expect.objectContaining({ status: 'red' }),
    });
  });
});

describe('crossdept summary on a dependency cycle', () => {
  it('shows the cycle in place of the critical path and lists what cannot be scheduled (exit 0)', async () => {
    const cwd = files({ 'loop.yaml': cycleText });
    const { code, stdout, stderr } = await cli(['summary', 'loop.yaml', '--now', '2026-08-01'], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(
      'Critical path: none, the milestone dependencies form a cycle: test → build → test\n',
    );
    expect(stdout).toMatch(/│ design │ Design │ 2026-09-15 │ 2026-09-15 │ +0 │ +0 │ open +│/);
    expect(stdout).not.toMatch(/│ (build|test|ship) /);
    expect(stdout).toMatch(
      /Milestones on or after the cycle, not scheduled: build, test, ship\n\nHealth: ● red\n/,
    );
    expectNoStack(stdout);
  });

  it('says it in Chinese too', async () => {
    const cwd = files({ 'loop.yaml': cycleText });
    const { stdout } = await cli(['summary', 'loop.yaml', '--locale', 'zh-CN'], { cwd });
    expect(stdout).toContain('关键路径：无法计算（里程碑依赖存在循环：test → build → test）\n');
    expect(stdout).toContain('处于循环上或依赖循环、无法排期的里程碑：build、test、ship\n');
  });

  it('gives the cycle and the unscheduled milestones in JSON, with no critical path', async () => {
    const cwd = files({ 'loop.yaml': cycleText });
    const { code, stdout } = await cli(['summary', 'loop.yaml', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({
      criticalPath: [],
      plannedFinish: null,
      cycle: ['test', 'build'],
      unscheduled: ['build', 'test', 'ship'],
    });
    expect(summary.milestones.map((m: { id: string }) => m.id)).toEqual(['design']);
  });
});

describe('crossdept summary on bad input', () => {
  it.each([
    [['summary'], 'error: missing argument <file>\n'],
    [['summary', 'a.yaml', 'b.yaml'], 'error: too many arguments: expected 1, got 2\n'],
    [['summary', 'nope.yaml'], 'error: nope.yaml: no such file or directory\n'],
    [
      ['summary', EXAMPLE, '--now', '2026-02-30'],
      'error: "2026-02-30" is not a valid date for --now (YYYY-MM-DD)\n',
    ],
    [['summary', EXAMPLE, '--now', 'today'], 'error: "today" is not a valid date for --now (YYYY-MM-DD)\n'],
    [['summary', EXAMPLE, '--now'], 'error: option --now needs a value\n'],
    [
      ['summary', EXAMPLE, '--locale', 'fr'],
      'error: "fr" is not a valid value of --locale; choose one of: zh-CN, en\n',
    ],
    [
      ['summary', EXAMPLE, '--format', 'jsno'],
      'error: "jsno" is not a valid value of --format; choose one of: text, json; did you mean "json"?\n',
    ],
    [
      ['summary', EXAMPLE, '--format', 'markdown'],
      'error: "markdown" is not a valid value of --format; choose one of: text, json\n',
    ],
    [['summary', EXAMPLE, '--config', 'pmo.yaml'], 'error: unknown option "--config"\n'],
  ])('rejects %j with exit 2 and a message', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it.each([
    [['summary'], '错误：缺少参数 <file>\n'],
    [['summary', 'nope.yaml'], '错误：nope.yaml：文件或目录不存在\n'],
    [
      ['summary', EXAMPLE, '--now', '2026-02-30'],
      '错误：--now 的取值 "2026-02-30" 不是有效日期（格式 YYYY-MM-DD）\n',
    ],
    [
      ['summary', EXAMPLE, '--format', 'jsno'],
      '错误：--format 的取值 "jsno" 无效，可选值：text、json；是否想写 "json"？\n',
    ],
  ])('rejects %j in Chinese when LANG asks for it', async (args, message) => {
    const { code, stderr } = await cli(args, { env: { LANG: 'zh_CN.UTF-8' } });
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });

  it('reports a file it cannot read, with the reason', async () => {
    const cwd = files({ 'locked.yaml': exampleText });
    const { code, stdout, stderr } = await cli(['summary', 'locked.yaml'], { cwd });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('error: locked.yaml: cannot be read (EACCES: permission denied)\n');
    const zh = await cli(['summary', 'locked.yaml', '--locale', 'zh-CN'], { cwd });
    expect(zh.stderr).toBe('错误：locked.yaml：无法读取（EACCES: permission denied）\n');
  });

  it('reports a folder given as the file', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'plans'));
    const { code, stderr } = await cli(['summary', 'plans'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: plans: cannot be read \(EISDIR[^)]*\)\n$/);
  });

  it('reports YAML syntax errors as file:line:column', async () => {
    const cwd = files({ 'bad.yaml': 'id: x\nname: [unclosed\n' });
    const { code, stdout, stderr } = await cli(['summary', 'bad.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^bad\.yaml:\d+:\d+: Syntax error: /);
    expect(stderr).toMatch(/\nerror: bad\.yaml is not a valid collaboration \(1 issue\)\n$/);
    expectNoStack(stderr);
  });

  it('reports JSON syntax errors as file:line:column', async () => {
    const cwd = files({ 'bad.json': '{\n  "id": "x",\n  "name": \n}\n' });
    const { code, stderr } = await cli(['summary', 'bad.json'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^bad\.json:\d+:\d+: Syntax error: /);
  });

  it('reports schema issues as file:line:column: /pointer with a did-you-mean, in either language', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'typo.yaml'), `${minimalText}responsibilites: []\n`);
    const en = await cli(['summary', 'typo.yaml'], { cwd });
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      'typo.yaml:5:18: /responsibilites Unknown field "responsibilites"; did you mean "responsibilities"?\n' +
        'error: typo.yaml is not a valid collaboration (1 issue)\n',
    );
    const zh = await cli(['summary', 'typo.yaml', '--locale', 'zh-CN'], { cwd });
    expect(zh.stderr).toBe(
      'typo.yaml:5:18: /responsibilites 未知字段 "responsibilites"；是否想写 "responsibilities"？\n' +
        '错误：typo.yaml 不是有效的协作文件（1 个问题）\n',
    );
  });

  it('reports schema issues in JSON files with their place and pointer', async () => {
    const cwd = files({
      'c.json': JSON.stringify(
        { id: 'x', name: 'X', scenario: 'project', period: { start: '2026-09-01', end: '2026-02-30' } },
        null,
        2,
      ),
    });
    const { code, stderr } = await cli(['summary', 'c.json'], { cwd });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'c.json:7:12: /period/end "2026-02-30" is not a valid date (YYYY-MM-DD, and the day must exist)',
    );
  });
});
