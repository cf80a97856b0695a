import { describe, expect, it } from 'vitest';
import { loadCollaboration } from '../../src/model/parse.js';
import { health } from '../../src/outcomes/health.js';
import { evaluate } from '../../src/rules/index.js';
import { atRiskText, files, minimalText, warningOnlyText } from './fixtures.js';
import { cli } from './harness.js';

async function reportOf(text: string, locale: 'en' | 'zh-CN' = 'en') {
  const parsed = loadCollaboration(text);
  if (!parsed.success) throw new Error('fixture invalid');
  return evaluate(parsed.data, { now: '2026-11-26', locale });
}

/** What `check --format json` prints for one file: the report with the health status. */
async function checkedOf(text: string) {
  const parsed = loadCollaboration(text);
  if (!parsed.success) throw new Error('fixture invalid');
  const report = await reportOf(text);
  return { ...report, health: health(parsed.data, { now: '2026-11-26', locale: 'en', report }) };
}

describe('crossdept check', () => {
  it('passes the worked example (exit 0) with a one-line summary', async () => {
    const { code, stdout, stderr } = await cli([
      'check',
      'examples/new-product-launch.yaml',
      '--now',
      '2026-11-26',
    ]);
    expect({ code, stdout, stderr }).toEqual({
      code: 0,
      stdout: '✔ examples/new-product-launch.yaml: no findings · Health: ● green\n',
      stderr: '',
    });
  });

  it('fails with exit 1 on an error finding, showing the findings and the escalations due', async () => {
    const cwd = files({ 'risk.yaml': atRiskText });
    const { code, stdout, stderr } = await cli(['check', 'risk.yaml', '--now', '2026-11-26'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const report = await reportOf(atRiskText);
    for (const f of report.findings) expect(stdout).toContain(f.message);
    expect(stdout).toContain('Escalations due\n  ↑ budget-priority → level 1 (部门经理)\n');
    // The file's line gives its health; the reasons the findings do not show follow it.
    const lines = stdout.trimEnd().split('\n');
    const at = lines.indexOf('✖ risk.yaml: 3 errors, 1 warning, 0 info · Health: ● red');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toEqual([
      '  • critical-late · cs-training Critical milestone “售后培训完成” is forecast to finish on 2026-11-26, 11 days after its due date 2026-11-15',
      '  • critical-late · launch Critical milestone “产品上市” is forecast to finish on 2026-12-11, 11 days after its due date 2026-11-30',
    ]);
  });

  it('exits 0 when the findings are warnings or info only', async () => {
    const cwd = files({ 'plan.yaml': warningOnlyText });
    const { code, stdout } = await cli(['check', 'plan.yaml', '--now', '2026-11-26'], { cwd });
    expect((await reportOf(warningOnlyText)).findings.map((f) => f.ruleId)).toEqual(['plan.channels']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n⚠ plan\.yaml: 0 errors, 1 warning, 0 info · Health: ● amber\n$/);
  });

  it('evaluates at --now, defaulting to today', async () => {
    const cwd = files({ 'risk.yaml': atRiskText });
    const early = await cli(['check', 'risk.yaml', '--format', 'json'], { cwd, today: '2026-10-13' });
    const late = await cli(['check', 'risk.yaml', '--format', 'json'], { cwd, today: '2026-11-26' });
    const pinned = await cli(['check', 'risk.yaml', '--format', 'json', '--now', '2026-11-26'], {
      cwd,
      today: '2026-10-13',
    });
    expect(JSON.parse(early.stdout)).not.toEqual(JSON.parse(late.stdout));
    expect(JSON.parse(pinned.stdout)).toEqual(JSON.parse(late.stdout));
  });

  it('prints exactly the Report of evaluate, with its health, as JSON for one file', async () => {
    const cwd = files({ 'risk.yaml': atRiskText });
    const { code, stdout } = await cli(['check', 'risk.yaml', '--now', '2026-11-26', '--format', 'json'], {
      cwd,
    });
    expect(code).toBe(1);
    const printed = JSON.parse(stdout);
    expect(printed).toEqual(await checkedOf(atRiskText));
    expect(printed.health.status).toBe('red');
  });

  it('prints an array of { file, report } and { file, issues } for several files or a folder', async () => {
    const cwd = files({ 'p/risk.yaml': atRiskText, 'p/bad.yaml': 'id: [\n', 'p/ok.yaml': minimalText });
    const { code, stdout } = await cli(['check', 'p', '--now', '2026-11-26', '-f', 'json'], { cwd });
    expect(code).toBe(2);
    const value = JSON.parse(stdout) as { file: string; report?: unknown; issues?: unknown[] }[];
    expect(value.map((v) => [v.file, 'report' in v ? 'report' : 'issues'])).toEqual([
      ['p/bad.yaml', 'issues'],
      ['p/ok.yaml', 'report'],
      ['p/risk.yaml', 'report'],
    ]);
    expect(value[2]!.report).toEqual(await reportOf(atRiskText));
    expect(value[2]).toMatchObject({ health: (await checkedOf(atRiskText)).health });
    const folder = await cli(['check', 'q', '--now', '2026-11-26', '-f', 'json'], {
      cwd: files({ 'q/a.yaml': minimalText }),
    });
    expect(Array.isArray(JSON.parse(folder.stdout))).toBe(true);
  });

  it('writes Markdown: the findings report of each file', async () => {
    const cwd = files({ 'risk.yaml': atRiskText });
    const { code, stdout } = await cli(['check', 'risk.yaml', '--now', '2026-11-26', '-f', 'markdown'], {
      cwd,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^# Collaboration Check Report\n\n\| Field \| Entry \|\n\| --- \| --- \|\n\| Project or task \| 新产品上市（风险版） \|\n\| File \| risk\.yaml \|\n\| Result \| 3 errors, 1 warning, 0 notes \|\n/,
    );
    expect(stdout).toContain(
      '## Errors (3)\n\n| Rule | Subject | Location | Finding | Why |\n| --- | --- | --- | --- | --- |\n| conflict.escalate | Conflict: 线上推广预算与线下渠道投入的优先级 |',
    );
    expect(stdout).toContain('## Escalations\n\n| Subject | Escalate to | Notify | Reason | Rule |');
  });

  it('ends a portfolio with a summary, the worst collaborations first', async () => {
    const cwd = files({
      'p/a-ok.yaml': minimalText,
      'p/b-risk.yaml': atRiskText,
      'p/c-example.yaml': atRiskText.replace('launch-at-risk', 'second'),
    });
    const { code, stdout } = await cli(['check', 'p', '--now', '2026-11-26'], { cwd });
    expect(code).toBe(1);
    const summary = stdout.slice(stdout.indexOf('Summary: '));
    const [a, b] = [await reportOf(minimalText), await reportOf(atRiskText)];
    const total = (k: 'error' | 'warning' | 'info') => a.summary[k] + 2 * b.summary[k];
    expect(summary.split('\n')[0]).toBe(
      `Summary: 3 files: ${total('error')} errors, ${total('warning')} warnings, ${total('info')} info`,
    );
    expect(summary).toContain('Collaborations with the most findings');
    const rows = summary.split('\n').filter((l) => l.startsWith('│') && !l.includes('collaboration'));
    // Most errors first: the minimal file has more than the at-risk ones.
    expect(a.summary.error).toBeGreaterThan(b.summary.error);
    expect(rows.map((r) => r.split('│')[2]!.trim())).toEqual([
      'p/a-ok.yaml',
      'p/b-risk.yaml',
      'p/c-example.yaml',
    ]);
  });

  it('speaks Chinese: severities, summaries and rule messages', async () => {
    const cwd = files({ 'risk.yaml': atRiskText });
    const { stdout } = await cli(['check', 'risk.yaml', '--now', '2026-11-26', '--locale', 'zh-CN'], { cwd });
    const report = await reportOf(atRiskText, 'zh-CN');
    for (const f of report.findings) expect(stdout).toContain(f.message);
    expect(stdout).toContain('│ 错误 │');
    expect(stdout).toContain('需要升级处理\n  ↑ budget-priority → 第 1 级（部门经理）\n');
    expect(stdout).toContain('✖ risk.yaml：3 个错误，1 个警告，0 个提示 · 健康状态：● 红\n');
  });

  it('colours severities on a terminal, wraps to its width, and not with NO_COLOR', async () => {
    const cwd = files({ 'risk.yaml': atRiskText });
    const coloured = await cli(['check', 'risk.yaml', '--now', '2026-11-26'], {
      cwd,
      tty: true,
      columns: 100,
      env: {},
    });
    expect(coloured.stdout).toContain('\x1b[31merror\x1b[39m');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips colour codes to measure the width.
    const plain = coloured.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    for (const row of plain.split('\n').filter((l) => /^[│┌└├]/.test(l)))
      expect(row.length).toBeLessThanOrEqual(100);
    const uncoloured = await cli(['check', 'risk.yaml', '--now', '2026-11-26'], {
      cwd,
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(uncoloured.stdout).not.toContain('\x1b[');
  });

  it('shows a progress bar on a terminal for more than five files, and none when piped', async () => {
    const entries = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`p/f${i}.yaml`, minimalText]));
    const cwd = files(entries);
    const tty = await cli(['check', 'p', '--now', '2026-11-26'], { cwd, tty: true, env: {} });
    expect(tty.stderr).toContain('Checking');
    expect(tty.stderr).toContain('7/7');
    const piped = await cli(['check', 'p', '--now', '2026-11-26'], { cwd });
    expect(piped.stderr).toBe('');
    const few = await cli(['check', 'p/f0.yaml', 'p/f1.yaml', '--now', '2026-11-26'], {
      cwd,
      tty: true,
      env: {},
    });
    expect(few.stderr).toBe('');
  });
});
