// `check --format markdown` is pasted into wikis and pull-request comments: no value from a file (name, id, file
// name, issue messages quoting keys, escalation titles) may add HTML, a list item, a table cell or a heading. The
// report of each file is the library's `findings` template, escaped by the one Markdown escaper.
import { describe, expect, it } from 'vitest';
import { loadCollaboration, renderTemplate } from '../../src/index.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { atRiskText, files, minimalText } from './fixtures.js';
import { cli } from './harness.js';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>\n- injected';

/** The shapes of line the Markdown form is made of: anything else was injected. */
const SHAPES = [
  /^$/,
  /^# \S/,
  /^## \S/,
  /^\*\*\S/,
  /^\| .* \|$/,
  /^(No findings\.|Nothing to escalate\.|None|未发现问题。|无需升级。|无)$/,
  /^\d+ (files?|个文件)/,
];

function expectOnlyOwnShapes(markdown: string): void {
  for (const line of markdown.split('\n')) {
    if (!SHAPES.some((shape) => shape.test(line)))
      throw new Error(`unexpected line: ${JSON.stringify(line)}`);
  }
}

describe('check --format markdown on hostile values', () => {
  it('escapes the name, the escalation title and the file name', async () => {
    const text = atRiskText
      .replace('name: 新产品上市（风险版）', `name: ${JSON.stringify(HOSTILE_NAME)}`)
      .replace('title: 部门经理', 'title: "<b>boss</b> | **x**"');
    const file = '1. <i>x</i>|y.yaml';
    const { code, stdout } = await cli(['check', file, '--now', '2026-11-26', '-f', 'markdown'], {
      cwd: files({ [file]: text }),
    });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/<(img|b|i)\b/);
    expect(stdout).toContain('| Project or task | &lt;img src=x onerror=alert(1)&gt;<br>- injected |\n');
    expect(stdout).toContain(
      '| File | 1. &lt;i&gt;x&lt;/i&gt;\\|y.yaml |\n| Result | 3 errors, 1 warning, 0 notes |\n',
    );
    expect(stdout).toContain(
      '| Conflict: 线上推广预算与线下渠道投入的优先级 | Level 1: &lt;b&gt;boss&lt;/b&gt; \\| \\*\\*x\\*\\* |  |',
    );
    expectOnlyOwnShapes(stdout);
  });

  it('escapes ids and names that would start a list', async () => {
    const text = atRiskText
      .replaceAll('budget-priority', '"1."')
      .replace('subject: 线上推广预算与线下渠道投入的优先级', 'subject: "- 1. 预算"');
    const { stdout } = await cli(['check', 'a.yaml', '--now', '2026-11-26', '-f', 'markdown'], {
      cwd: files({ 'a.yaml': text }),
    });
    expect(stdout).toContain('| Conflict: - 1. 预算 | Level 1: 部门经理 |  |');
    expect(stdout).not.toMatch(/^\s*(-|\d+\.)\s/m);
    expectOnlyOwnShapes(stdout);
  });

  it('escapes the issues of an invalid file, which quote its keys', async () => {
    const cwd = files({
      'p/ok.yaml': minimalText,
      'p/<b>bad</b>.yaml': `${minimalText}"<script>x</script>\\n- y": 1\n`,
    });
    const { code, stdout } = await cli(['check', 'p', '--now', '2026-11-26', '-f', 'markdown'], { cwd });
    expect(code).toBe(2);
    expect(stdout).not.toMatch(/<(script|b)\b/);
    expect(stdout).toContain(
      '# p/&lt;b&gt;bad&lt;/b&gt;.yaml\n\n**p/&lt;b&gt;bad&lt;/b&gt;.yaml is not a valid collaboration',
    );
    expect(stdout).toContain('&lt;script&gt;x&lt;/script&gt;');
    expectOnlyOwnShapes(stdout);
  });
});

describe('check --format markdown is the findings template', () => {
  it('prints for each file what render findings writes, naming the file', async () => {
    const cwd = files({ 'risk.yaml': atRiskText });
    const { stdout } = await cli(['check', 'risk.yaml', '--now', '2026-11-26', '-f', 'markdown'], { cwd });
    const loaded = loadCollaboration(atRiskText);
    if (!loaded.success) throw new Error('fixture invalid');
    const report = await evaluate(loaded.data, { now: '2026-11-26', locale: 'en' });
    const template = renderTemplate('findings', loaded.data, {
      locale: 'en',
      format: 'markdown',
      report,
      source: 'risk.yaml',
    });
    expect(stdout).toBe(template);
    const rendered = await cli(['render', 'findings', 'risk.yaml', '--now', '2026-11-26'], { cwd });
    expect(stdout.replace('| File | risk.yaml |\n', '')).toBe(rendered.stdout);
  });

  it('ends a portfolio with a summary, the reports in file order before it', async () => {
    const cwd = files({ 'p/a.yaml': minimalText, 'p/b.yaml': atRiskText });
    const { stdout } = await cli(
      ['check', 'p', '--now', '2026-11-26', '-f', 'markdown', '--locale', 'zh-CN'],
      {
        cwd,
      },
    );
    expect(stdout.match(/^# 协作检查报告$/gm)).toHaveLength(2);
    expect(stdout.indexOf('| 文件 | p/a.yaml |')).toBeLessThan(stdout.indexOf('| 文件 | p/b.yaml |'));
    expect(stdout).toMatch(/\n# 汇总\n\n2 个文件：\d+ 个错误，\d+ 个警告，\d+ 个提示\n$/);
    expectOnlyOwnShapes(stdout);
  });
});
