import { describe, expect, it } from 'vitest';
import { analyzeFile, readConfig } from '../../src/workbench/analyze.js';
import { collaborationView, portfolioView, renderedTemplate } from '../../src/workbench/view-model.js';
import { amberText, blockLaunch, greenText, NOW, portfolioFiles, redText } from './fixtures.js';

const analyse = (text: string, locale: 'en' | 'zh-CN' = 'en', path = 'a.yaml') =>
  analyzeFile({ path, text }, { now: NOW, locale });

function valid(text: string, locale: 'en' | 'zh-CN' = 'en') {
  const view = collaborationView(analyse(text, locale), locale);
  if ('issues' in view) throw new Error(JSON.stringify(view.issues));
  return view;
}

describe('the portfolio', () => {
  const view = portfolioView(
    portfolioFiles.map((f) => analyse(f.text, 'en', f.path)),
    'en',
  );

  it('gives the worked example green, the variants amber and red', () => {
    expect(view.rows.map((r) => [r.path, r.health])).toEqual([
      ['amber.yaml', 'amber'],
      ['launch.yaml', 'green'],
      ['red.yaml', 'red'],
    ]);
    expect(view.byHealth).toEqual({ green: 1, amber: 1, red: 1, invalid: 0 });
  });

  it('shows the red row’s critical slip, escalation and findings', () => {
    const red = view.rows.find((r) => r.path === 'red.yaml')!;
    expect(red.criticalSlipDays).toBe(6);
    expect(red.findings).toEqual({ error: 1, warning: 1, info: 0 });
    expect(red.escalationsDue).toBe(1);
    expect(red.nextMilestone).toEqual({ id: 'launch', name: '产品上市', due: '2026-11-20' });
    // The reasons are health's own: the critical slip's finding and its escalation come first.
    expect(red.reasons.join(' ')).toMatch(/forecast to finish on 2026-11-26, 6 days after its due date/);
    expect(red.reasons.join(' ')).toMatch(/Escalate to level 1/);
  });

  it('counts findings by rule area and by department (the heatmap), each finding once', () => {
    expect(view.byArea).toEqual([
      { area: 'exec', counts: { error: 1, warning: 1, info: 0 } },
      { area: 'plan', counts: { error: 0, warning: 1, info: 0 } },
    ]);
    expect(view.heatmap.areas).toEqual(['exec', 'plan']);
    expect(view.heatmap.departments).toEqual(['市场部', '']);
    expect(view.heatmap.cells).toContainEqual([0, 0, 2]);
    expect(view.heatmap.cells).toContainEqual([1, 1, 1]);
  });

  it('lists a file that does not parse as invalid with its issue count', () => {
    const broken = portfolioView([analyse('id: [', 'en', 'broken.yaml')], 'en');
    expect(broken.rows[0]).toMatchObject({ path: 'broken.yaml', health: 'invalid', id: null });
    expect(Number(broken.rows[0]!.reasons[0])).toBeGreaterThan(0);
  });
});

describe('the collaboration page', () => {
  it('draws the Gantt from the schedule: the critical path beta → cs-training → launch, today at now', () => {
    const { gantt } = valid(greenText);
    expect(gantt.criticalPath).toEqual(['beta', 'cs-training', 'launch']);
    expect(gantt.rows.filter((r) => r.critical).map((r) => r.id)).toEqual(['beta', 'cs-training', 'launch']);
    expect(gantt.rows.filter((r) => r.done).map((r) => r.id)).toEqual([
      'beta',
      'promo-plan',
      'distribution',
      'cs-training',
    ]);
    expect(gantt.links).toContainEqual(['cs-training', 'launch']);
    expect(gantt.rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(gantt.today).toBe(NOW);
    expect(gantt.rows.find((r) => r.id === 'launch')).toMatchObject({
      start: '2026-11-15',
      due: '2026-11-30',
      forecast: '2026-11-30',
      slipDays: 0,
    });
  });

  it('turns red when launch is blocked with a later forecast, with the slip in the Gantt', () => {
    const view = valid(blockLaunch(greenText));
    expect(view.health.level).toBe('red');
    expect(view.findings.error.map((f) => f.ruleId)).toEqual(['exec.critical-slip']);
    const launch = view.gantt.rows.find((r) => r.id === 'launch')!;
    expect(launch.slipDays).toBeGreaterThan(0);
    expect(launch.status).toBe('blocked');
  });

  it('groups findings by severity, each with its explanation and department', () => {
    const view = valid(redText);
    expect(view.findings.error).toHaveLength(1);
    expect(view.findings.warning).toHaveLength(1);
    expect(view.findings.error[0]!.department).toBe('市场部');
    expect(view.findings.error[0]!.explanation.length).toBeGreaterThan(0);
  });

  it('explains health in the reader’s locale', () => {
    // health() names each cause by its finding, in the locale asked for.
    expect(valid(amberText, 'en').health.reasons).toEqual([
      'The risk register is empty: 0 risks are registered',
    ]);
    const zh = valid(amberText, 'zh-CN').health.reasons;
    expect(zh).toHaveLength(1);
    expect(zh[0]).toMatch(/风险/);
    expect(valid(redText, 'zh-CN').health.reasons[0]).toMatch(/产品上市/);
    expect(valid(redText, 'en').health.level).toBe('red');
  });

  it('fills the registers and the ladder from the collaboration and its report', () => {
    const view = valid(redText);
    expect(view.ladder).toHaveLength(1);
    expect(view.ladder[0]).toMatchObject({ subject: '产品上市', level: 1, due: true });
    const green = valid(greenText);
    expect(green.registers.openActions).toEqual([]);
    expect(green.registers.decisions[0]!.decision).toContain('10万元');
    expect(green.registers.raci.map((r) => r.responsible)).toEqual(['王磊', '李娜', '赵强', '孙悦']);
    const open = valid(greenText.replace('due: 2026-11-20, done: true', 'due: 2026-11-20, done: false'));
    expect(open.registers.openActions).toEqual([
      { item: '确认上市发布会场地', owner: '李娜', due: '2026-11-20', meeting: '新产品上市第11周进度同步会' },
    ]);
    expect(green.attainment?.measures).toEqual([
      { metric: '首月销售额', target: 5000000, unit: 'CNY', actual: null },
    ]);
  });

  it('offers every template that applies and renders it as the body of a printable page', () => {
    const analysis = analyse(greenText);
    const view = valid(greenText);
    expect(view.templates.filter((t) => t.name === 'minutes').map((t) => t.id)).toEqual([
      'sync-2026-10-12',
      'sync-2026-11-16',
      'sync-2026-11-23',
    ]);
    const kickoff = renderedTemplate(analysis, { name: 'kickoff' }, 'en');
    expect('html' in kickoff && kickoff.html).toContain('新产品上市');
    expect('html' in kickoff && kickoff.html).not.toMatch(/<html|<body|<style/);
    const minutes = renderedTemplate(analysis, { name: 'minutes', id: 'sync-2026-10-12' }, 'zh-CN');
    expect('html' in minutes && minutes.html).toContain('第6周');
  });

  it('gives the parse issues of a file that does not parse, with line and column', () => {
    const view = collaborationView(analyse(greenText.replace('phase: executing', 'phase: [')), 'en');
    expect('issues' in view && view.issues[0]!.line).toBeGreaterThan(0);
  });
});

describe('the PMO configuration', () => {
  it('reads as config check does: issues for a bad one, a configuration for a good one', () => {
    expect('issues' in readConfig('rules: {nope: 1}\n', 'en')).toBe(true);
    expect('config' in readConfig('rules: {}\n', 'en')).toBe(true);
  });
});
